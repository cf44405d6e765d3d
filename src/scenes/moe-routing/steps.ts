import type { SceneStep, StepIds } from '../contract';
import { modelConfig as c } from '../../data/raw-model';

// Presenter notes read DeepSeek-V3's configuration: no figure is typed here.
const perGroup = c.n_routed_experts / c.n_expert_groups;

export const steps = [
  {
    id: 'affinity',
    label: 'Affinity',
    notes: `One token, ${c.n_routed_experts} sigmoid scores: how well it matches each routed expert. Rows are the ${c.n_expert_groups} groups of ${perGroup}.`,
  },
  {
    id: 'groups',
    label: 'Groups',
    notes: `Node-limited routing: a group scores the sum of its two best affinities; only the best ${c.n_limited_groups} groups stay in.`,
  },
  {
    id: 'top-8',
    label: `Top ${c.n_activated_experts}`,
    notes: `The ${c.n_activated_experts} best experts inside the kept groups run, plus the shared expert that every token uses.`,
  },
  {
    id: 'gate-weights',
    label: 'Gate weights',
    notes: `The chosen experts' affinities divided by their sum, so in the paper's formula the weights add up to 1; DeepSeek's code then multiplies them by ${c.route_scale}, so in the running model they add up to ${c.route_scale}.`,
  },
  {
    id: 'every-token',
    label: 'Every token',
    notes:
      'Each token of the sentence gets its own experts: one row per token, a tick per chosen expert. The strip on top counts how many tokens picked each expert.',
  },
  { id: 'batch', label: 'A batch', notes: 'Thousands of tokens routed at once: some experts get several times their fair share, others almost nothing.' },
  { id: 'balancing', label: 'Balancing', notes: 'After each batch, busy experts get a lower bias and quiet ones a higher one; the load evens out.' },
] as const satisfies readonly SceneStep[];

/** The routing figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
