/**
 * The moe-routing scene's data: one sentence, routed token by token by the
 * illustrative router (src/model/router.ts), plus a precomputed load-balancing run.
 * `dataForSentence` is pure and deterministic, so the browser can call it with a
 * reader's own sentence and get exactly what the server would draw.
 */
import { modelConfig } from '../../data/raw-model';
import { createRouter, route, tokenAffinities, tokenize, type BalancingSummary, type Route, type Router } from '../../model/router';
import balancingJson from '../../data/generated/balancing.json';

export const DEFAULT_SENTENCE = 'Why does the sky look blue at noon but red at sunset?';
export const MAX_TOKENS = 64;

/** The router, sized by DeepSeek-V3's published configuration (256 experts, 8 groups, keep 4, top-8). */
export const router: Router = createRouter({
  nExperts: modelConfig.n_routed_experts,
  nGroups: modelConfig.n_expert_groups,
  keptGroups: modelConfig.n_limited_groups,
  topK: modelConfig.n_activated_experts,
  nShared: modelConfig.n_shared_experts,
  routeScale: modelConfig.route_scale,
});

export interface TokenRoute {
  token: string;
  experts: number[];
  keptGroups: number[];
}

export interface MoeRoutingData {
  sentence: string;
  tokens: string[];
  /** Index into tokens of the token the first four steps follow. */
  focus: number;
  settings: { nExperts: number; nGroups: number; keptGroups: number; topK: number; nShared: number; routeScale: number };
  /** The focus token's affinity to each routed expert. */
  affinities: number[];
  route: Route;
  /** Every token's choice (for the table and the description). */
  tokenRoutes: TokenRoute[];
  balancing: BalancingSummary;
}

/** The token the figure follows: the longest word (the first of equals), else the first token. */
export function defaultFocus(tokens: readonly string[]): number {
  let best = 0;
  let bestLen = -1;
  tokens.forEach((t, i) => {
    const len = /^[\p{L}\p{M}]+$/u.test(t) ? [...t].length : 0;
    if (len > bestLen) {
      best = i;
      bestLen = len;
    }
  });
  return best;
}

/** The scene's data for a sentence (at most MAX_TOKENS tokens; an empty one falls back to the default). */
export function dataForSentence(text: string, focus?: number): MoeRoutingData {
  let sentence = text.trim();
  let tokens = tokenize(sentence, MAX_TOKENS);
  if (tokens.length === 0) {
    sentence = DEFAULT_SENTENCE;
    tokens = tokenize(sentence, MAX_TOKENS);
  }
  const f = focus !== undefined && Number.isInteger(focus) && focus >= 0 && focus < tokens.length ? focus : defaultFocus(tokens);
  const affinities = tokenAffinities(router, tokens[f]!);
  const s = router.settings;
  return {
    sentence,
    tokens,
    focus: f,
    settings: { nExperts: s.nExperts, nGroups: s.nGroups, keptGroups: s.keptGroups, topK: s.topK, nShared: s.nShared, routeScale: s.routeScale },
    affinities,
    route: route(router, affinities),
    tokenRoutes: tokens.map((token) => {
      const r = route(router, tokenAffinities(router, token));
      return { token, experts: r.experts, keptGroups: r.keptGroups };
    }),
    balancing: balancingJson as BalancingSummary,
  };
}
