import { pricingData, trainingCostData } from '../../data/raw-cost';
import type { SceneModule } from '../contract';
import { layout } from './layout';
import type { CostSceneData } from './shared';
import { stepNumbers, steps } from './steps';
import { costDataFor, costSays, costWhatIf } from './what-if';

const defaults = pricingData.calculatorDefaults;

const data: CostSceneData = {
  run: trainingCostData,
  pricing: pricingData,
  usage: { inputTokens: defaults.inputTokens, outputTokens: defaults.outputTokens, cacheHitShare: defaults.cacheHitShare },
};

const scene: SceneModule<CostSceneData> = {
  name: 'cost',
  steps,
  wordParams: stepNumbers,
  sources: ['V3_REPORT', 'NATURE_R1', 'DS_PRICING', 'O1_PRICE'],
  aspect: { wide: 0.74, narrow: 1.2 },
  data,
  layout,
  whatIf: {
    spec: costWhatIf,
    dataFor: (state) => costDataFor(data, state),
    says: costSays,
  },
};
export default scene;
