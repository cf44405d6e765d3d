import type { SceneModule } from '../contract';
import { claimsData, type ClaimsData } from './data';
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

/** Words: messages/<locale>.json, and the claims' own words from the data (data-words.ts, added by src/scenes/words.ts). */
const scene: SceneModule<ClaimsData> = {
  name: 'claim-check',
  steps,
  sources,
  aspect: { wide: 0.65, narrow: 1.35 },
  data: claimsData,
  layout,
};
export default scene;
