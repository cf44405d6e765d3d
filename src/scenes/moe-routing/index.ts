import type { SceneModule } from '../contract';
import claimFacts from '../../data/derived/claims';
import { formatFactValue } from '../../data/format-fact';
import { dataForSentence, DEFAULT_SENTENCE, limitsOf, loadBalancingRuns, MAX_TOKENS, type MoeRoutingData } from './data';
import { layout } from './layout';
import { steps } from './steps';
import { limitsFor, routingSays, routingWhatIf } from './what-if';

export { dataForSentence, DEFAULT_SENTENCE } from './data';

const scene: SceneModule<MoeRoutingData> = {
  name: 'moe-routing',
  title: 'How the router picks experts for a token',
  steps,
  sources: ['V3_REPORT', 'V3_CONFIG', 'V3_MODELPY'],
  // Keyed by the step that draws it; its header says the same ("Stronger shade = better match").
  encodings: { affinity: 'a stronger shade means a better match' },
  note: `Illustrative router: a small seeded model that follows DeepSeek-V3's routing rules, not R1's real weights (about ${formatFactValue(claimFacts['claims.fp8-weights']!)} in FP8).`,
  aspect: { wide: 0.68, narrow: 1.15 },
  data: dataForSentence(DEFAULT_SENTENCE),
  layout,
  input: {
    label: `Route your own sentence (up to ${MAX_TOKENS} tokens)`,
    placeholder: 'Type a sentence, then press Enter',
    examples: [
      'Octopuses have three hearts and blue blood.',
      'def add(a, b): return a + b',
      'La tour Eiffel mesure trois cents mètres.',
      'What is 17 times 23?',
    ],
    maxLength: 400,
    // A new sentence keeps the what-if settings drawn now.
    dataFor: (text: string, current?: MoeRoutingData) => dataForSentence(text, undefined, current && limitsOf(current)),
  },
  whatIf: {
    label: 'What if the router worked differently?',
    spec: routingWhatIf,
    // The sentence and the followed token drawn now stay; only the routing changes.
    dataFor: (state, current) => dataForSentence(current?.sentence ?? DEFAULT_SENTENCE, current?.focus, limitsFor(state)),
    says: routingSays,
    // The batch runs at the other γ values load with the controls, not with the figure.
    prepare: loadBalancingRuns,
  },
};
export default scene;
