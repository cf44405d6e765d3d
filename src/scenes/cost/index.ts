import { pricingData, trainingCostData } from '../../data/raw-cost';
import type { SceneModule } from '../contract';
import { layout } from './layout';
import type { CostSceneData } from './shared';
import { steps } from './steps';
import { costDataFor, costSays, costWhatIf } from './what-if';

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
  sources: ['V3_REPORT', 'NATURE_R1', 'DS_PRICING', 'O1_PRICE'],
  note: 'Training figures are DeepSeek-V3’s, the model R1 was built on. R1’s own training: the Nature paper, read via press reports. o1’s prices: a secondary source.',
  aspect: { wide: 0.74, narrow: 1.2 },
  data,
  layout,
  whatIf: {
    label: 'What if a GPU-hour cost more, or less?',
    spec: costWhatIf,
    dataFor: (state) => costDataFor(data, state),
    says: costSays,
    resetLabel: `Reset to the report’s $${trainingCostData.dollarsPerGpuHour.value}`,
  },
};
export default scene;
