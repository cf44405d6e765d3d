import type { SceneStep, StepIds } from '../contract';
import { modelConfig as c } from '../../data/raw-model';

/** The numbers the labels and presenter notes quote, by catalogue key (SceneModule.wordParams): DeepSeek-V3's configuration. */
export const stepNumbers = {
  'step.affinity.notes': { experts: c.n_routed_experts, groups: c.n_expert_groups, per: c.n_routed_experts / c.n_expert_groups },
  'step.groups.notes': { kept: c.n_limited_groups },
  'step.top-8.label': { k: c.n_activated_experts },
  'step.top-8.notes': { k: c.n_activated_experts },
  'step.gate-weights.notes': { scale: c.route_scale },
};

/** Labels and presenter notes: `step.<id>.label` / `.notes` in messages/<locale>.json (numbers in `stepNumbers`). */
export const steps = [
  { id: 'affinity' },
  { id: 'groups' },
  { id: 'top-8' },
  { id: 'gate-weights' },
  { id: 'every-token' },
  { id: 'batch' },
  { id: 'balancing' },
] as const satisfies readonly SceneStep[];

/** The routing figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
