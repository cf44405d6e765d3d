import type { SceneStep, StepIds } from '../contract';

/** Two states of one picture: everything the model stores, then what works on one token. */
export const steps = [
  { id: 'stored', label: 'Stored', notes: 'One square per billion parameters: all of them are stored, and all of them must be loaded to run the model.' },
  {
    id: 'at-work',
    label: 'At work',
    notes: 'The lit squares are the parameters that work on one token. Which ones changes with every token; how many stays the same.',
  },
] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
