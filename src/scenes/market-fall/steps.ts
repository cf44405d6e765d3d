import type { SceneStep } from '../contract';

export const steps: readonly SceneStep[] = [
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
];
