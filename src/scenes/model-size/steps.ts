import type { SceneStep, StepIds } from '../contract';

/** Two states of one picture: everything the model stores, then what works on one token. */
/** Labels and presenter notes: `step.<id>.label` / `.notes` in messages/<locale>.json. */
export const steps = [{ id: 'stored' }, { id: 'at-work' }] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
