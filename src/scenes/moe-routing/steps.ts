import type { SceneStep } from '../contract';

export const steps: readonly SceneStep[] = [
  { id: 'affinity', label: 'Affinity', notes: 'One token, 256 sigmoid scores: how well it matches each routed expert. Rows are the 8 groups of 32.' },
  { id: 'groups', label: 'Groups', notes: 'Node-limited routing: a group scores the sum of its two best affinities; only the best 4 groups stay in.' },
  { id: 'top-8', label: 'Top 8', notes: 'The 8 best experts inside the kept groups run, plus the shared expert that every token uses.' },
  { id: 'gate-weights', label: 'Gate weights', notes: "The chosen experts' affinities divided by their sum: weights add up to 1 (DeepSeek's code then scales them by 2.5)." },
  { id: 'every-token', label: 'Every token', notes: 'Each token of the sentence gets its own experts: one row per token, a tick per chosen expert. The strip on top counts how many tokens picked each expert.' },
  { id: 'batch', label: 'A batch', notes: 'Thousands of tokens routed at once: some experts get several times their fair share, others almost nothing.' },
  { id: 'balancing', label: 'Balancing', notes: 'After each batch, busy experts get a lower bias and quiet ones a higher one; the load evens out.' },
];
