import type { SceneStep } from '../contract';

/** The step that shows every claim at once. */
export const ALL_STEP = 'all';

/**
 * One step per group of claims (ids = group ids in src/data/claims.json), then all
 * of them. The layout checks that every group here exists in the data.
 */
export const steps: readonly SceneStep[] = [
  { id: 'scores', label: 'Scores', notes: 'Four benchmark claims: one mislabels a percentile, one is half true, two are right (with caveats).' },
  { id: 'cost', label: 'Training cost', notes: "55 days and $5.6M are DeepSeek-V3's figures, not R1's." },
  { id: 'prices', label: 'Prices', notes: 'No source for $8 or 85%; the official list prices are lower and the gap is bigger.' },
  { id: 'hardware', label: 'Size and memory', notes: '800 GB is an estimate, not a DeepSeek figure; 671B and 685B are both right.' },
  { id: 'impact', label: 'Safety and markets', notes: 'A vendor red-team report and a market figure our sources do not give.' },
  { id: ALL_STEP, label: 'All claims', notes: 'Every claim with its verdict on one screen.' },
];
