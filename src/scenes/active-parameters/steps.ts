/**
 * The steps of active-parameters. The presenter notes are built from the computed
 * parameter count, so no figure is typed here.
 */
import { format } from 'd3-format';
import type { SceneStep, StepIds } from '../contract';
import { activeParamsData } from './data';

const d = activeParamsData();
const c = d.count;
const s = c.shape;
const B = 1e9;
const b1 = (v: number) => `${format(',.1f')(v / B)}B`;
const b0 = (v: number) => `${format(',.0f')(v / B)}B`;
const routed = d.display.find((p) => p.id === 'routed')!;
const share = (v: number) => `${format('.1f')((100 * v) / c.total)}%`;

export const steps = [
  {
    id: 'whole-model',
    label: 'Whole model',
    notes: `Every part's area is its share of the ${b1(c.total)} parameters: the routed experts are ${share(routed.total)}. The ${b0(d.published.huggingFace)} download adds a ${b0(d.published.mtp)} multi-token prediction (MTP) module, used in training and optionally to draft tokens ahead; the main model answers without it.`,
  },
  {
    id: 'one-moe-layer',
    label: 'One MoE layer',
    notes: `One of the ${c.moeLayers} MoE layers (${b1(c.perLayer.moeLayer)}): ${s.n_routed_experts} routed experts, ${s.n_shared_experts} shared expert, the router and attention, each drawn to scale.`,
  },
  {
    id: 'one-token',
    label: 'One token',
    notes: `For one token only ${s.n_activated_experts} routed experts light up, plus the shared expert, the router and attention. Which ones is decided by the router (illustrative here).`,
  },
  {
    id: 'count-up',
    label: 'Count-up',
    notes: `Adding up what one token uses: ${b1(c.active)} of ${b1(c.total)}, computed from the configuration. DeepSeek states ${b1(d.published.activePrecise)}; the gap is what gets counted.`,
  },
  {
    id: 'memory-vs-compute',
    label: 'Memory vs compute',
    notes: `All ${b0(c.total)} must sit in GPU memory (about ${format(',.0f')(d.memory.fp8GB)} GB at FP8, ${format(',.0f')(d.memory.bf16GB)} GB at BF16); the work per token is that of a ${b1(c.active)} model.`,
  },
] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
