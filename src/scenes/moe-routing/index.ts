import type { SceneModule } from '../contract';
import claimFacts from '../../data/derived/claims';
import { dataForSentence, DEFAULT_SENTENCE, limitsOf, loadBalancingRuns, MAX_TOKENS, type MoeRoutingData } from './data';
import { dataPerExample } from '../kit/example-data';
import { layout } from './layout';
import { stepNumbers, steps } from './steps';
import { limitsFor, routingSays, routingWhatIf } from './what-if';

export { dataForSentence, DEFAULT_SENTENCE } from './data';

const data = dataForSentence(DEFAULT_SENTENCE);
const forSentence = dataPerExample(data, DEFAULT_SENTENCE, (sentence) => dataForSentence(sentence));

const scene: SceneModule<MoeRoutingData> = {
  name: 'moe-routing',
  steps,
  // The catalogue's encoding.affinity is keyed by the step that draws it; its header says the same ("Stronger shade = better match").
  wordParams: {
    ...stepNumbers,
    // The weights' size in GB, as the claims' fact computes it (one byte per parameter).
    note: { weights: Math.round(claimFacts['claims.fp8-weights']!.value as number) },
    'input.label': { max: MAX_TOKENS },
  },
  sources: ['V3_REPORT', 'V3_CONFIG', 'V3_MODELPY'],
  aspect: { wide: 0.68, narrow: 1.15 },
  data,
  // The example sentence in the page's language (English: DEFAULT_SENTENCE, which the tests and active-parameters use).
  dataIn: (text) => forSentence(text.t('example.sentence')),
  layout,
  input: {
    maxLength: 400,
    // A new sentence keeps the what-if settings drawn now.
    dataFor: (text: string, current?: MoeRoutingData) => dataForSentence(text, undefined, current && limitsOf(current)),
  },
  whatIf: {
    spec: routingWhatIf,
    // The sentence and the followed token drawn now stay; only the routing changes.
    dataFor: (state, current) => dataForSentence(current?.sentence ?? DEFAULT_SENTENCE, current?.focus, limitsFor(state)),
    says: routingSays,
    // The batch runs at the other γ values load with the controls, not with the figure.
    prepare: loadBalancingRuns,
  },
};
export default scene;
