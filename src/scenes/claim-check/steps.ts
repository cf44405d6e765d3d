import type { SceneStep, StepIds } from '../contract';

/** The step that shows every claim at once. */
export const ALL_STEP = 'all';

/**
 * One step per group of claims (ids = group ids in src/data/claims.json), then all
 * of them. The layout checks that every group here exists in the data. Labels and presenter
 * notes: `step.<id>.label` / `.notes` in messages/<locale>.json; what the notes quote from the
 * data (claims, facts) is filled in by data-words.ts, in the page's language.
 */
export const steps = [
  { id: 'scores' },
  { id: 'cost' },
  { id: 'prices' },
  { id: 'hardware' },
  { id: 'impact' },
  { id: ALL_STEP },
] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
