import type { SceneStep } from '../contract';

export const steps: readonly SceneStep[] = [
  { id: 'gpu-hours', label: 'GPU-hours', notes: "DeepSeek-V3's final training run: 2,664K + 119K + 5K = 2,788K H800 GPU-hours (sum computed)." },
  { id: 'dollars', label: 'Dollars', notes: 'At the report’s assumed $2 per GPU-hour: $5.576M. A rental price, not a bill.' },
  { id: 'days', label: 'Days', notes: 'Pre-training on 2,048 GPUs: 2,664K / 2,048 / 24 = 54.2 days (computed); the report says "less than two months".' },
  { id: 'not-included', label: "What's left out", notes: "Not in the $5.576M: earlier research and experiments, hardware, staff, data, and R1's own RL (reported later at about $294K, secondary)." },
  { id: 'api-prices', label: 'Price per token', notes: 'R1 at launch: $0.14 / $0.55 / $2.19 per million tokens; o1: $7.50 / $15 / $60 (secondary). About 96% less per token.' },
  { id: 'bill', label: 'A worked bill', notes: 'One million tokens in, one million out: R1 $2.74, o1 $75.00 (computed). The calculator below lets readers change the numbers.' },
];
