import type { SceneStep, StepIds } from '../contract';

/** The step order; labels and presenter notes are `step.<id>.label` / `.notes` in messages/<locale>.json. */
export const steps = [{ id: 'record' }, { id: 'outlets' }] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
