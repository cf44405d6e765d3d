import type { SceneModule } from '../contract';
import { dataForSentence, DEFAULT_SENTENCE, type MoeRoutingData } from './data';
import { layout } from './layout';
import { steps } from './steps';

export { dataForSentence, DEFAULT_SENTENCE } from './data';

const scene: SceneModule<MoeRoutingData> = {
  name: 'moe-routing',
  title: 'How the router picks experts for a token',
  steps,
  sources: ['V3_REPORT', 'V3_CONFIG', 'V3_MODELPY'],
  note: "Illustrative router: a small seeded model that follows DeepSeek-V3's routing rules, not R1's real weights (over 600 GB).",
  aspect: { wide: 0.68, narrow: 1.15 },
  data: dataForSentence(DEFAULT_SENTENCE),
  layout,
};
export default scene;
