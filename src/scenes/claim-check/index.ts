import { claimsData } from '../../data/raw-claims';
import type { ClaimsData } from '../../data/raw-claims';
import type { SceneModule } from '../contract';
import { layout } from './layout';
import { steps } from './steps';

/** Every source any claim cites, in first-seen order, for the figure's source line. */
const sources = [...new Set(claimsData.claims.flatMap((c) => c.sources))];

const scene: SceneModule<ClaimsData> = {
  name: 'claim-check',
  title: 'Popular claims about DeepSeek-R1, checked',
  steps,
  sources,
  note: 'Claims are paraphrased from press articles of early 2025. Verdicts: ✓ correct, ! misleading, ✗ wrong, ? unverified.',
  aspect: { wide: 0.82, narrow: 1.35 },
  data: claimsData,
  layout,
};
export default scene;
