import type { SceneStep, StepIds } from '../contract';
import { claimFactPool, claimsFile } from '../../data/raw-claims';
import { factText } from '../../data/format-fact';

// Presenter notes quote the claims and the facts from the data: no figure is typed here.
const claim = (id: string) => {
  const c = claimsFile.claims.find((x) => x.id === id);
  if (!c) throw new Error(`claim-check steps: no claim "${id}" in src/data/claims.json`);
  return `“${c.short}”`;
};
const fact = (id: string) => factText(claimFactPool, id, 'src/scenes/claim-check/steps.ts');

/** The step that shows every claim at once. */
export const ALL_STEP = 'all';

/**
 * One step per group of claims (ids = group ids in src/data/claims.json), then all
 * of them. The layout checks that every group here exists in the data.
 */
export const steps = [
  { id: 'scores', label: 'Scores', notes: 'Four benchmark claims: one mislabels a percentile, one is half true, two are right (with caveats).' },
  {
    id: 'cost',
    label: 'Training cost',
    notes: `${claim('trained-55-days')} and ${claim('gpus-and-dollars')} are DeepSeek-V3's figures, not R1's. R1's own training: ${fact('cost.r1-own-cost')} (Nature paper, read via press reports).`,
  },
  {
    id: 'prices',
    label: 'Prices',
    notes: `No source for ${claim('eight-dollars')} or ${claim('cheaper-85')}; DeepSeek's list prices are lower and the gap is bigger.`,
  },
  {
    id: 'hardware',
    label: 'Size and memory',
    notes: `${claim('hbm-800gb')}: an estimate, not a DeepSeek figure. ${fact('release.params-total')} and ${fact('release.params-hf')} are both right.`,
  },
  { id: 'impact', label: 'Safety and markets', notes: 'A vendor red-team report we could only read second-hand, and a US market loss retold as a global one.' },
  { id: ALL_STEP, label: 'All claims', notes: 'Every claim with its verdict on one screen.' },
] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
