/**
 * "What if R1 were shaped differently?": the controls of the active-parameters figure.
 * Each changes one field of DeepSeek-V3's configuration; the count is still
 * src/model/parameters.ts's, on the changed configuration (no second formula).
 */
import { modelConfig } from '../../data/raw-model';
import type { WhatIfSpec, WhatIfState } from '../kit/what-if';
import type { SceneText } from '../kit/messages';
import { formatNumber } from '../kit/format';
import type { ActiveParamsData } from './data';
import { billions, gb0, pct, type APText } from './shared';

const cfg = modelConfig;
/** R1's MoE layers: every layer after the dense ones. */
const R1_MOE_LAYERS = cfg.n_layers - cfg.n_dense_layers;
// d3-format, not toLocaleString: that builds an Intl formatter per call, a long task at CPU ×4 while a slider moves.
const num = (v: number) => formatNumber(v);

export const activeParamsWhatIf: WhatIfSpec = {
  controls: [
    {
      key: 'experts',
      // A multiple of the 8 expert groups, so the groups stay equal.
      min: 16,
      max: 512,
      step: cfg.n_expert_groups,
      r1: cfg.n_routed_experts,
      show: (v) => num(v),
    },
    {
      key: 'topk',
      min: 1,
      max: 32,
      step: 1,
      r1: cfg.n_activated_experts,
      show: (v, s, text) => (text as APText).t('control.topk', { k: num(v), experts: num(s['experts']!) }),
    },
    { key: 'shared', min: 0, max: 4, step: 1, r1: cfg.n_shared_experts, show: (v) => String(v) },
    {
      key: 'layers',
      min: 1,
      max: 61,
      step: 1,
      r1: R1_MOE_LAYERS,
      show: (v, _s, text) => (text as APText).t('control.layers', { moe: num(v), dense: num(cfg.n_dense_layers) }),
    },
    {
      key: 'width',
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

/** The controls' result in words (their live region), always against R1's own count. */
export function whatIfSays(d: ActiveParamsData, t: SceneText): string {
  const text = t as APText;
  const c = d.count;
  const params = {
    total: billions(text, c.total),
    active: billions(text, c.active),
    share: pct(text, c.active / c.total),
    fp8: gb0(text, Math.round(d.memory.fp8GB)),
    bf16: gb0(text, Math.round(d.memory.bf16GB)),
  };
  return d.changes.length
    ? text.t('says.whatIf', { ...params, r1Total: billions(text, d.r1.total), r1Active: billions(text, d.r1.active) })
    : text.t('says.r1', params);
}
