import { pricingData, trainingCostData } from '../../data/raw-cost';
import type { SceneModule } from '../contract';
import { layout, type CostSceneData } from './layout';
import { steps } from './steps';

const defaults = pricingData.calculatorDefaults;

const data: CostSceneData = {
  run: trainingCostData,
  pricing: pricingData,
  usage: { inputTokens: defaults.inputTokens, outputTokens: defaults.outputTokens, cacheHitShare: defaults.cacheHitShare },
};

const scene: SceneModule<CostSceneData> = {
  name: 'cost',
  title: 'What R1 cost to train, and what it costs to use',
  steps,
  sources: ['V3_REPORT', 'NATURE_COST', 'DS_PRICING', 'O1_PRICE'],
  note: 'Training figures are DeepSeek-V3’s, the model R1 was built on. R1’s extra training and o1’s prices: secondary sources.',
  aspect: { wide: 0.74, narrow: 1.2 },
  data,
  layout,
};
export default scene;
