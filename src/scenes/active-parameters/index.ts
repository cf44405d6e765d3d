import type { SceneModule } from '../contract';
import { modelConfigData } from '../../data/raw-model';
import { activeParamsData, type ActiveParamsData } from './data';
import { layout } from './layout';
import { steps } from './steps';
import { activeParamsWhatIf, configFor, whatIfSays } from './what-if';

const pub = modelConfigData.published;

const scene: SceneModule<ActiveParamsData> = {
  name: 'active-parameters',
  title: `Why ${pub.totalParamsB.value} billion parameters work like ${pub.activeParamsB.value} billion`,
  steps,
  sources: ['V3_CONFIG', 'V3_README', 'V3_WEIGHTS'],
  note: 'Parameter counts computed from DeepSeek-V3’s published configuration; R1 has the same architecture. Which experts a token uses comes from an illustrative router.',
  aspect: { wide: 0.72, narrow: 1.25 },
  data: activeParamsData(),
  layout,
  whatIf: {
    label: 'What if R1 were built differently?',
    spec: activeParamsWhatIf,
    dataFor: (state) => activeParamsData(configFor(state)),
    says: whatIfSays,
  },
};
export default scene;
