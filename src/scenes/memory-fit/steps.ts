import type { SceneStep } from '../contract';

export const steps: readonly SceneStep[] = [
  { id: 'full-model', label: 'Full model', notes: '671B parameters x 2 bytes (BF16) = 1,342 GB; x 1 byte (FP8, as released) = 671 GB; x 0.5 byte (4-bit) = 335.5 GB. 685B with the MTP module.' },
  { id: 'hardware', label: 'Against hardware', notes: 'A 16 GB laptop, a 24 GB RTX 4090, an 80 GB H100 and an 8-GPU server (640 GB). Even the FP8 weights do not fit one 8-GPU server.' },
  { id: 'allowance', label: 'Room to run', notes: 'An illustrative +20% for the KV cache and the program (our assumption, not a published figure).' },
  { id: 'distilled', label: 'Small models', notes: 'The distilled models, 1.5B to 70B, at the same three formats with the same +20%.' },
  { id: 'what-fits', label: 'What fits where', notes: 'For each model and machine, the best format that fits with the +20% allowance.' },
];
