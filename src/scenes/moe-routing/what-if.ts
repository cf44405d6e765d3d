/**
 * "What if the router worked differently?": the moe-routing figure's controls. Top-k and the
 * groups a token may use re-route the reader's sentence (or the default one) live, with the
 * same illustrative router (src/model/router.ts); the balancing step γ picks one of the batch
 * runs `npm run data` precomputed (src/data/generated/balancing-gammas.json): one run takes
 * hundreds of milliseconds, far over what an input may cost on a slow phone, so it is never
 * simulated in the browser. Those runs keep R1's top-k and groups, and the figure says so.
 */
import { modelConfig } from '../../data/raw-model';
import { GAMMA_MULTIPLES, maxTopK } from '../../model/router';
import type { WhatIfSpec, WhatIfState } from '../kit/what-if';
import { FIGURE_GAMMA, R1_LIMITS, router, type MoeRoutingData, type RoutingLimits } from './data';
import { groupsOf, times } from './shared';

const cfg = modelConfig;

export const routingWhatIf: WhatIfSpec = {
  controls: [
    {
      key: 'topk',
      label: 'Experts per token (top-k)',
      min: 1,
      max: 32,
      step: 1,
      r1: cfg.n_activated_experts,
      show: (v) => `${v} of ${cfg.n_routed_experts}`,
    },
    {
      key: 'groups',
      label: 'Groups per token',
      min: 1,
      max: cfg.n_expert_groups,
      step: 1,
      r1: cfg.n_limited_groups,
      show: (v) => `${v} of ${cfg.n_expert_groups}`,
    },
    {
      key: 'gamma',
      label: 'Balancing step γ',
      min: 0,
      max: Number((FIGURE_GAMMA * GAMMA_MULTIPLES).toFixed(6)),
      step: FIGURE_GAMMA,
      decimals: 2,
      r1: R1_LIMITS.gamma,
      show: (v) => (v === 0 ? `${v}: off` : `${v} (${Math.round(v / FIGURE_GAMMA)}×)`),
    },
  ],
  /** A token never gets more experts than its kept groups hold (32 each). */
  relate(state) {
    const most = maxTopK(router.settings, state['groups']!);
    if (state['topk']! <= most) return { state, changed: [] };
    return { state: { ...state, topk: most }, changed: ['topk'] };
  },
};

export function limitsFor(state: WhatIfState): RoutingLimits {
  return { topK: state['topk']!, keptGroups: state['groups']!, gamma: state['gamma']! };
}

const list = (ids: readonly number[], most = 6) => {
  const shown = ids.slice(0, most).map((e) => `#${e}`);
  return ids.length > most ? `${shown.join(', ')} and ${ids.length - most} more` : shown.join(', ');
};

/** The groups a route draws its experts from. */
export function groupsUsed(d: Pick<MoeRoutingData, 'settings'>, experts: readonly number[]): number {
  return groupsOf(d, experts).length;
}

/** The controls' result in words (their live region), against R1 for the same token. */
export function routingSays(d: MoeRoutingData): string {
  const token = `“${d.tokens[d.focus]}”`;
  const { topK, nGroups } = d.settings;
  const used = groupsUsed(d, d.route.experts);
  const b = d.balancing;
  const last = b.spread[b.batches - 1]!.maxOverMean;
  const w = d.whatIf;
  if (!w) {
    return `R1’s own routing. ${token} goes to ${topK} experts in ${used} of ${nGroups} groups, plus the shared one. In the simulated batch, after ${b.batches - 1} rounds of nudges (γ ${b.gamma}) the busiest expert gets ${times(last)} its fair share.`;
  }
  const r1Used = groupsUsed(d, w.r1Experts);
  const moved = [w.dropped.length ? `drops ${list(w.dropped)}` : '', w.added.length ? `adds ${list(w.added)}` : ''].filter(Boolean).join(' and ');
  const experts = moved ? `Against R1, ${token} ${moved}` : `${token} keeps R1’s experts`;
  const r1b = w.r1Balancing;
  const r1Last = r1b.spread[r1b.batches - 1]!.maxOverMean;
  const none = b.unbalancedSpread[b.batches - 1]!.maxOverMean;
  const batch =
    b.gamma === r1b.gamma
      ? `The batch simulation is unchanged: busiest expert ${times(last)} its fair share after ${b.batches - 1} rounds.`
      : b.gamma === 0
        ? `With γ ${b.gamma} (no nudges), the busiest expert in batch ${b.batches} gets ${times(last)} its fair share (figure’s γ ${r1b.gamma}: ${times(r1Last)}).`
        : `With γ ${b.gamma}, after ${b.batches - 1} rounds the busiest expert in the batch gets ${times(last)} its fair share (figure’s γ ${r1b.gamma}: ${times(r1Last)}; no nudges: ${times(none)})${
            b.gamma > r1b.gamma && last > none ? ': worse than no nudges, a step this big overshoots' : ''
          }.`;
  const kept =
    d.batchLimits.topK !== topK || d.batchLimits.keptGroups !== d.settings.keptGroups
      ? ` The batch keeps R1’s top-${d.batchLimits.topK} in ${d.batchLimits.keptGroups} groups.`
      : '';
  return `What if… — not R1. ${experts}: ${topK} expert${topK === 1 ? '' : 's'} from ${used} of ${nGroups} groups (R1: ${w.r1Experts.length} from ${r1Used}). ${batch}${kept}`;
}
