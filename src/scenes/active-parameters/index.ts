import type { SceneModule } from '../contract';
import { activeParamsData, type ActiveParamsData } from './data';
import { layout } from './layout';
import { stepNumbers, steps } from './steps';
import { activeParamsWhatIf, configFor, whatIfSays } from './what-if';

const scene: SceneModule<ActiveParamsData> = {
  name: 'active-parameters',
  steps,
  wordParamsFor: stepNumbers,
  sources: ['V3_CONFIG', 'V3_README', 'V3_WEIGHTS'],
  aspect: { wide: 0.72, narrow: 1.25 },
  data: activeParamsData(),
  layout,
  whatIf: {
    spec: activeParamsWhatIf,
    dataFor: (state) => activeParamsData(configFor(state)),
    says: whatIfSays,
  },
};
export default scene;
