/**
 * "What if R1 were shaped differently?": the controls of the active-parameters figure.
 * Each changes one field of DeepSeek-V3's configuration; the count is still
 * src/model/parameters.ts's, on the changed configuration (no second formula).
 */
import { modelConfig } from '../../data/raw-model';
import { format } from 'd3-format';
import type { WhatIfSpec, WhatIfState } from '../kit/what-if';
import { formatNumber } from '../kit/format';
import type { ActiveParamsData } from './data';

const cfg = modelConfig;
/** R1's MoE layers: every layer after the dense ones. */
const R1_MOE_LAYERS = cfg.n_layers - cfg.n_dense_layers;
// d3-format, not toLocaleString: that builds an Intl formatter per call, a long task at CPU ×4 while a slider moves.
const num = (v: number) => formatNumber(v);

export const activeParamsWhatIf: WhatIfSpec = {
  controls: [
    {
      key: 'experts',
      label: 'Routed experts per MoE layer',
      // A multiple of the 8 expert groups, so the groups stay equal.
      min: 16,
      max: 512,
      step: cfg.n_expert_groups,
      r1: cfg.n_routed_experts,
      show: (v) => num(v),
    },
    {
      key: 'topk',
      label: 'Routed experts per token (top-k)',
      min: 1,
      max: 32,
      step: 1,
      r1: cfg.n_activated_experts,
      show: (v, s) => `${v} of ${num(s['experts']!)}`,
    },
    { key: 'shared', label: 'Shared experts per MoE layer', min: 0, max: 4, step: 1, r1: cfg.n_shared_experts, show: (v) => String(v) },
    {
      key: 'layers',
      label: `MoE layers (plus the ${cfg.n_dense_layers} dense ones)`,
      min: 1,
      max: 61,
      step: 1,
      r1: R1_MOE_LAYERS,
      show: (v) => `${v} + ${cfg.n_dense_layers} dense`,
    },
    {
      key: 'width',
      label: 'Expert width (moe_inter_dim)',
      min: 512,
      max: 8192,
      step: 256,
      r1: cfg.moe_inter_dim,
      show: (v) => num(v),
    },
  ],
  relate(state) {
    const experts = state['experts']!;
    const topk = state['topk']!;
    if (topk <= experts) return { state, changed: [] };
    return { state: { ...state, topk: experts }, changed: ['topk'] };
  },
};

/**
 * The configuration a what-if state describes: R1's, with the five fields changed.
 * A token may use experts from at most n_limited_groups of the 8 groups (R1: 4); when
 * top-k needs more room than 4 groups give, the limit opens just enough. That limit
 * changes which experts run, not how many parameters there are.
 */
export function configFor(state: WhatIfState): Record<string, unknown> {
  const experts = state['experts']!;
  const topk = state['topk']!;
  const perGroup = experts / cfg.n_expert_groups;
  return {
    ...cfg,
    n_routed_experts: experts,
    n_activated_experts: topk,
    n_shared_experts: state['shared']!,
    n_layers: state['layers']! + cfg.n_dense_layers,
    moe_inter_dim: state['width']!,
    n_limited_groups: Math.max(cfg.n_limited_groups, Math.ceil(topk / perGroup)),
  };
}

const billions = format(',.1f');
const bn = (v: number) => `${billions(v / 1e9)} billion`;
const gb = (v: number) => `${formatNumber(Math.round(v))} GB`;

/** The controls' result in words (their live region), always against R1's own count. */
export function whatIfSays(d: ActiveParamsData): string {
  const c = d.count;
  const share = ((100 * c.active) / c.total).toFixed(1);
  const head = d.changes.length ? 'What if… — not R1.' : 'R1’s own shape.';
  const r1 = d.changes.length ? ` R1: ${bn(d.r1.total)} stored, ${bn(d.r1.active)} per token.` : '';
  return `${head} ${bn(c.total)} parameters stored, ${bn(c.active)} used per token (${share}%). Weights: ${gb(d.memory.fp8GB)} at FP8, ${gb(d.memory.bf16GB)} at BF16.${r1}`;
}
