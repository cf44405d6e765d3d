import { claimsData } from '../../data/raw-claims';
import type { ClaimsData } from '../../data/raw-claims';
import type { SceneModule } from '../contract';
import { layout } from './layout';
import { steps } from './steps';

/**
 * The figure's source line names the three primary documents most claims are checked
 * against (listing all of them made the caption longer than the figure on a phone).
 * Each claim's own source is in the "Where" column of the data table.
 */
const sources = ['R1_PAPER', 'V3_REPORT', 'DS_PRICING'] as const;
for (const s of sources) {
  if (!claimsData.claims.some((c) => c.sources.includes(s))) throw new Error(`claim-check: source ${s} is cited by no claim in src/data/claims.json`);
}

const scene: SceneModule<ClaimsData> = {
  name: 'claim-check',
  title: 'Popular claims about DeepSeek-R1, checked',
  steps,
  sources,
  note: "Claims paraphrased from press articles of early 2025; each claim's own source is in the data table.",
  aspect: { wide: 0.82, narrow: 1.35 },
  data: claimsData,
  layout,
};
export default scene;
