import type { SceneModule } from '../contract';
import { activeParamsData, exampleToken, type ActiveParamsData } from './data';
import { dataPerExample } from '../kit/example-data';
import { layout } from './layout';
import { stepNumbers, steps } from './steps';
import { activeParamsWhatIf, configFor, whatIfSays } from './what-if';

const data = activeParamsData();
const forToken = dataPerExample(data, data.token, (token) => activeParamsData(undefined, token));

const scene: SceneModule<ActiveParamsData> = {
  name: 'active-parameters',
  steps,
  wordParamsFor: stepNumbers,
  sources: ['V3_CONFIG', 'V3_README', 'V3_WEIGHTS'],
  aspect: { wide: 0.72, narrow: 1.25 },
  data,
  // The example token in the page's language: the one moe-routing follows in its example sentence.
  dataIn: (text) => forToken(exampleToken(text.t('example.sentence'))),
  layout,
  whatIf: {
    spec: activeParamsWhatIf,
    // The token drawn now (the page's language's) stays; only the shape changes.
    dataFor: (state, current) => activeParamsData(configFor(state), current?.token),
    says: whatIfSays,
  },
};
export default scene;
