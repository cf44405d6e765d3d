import type { SceneStep, StepIds } from '../contract';

export const steps = [
  {
    id: 'record',
    label: 'A record loss',
    notes: "Nvidia's one-day loss in market value the week after R1's release, beside the previous record, also Nvidia's.",
  },
  {
    id: 'outlets',
    label: 'Outlets differ',
    notes: 'Three outlets, three figures for the same loss: rounding and the moment the price was taken. The site uses CNBC’s.',
  },
] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
