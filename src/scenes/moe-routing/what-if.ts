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
import { expertList, groupsOf, times, type RoutingText } from './shared';

const cfg = modelConfig;

export const routingWhatIf: WhatIfSpec = {
  controls: [
    {
      key: 'topk',
      min: 1,
      max: 32,
      step: 1,
      r1: cfg.n_activated_experts,
      show: (v, _s, text) => text.t('whatIf.show.of', { value: v, total: cfg.n_routed_experts }),
    },
    {
      key: 'groups',
      min: 1,
      max: cfg.n_expert_groups,
      step: 1,
      r1: cfg.n_limited_groups,
      show: (v, _s, text) => text.t('whatIf.show.of', { value: v, total: cfg.n_expert_groups }),
    },
    {
      key: 'gamma',
      min: 0,
      max: Number((FIGURE_GAMMA * GAMMA_MULTIPLES).toFixed(6)),
      step: FIGURE_GAMMA,
      decimals: 2,
      r1: R1_LIMITS.gamma,
      show: (v, _s, text) =>
        v === 0 ? text.t('whatIf.show.off', { value: v }) : text.t('whatIf.show.gamma', { value: v, times: Math.round(v / FIGURE_GAMMA) }),
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

const list = (text: RoutingText, ids: readonly number[], most = 6) =>
  ids.length > most ? text.t('says.more', { list: expertList(text, ids.slice(0, most)), count: ids.length - most }) : expertList(text, ids);

/** The groups a route draws its experts from. */
export function groupsUsed(d: Pick<MoeRoutingData, 'settings'>, experts: readonly number[]): number {
  return groupsOf(d, experts).length;
}

/** The controls' result in words (their live region), against R1 for the same token. */
export function routingSays(d: MoeRoutingData, text: RoutingText): string {
  const token = `“${d.tokens[d.focus]}”`;
  const { topK, nGroups } = d.settings;
  const used = groupsUsed(d, d.route.experts);
  const b = d.balancing;
  const last = b.spread[b.batches - 1]!.maxOverMean;
  const w = d.whatIf;
  if (!w) return text.t('says.r1', { token, k: topK, used, n: nGroups, rounds: b.batches - 1, gamma: b.gamma, times: times(text, last) });
  const r1Used = groupsUsed(d, w.r1Experts);
  const drops = w.dropped.length ? text.t('says.drops', { list: list(text, w.dropped) }) : '';
  const adds = w.added.length ? text.t('says.adds', { list: list(text, w.added) }) : '';
  const moved = drops && adds ? text.t('says.dropsAdds', { drops, adds }) : drops || adds;
  const experts = moved ? text.t('says.moved', { token, moved }) : text.t('says.kept', { token });
  const r1b = w.r1Balancing;
  const r1Last = r1b.spread[r1b.batches - 1]!.maxOverMean;
  const none = b.unbalancedSpread[b.batches - 1]!.maxOverMean;
  const run = {
    gamma: b.gamma,
    rounds: b.batches - 1,
    n: b.batches,
    times: times(text, last),
    r1gamma: r1b.gamma,
    r1times: times(text, r1Last),
    none: times(text, none),
  };
  const batch =
    b.gamma === r1b.gamma
      ? text.t('says.batch.same', run)
      : b.gamma === 0
        ? text.t('says.batch.off', run)
        : text.t(b.gamma > r1b.gamma && last > none ? 'says.batch.overshoots' : 'says.batch.other', run);
  const kept =
    d.batchLimits.topK !== topK || d.batchLimits.keptGroups !== d.settings.keptGroups
      ? text.t('says.batchKeeps', { k: d.batchLimits.topK, groups: d.batchLimits.keptGroups })
      : '';
  return text.t('says.whatIf', { experts, count: topK, used, n: nGroups, r1: w.r1Experts.length, r1used: r1Used, batch, kept });
}
