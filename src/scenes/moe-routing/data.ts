/**
 * The moe-routing scene's data: one sentence, routed token by token by the
 * illustrative router (src/model/router.ts), plus a precomputed load-balancing run.
 * `dataForSentence` is pure and deterministic, so the browser can call it with a
 * reader's own sentence and get exactly what the server would draw.
 */
import { modelConfig } from '../../data/raw-model';
import {
  createRouter,
  DEFAULT_BALANCING,
  route,
  tokenAffinities,
  tokenize,
  unpackBalancing,
  withLimits,
  type BalancingSummary,
  type PackedBalancing,
  type Route,
  type Router,
} from '../../model/router';
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

/**
 * What the what-if controls change (src/scenes/moe-routing/what-if.ts): experts per token,
 * groups a token may use, and the balancing step of the batch simulation.
 */
export interface RoutingLimits {
  topK: number;
  keptGroups: number;
  gamma: number;
}

const balancing = balancingJson as BalancingSummary;

/** R1's routing (DeepSeek-V3's configuration) and the figure's illustrative balancing step. */
export const R1_LIMITS: RoutingLimits = { topK: router.settings.topK, keptGroups: router.settings.keptGroups, gamma: balancing.gamma };

let gammaRuns: PackedBalancing[] | null = null;

/**
 * Loads the runs at the other balancing steps (src/data/generated/balancing-gammas.json,
 * about 6 KiB compressed) as a chunk of its own: only a reader who opens the what-if
 * controls needs them, so an embed of the figure starts without them.
 */
export async function loadBalancingRuns(): Promise<void> {
  gammaRuns ??= (await import('../../data/generated/balancing-gammas.json')).default as PackedBalancing[];
}

/**
 * The balancing run at step `gamma`: the stored run at the illustrative step, or one of the
 * precomputed others (`npm run data`; simulating one live is far too slow for an input).
 * Throws on a step that was not precomputed (the what-if controls only offer those), or
 * before loadBalancingRuns() has run.
 */
export function balancingAt(gamma: number): BalancingSummary {
  if (gamma === balancing.gamma) return balancing;
  if (!gammaRuns) throw new Error(`moe-routing: the balancing run for γ ${gamma} is not loaded; await scene.whatIf.prepare() (loadBalancingRuns) first`);
  const run = gammaRuns.find((r) => r.gamma === gamma);
  if (!run)
    throw new Error(
      `moe-routing: no precomputed balancing run for γ ${gamma} (src/data/generated/balancing-gammas.json has ${gammaRuns.map((r) => r.gamma).join(', ')}); run \`npm run data\``,
    );
  return unpackBalancing(balancing, run);
}

/** What a what-if state changes against R1, for the same sentence and token. */
export interface RoutingWhatIf {
  /** R1's route of the followed token. */
  r1Experts: number[];
  r1KeptGroups: number[];
  /** Experts the followed token gains and loses against R1, best first. */
  added: number[];
  dropped: number[];
  /** The batch run at R1's (the figure's) balancing step, for comparison. */
  r1Balancing: BalancingSummary;
}

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
  /** The top-k and groups the batch simulation ran with: R1's, whatever the what-if (it is precomputed). */
  batchLimits: { topK: number; keptGroups: number };
  /** Set only while a what-if setting differs from R1's. */
  whatIf?: RoutingWhatIf;
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

/**
 * Every token's affinities, remembered for the last sentence: a what-if input re-routes the
 * same sentence, and these (64 tokens × 256 experts) do not depend on top-k, groups or γ.
 */
let lastTokens: { key: string; affinities: number[][] } | null = null;
function affinitiesOfTokens(tokens: readonly string[]): number[][] {
  const key = tokens.join('\u0000');
  if (lastTokens?.key !== key) lastTokens = { key, affinities: tokens.map((t) => tokenAffinities(router, t)) };
  return lastTokens.affinities;
}

/**
 * The scene's data for a sentence (at most MAX_TOKENS tokens; an empty one falls back to the
 * default), routed with `limits` (R1's unless a what-if says otherwise).
 */
export function dataForSentence(text: string, focus?: number, limits: RoutingLimits = R1_LIMITS): MoeRoutingData {
  let sentence = text.trim();
  let tokens = tokenize(sentence, MAX_TOKENS);
  if (tokens.length === 0) {
    sentence = DEFAULT_SENTENCE;
    tokens = tokenize(sentence, MAX_TOKENS);
  }
  const f = focus !== undefined && Number.isInteger(focus) && focus >= 0 && focus < tokens.length ? focus : defaultFocus(tokens);
  const isR1 = limits.topK === R1_LIMITS.topK && limits.keptGroups === R1_LIMITS.keptGroups && limits.gamma === R1_LIMITS.gamma;
  const r = isR1 ? router : withLimits(router, limits);
  const all = affinitiesOfTokens(tokens);
  const affinities = all[f]!;
  const s = r.settings;
  const data: MoeRoutingData = {
    sentence,
    tokens,
    focus: f,
    settings: { nExperts: s.nExperts, nGroups: s.nGroups, keptGroups: s.keptGroups, topK: s.topK, nShared: s.nShared, routeScale: s.routeScale },
    affinities,
    route: route(r, affinities),
    tokenRoutes: tokens.map((token, k) => {
      const t = route(r, all[k]!);
      return { token, experts: t.experts, keptGroups: t.keptGroups };
    }),
    balancing: isR1 ? balancing : balancingAt(limits.gamma),
    batchLimits: { topK: router.settings.topK, keptGroups: router.settings.keptGroups },
  };
  if (isR1) return data;
  const r1Route = route(router, affinities);
  const now = new Set(data.route.experts);
  const then = new Set(r1Route.experts);
  // What the title area says of it is the layout's, in the page's language (whatIfLine, layout.ts).
  data.whatIf = {
    r1Experts: r1Route.experts,
    r1KeptGroups: r1Route.keptGroups,
    added: data.route.experts.filter((e) => !then.has(e)),
    dropped: r1Route.experts.filter((e) => !now.has(e)),
    r1Balancing: balancing,
  };
  return data;
}

/** The limits a scene's data was routed with (to keep them when the reader routes a new sentence). */
export function limitsOf(d: MoeRoutingData): RoutingLimits {
  return { topK: d.settings.topK, keptGroups: d.settings.keptGroups, gamma: d.balancing.gamma };
}

/** The figure's illustrative balancing step (10 × DeepSeek's), the unit of the γ control. */
export const FIGURE_GAMMA = DEFAULT_BALANCING.gamma;
