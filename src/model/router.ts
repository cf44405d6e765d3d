/**
 * An ILLUSTRATIVE Mixture-of-Experts router, small and deterministic, that follows
 * DeepSeek-V3's routing rules (V3 report sec. 2.1.2 and inference/model.py, Gate):
 *
 * 1. affinity: a sigmoid score in (0, 1) from the token to each of the 256 routed experts;
 * 2. node-limited routing: the experts sit in 8 groups of 32; a group's score is the sum of
 *    its two highest scores, and only the best 4 groups stay in the running;
 * 3. top-8: the 8 highest-scoring experts among the kept groups run, plus the shared expert,
 *    which every token uses;
 * 4. gate weights: the chosen experts' affinities divided by their sum (they add up to 1;
 *    DeepSeek's code then multiplies them by route_scale = 2.5);
 * 5. auxiliary-loss-free load balancing: a per-expert bias is added to the affinities for
 *    CHOOSING only (never for the gate weights); after each batch, an expert that got more
 *    than its fair share of tokens has its bias lowered by gamma, one that got less has it
 *    raised by gamma.
 *
 * What is made up: DeepSeek-R1's real router multiplies a 7,168-number hidden state by
 * learned weights. Here a token's "hidden state" is a short pseudo-random vector computed
 * from a hash of its text and a seed, and each expert's weights are pseudo-random too.
 * No real weights are involved. Every number is reproducible: no Math.random, no clock,
 * and scores are rounded to 6 decimals so all JavaScript engines agree.
 */

export interface RouterSettings {
  nExperts: number;
  nGroups: number;
  keptGroups: number;
  topK: number;
  nShared: number;
  routeScale: number;
  /** Length of the illustrative token and expert vectors. */
  vectorSize: number;
  /** Strength of the direction every token shares (what makes some experts popular). */
  commonDirection: number;
  /** Multiplies the dot product before the sigmoid (spreads the scores out). */
  sharpness: number;
  seed: number;
}

export const DEFAULT_SETTINGS: RouterSettings = {
  nExperts: 256,
  nGroups: 8,
  keptGroups: 4,
  topK: 8,
  nShared: 1,
  routeScale: 2.5,
  vectorSize: 16,
  commonDirection: 1.6,
  sharpness: 3,
  seed: 20250120,
};

/** 32-bit FNV-1a hash of a string, mixed with a seed. */
export function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded pseudo-random generator returning numbers in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly normal (mean 0, variance 1) from four uniforms: only + and x, so exact everywhere. */
function gauss(next: () => number): number {
  return (next() + next() + next() + next() - 2) * 1.7320508075688772;
}

function randomVector(next: () => number, n: number): number[] {
  return Array.from({ length: n }, () => gauss(next));
}

function unit(v: number[]): number[] {
  const norm = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface Router {
  settings: RouterSettings;
  /** One unit vector per routed expert (its illustrative "weights"). */
  experts: number[][];
  /** The same, as one flat array (expert e's vector starts at e x vectorSize). */
  flat: Float64Array;
  /** The direction all token vectors share. */
  common: number[];
}

function checkSettings(s: RouterSettings): void {
  if (s.nExperts % s.nGroups !== 0) throw new Error(`router: nExperts (${s.nExperts}) must be a multiple of nGroups (${s.nGroups})`);
  if (!(Number.isInteger(s.keptGroups) && s.keptGroups >= 1 && s.keptGroups <= s.nGroups))
    throw new Error(`router: keptGroups (${s.keptGroups}) must be a whole number from 1 to nGroups (${s.nGroups})`);
  if (!(Number.isInteger(s.topK) && s.topK >= 1)) throw new Error(`router: topK (${s.topK}) must be a whole number of at least 1`);
  if (s.topK > s.keptGroups * (s.nExperts / s.nGroups)) throw new Error('router: topK experts do not fit in the kept groups');
}

export function createRouter(settings: Partial<RouterSettings> = {}): Router {
  const s = { ...DEFAULT_SETTINGS, ...settings };
  checkSettings(s);
  const next = rng(hashString('experts', s.seed));
  const experts = Array.from({ length: s.nExperts }, () => unit(randomVector(next, s.vectorSize)));
  const common = unit(randomVector(rng(hashString('common', s.seed)), s.vectorSize));
  return { settings: s, experts, flat: Float64Array.from(experts.flat()), common };
}

/** The most experts a token can be given when it may use `keptGroups` groups: what those groups hold. */
export function maxTopK(settings: Pick<RouterSettings, 'nExperts' | 'nGroups'>, keptGroups: number): number {
  return keptGroups * (settings.nExperts / settings.nGroups);
}

/**
 * The same router (the same illustrative weights, so the same affinities) with other routing
 * limits: how many experts a token gets (top-k) and from how many groups. For the what-if
 * controls; throws like createRouter when top-k does not fit in the kept groups.
 */
export function withLimits(router: Router, limits: { topK: number; keptGroups: number }): Router {
  const s = { ...router.settings, topK: limits.topK, keptGroups: limits.keptGroups };
  checkSettings(s);
  return { ...router, settings: s };
}

/** A token's illustrative hidden state: the shared direction plus noise seeded by its text. */
export function tokenVector(router: Router, text: string): number[] {
  const { vectorSize, commonDirection, seed } = router.settings;
  const noise = randomVector(rng(hashString(`token:${text}`, seed)), vectorSize);
  return noise.map((x, i) => x + commonDirection * router.common[i]!);
}

/** Sigmoid affinity of a token vector to every routed expert, rounded to 6 decimals. */
export function affinitiesOf(router: Router, vector: readonly number[]): number[] {
  return Array.from(affinitiesInto(router, vector, new Float64Array(router.settings.nExperts)));
}

function affinitiesInto(router: Router, vector: readonly number[], out: Float64Array): Float64Array {
  const { sharpness, vectorSize, nExperts } = router.settings;
  const scale = sharpness / Math.sqrt(vectorSize);
  const w = router.flat;
  for (let e = 0; e < nExperts; e++) {
    let dot = 0;
    const o = e * vectorSize;
    for (let i = 0; i < vectorSize; i++) dot += w[o + i]! * vector[i]!;
    out[e] = round6(sigmoid(dot * scale));
  }
  return out;
}

export function tokenAffinities(router: Router, text: string): number[] {
  return affinitiesOf(router, tokenVector(router, text));
}

/** Indices of the k largest values, largest first; ties go to the lower index. */
export function topIndices(values: readonly number[], k: number, among?: readonly number[]): number[] {
  const pool = among ? [...among] : values.map((_, i) => i);
  pool.sort((a, b) => values[b]! - values[a]! || a - b);
  return pool.slice(0, k);
}

export interface Route {
  /** Sum of the two highest (biased) scores in each group. */
  groupScores: number[];
  /** The groups kept, best first. */
  keptGroups: number[];
  /** The chosen routed experts, best first. */
  experts: number[];
  /** Gate weight of each chosen expert (same order), from the UNBIASED affinities; they sum to 1. */
  gateWeights: number[];
  /** Shared experts: every token uses them. */
  shared: number[];
}

export function groupOf(router: Router, expert: number): number {
  return Math.floor(expert / (router.settings.nExperts / router.settings.nGroups));
}

/**
 * Inserts index `i` with value `v` into the best-first list (`idx`, `val`) of length
 * `len` capped at `k`. Scanning indices in ascending order with a strict ">" means
 * ties go to the lower index, as in topIndices.
 */
function insertTop(idx: Int32Array, val: Float64Array, len: number, k: number, i: number, v: number): number {
  if (len === k && !(v > val[k - 1]!)) return len;
  let j = len < k ? len : k - 1;
  while (j > 0 && v > val[j - 1]!) {
    idx[j] = idx[j - 1]!;
    val[j] = val[j - 1]!;
    j--;
  }
  idx[j] = i;
  val[j] = v;
  return len < k ? len + 1 : len;
}

interface Scratch {
  groupScores: Float64Array;
  groupIdx: Int32Array;
  groupVal: Float64Array;
  expertIdx: Int32Array;
  expertVal: Float64Array;
}

function scratchFor(s: RouterSettings): Scratch {
  return {
    groupScores: new Float64Array(s.nGroups),
    groupIdx: new Int32Array(s.keptGroups),
    groupVal: new Float64Array(s.keptGroups),
    expertIdx: new Int32Array(s.topK),
    expertVal: new Float64Array(s.topK),
  };
}

/**
 * The routing rule on (biased) scores; fills scratch.groupIdx (kept groups, best first)
 * and scratch.expertIdx (chosen experts, best first).
 */
function choose(s: RouterSettings, scores: Float64Array, sc: Scratch): void {
  const per = s.nExperts / s.nGroups;
  for (let g = 0; g < s.nGroups; g++) {
    let first = -Infinity;
    let second = -Infinity;
    for (let i = g * per; i < (g + 1) * per; i++) {
      const v = scores[i]!;
      if (v > first) {
        second = first;
        first = v;
      } else if (v > second) second = v;
    }
    sc.groupScores[g] = first + second;
  }
  let len = 0;
  for (let g = 0; g < s.nGroups; g++) len = insertTop(sc.groupIdx, sc.groupVal, len, s.keptGroups, g, sc.groupScores[g]!);
  // Scan the kept groups' experts in ascending index order, so ties favour the lower index.
  len = 0;
  for (let g = 0; g < s.nGroups; g++) {
    let isKept = false;
    for (let j = 0; j < s.keptGroups; j++) if (sc.groupIdx[j] === g) isKept = true;
    if (!isKept) continue;
    for (let i = g * per; i < (g + 1) * per; i++) {
      const v = scores[i]!;
      if (len === s.topK && !(v > sc.expertVal[len - 1]!)) continue;
      len = insertTop(sc.expertIdx, sc.expertVal, len, s.topK, i, v);
    }
  }
}

/** DeepSeek-V3's routing rule for one token. `bias` (one per expert) only affects the choice. */
export function route(router: Router, affinities: readonly number[], bias?: readonly number[]): Route {
  const s = router.settings;
  // A plain loop: Float64Array.from with a map function is several times slower, and the
  // what-if controls route every token of the sentence on each frame of a dragged slider.
  const scores = new Float64Array(affinities.length);
  for (let i = 0; i < scores.length; i++) scores[i] = affinities[i]! + (bias ? bias[i]! : 0);
  const sc = scratchFor(s);
  choose(s, scores, sc);
  const experts = Array.from(sc.expertIdx);
  const total = experts.reduce((a, e) => a + affinities[e]!, 0);
  return {
    groupScores: Array.from(sc.groupScores),
    keptGroups: Array.from(sc.groupIdx),
    experts,
    gateWeights: experts.map((e) => affinities[e]! / total),
    shared: Array.from({ length: s.nShared }, (_, i) => i),
  };
}

/**
 * Split text into simple tokens: words, numbers and punctuation; long words into pieces.
 * Chinese, written without spaces, goes in pieces of two characters (a last one alone), about
 * what real tokenisers give it (DeepSeek's gives one to three characters a token).
 */
export function tokenize(text: string, max = 64): string[] {
  const out: string[] = [];
  const re = /\p{Script=Han}+|[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;
  for (const m of text.matchAll(re)) {
    const w = m[0];
    if (/^\p{Script=Han}/u.test(w)) {
      const chars = [...w];
      for (let i = 0; i < chars.length && out.length < max; i += 2) out.push(chars.slice(i, i + 2).join(''));
    } else if (/^[\p{L}\p{M}]+$/u.test(w) && w.length > 8) {
      // Long words become sub-words of similar length, as real tokenisers often do.
      const chars = [...w];
      const n = Math.ceil(chars.length / 6);
      const size = Math.ceil(chars.length / n);
      for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
    } else out.push(w);
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}

export interface Spread {
  /** Tokens of the busiest expert divided by the fair share (batch x topK / nExperts). */
  maxOverMean: number;
  /** Standard deviation of the loads divided by their mean. */
  cv: number;
  /** Experts that got no token at all. */
  idle: number;
}

export function spreadOf(loads: readonly number[]): Spread {
  const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
  const variance = loads.reduce((a, b) => a + (b - mean) * (b - mean), 0) / loads.length;
  return {
    maxOverMean: mean > 0 ? Math.max(...loads) / mean : 0,
    cv: mean > 0 ? Math.sqrt(variance) / mean : 0,
    idle: loads.filter((l) => l === 0).length,
  };
}

export interface BalancingOptions {
  batches: number;
  batchSize: number;
  /** Distinct made-up tokens the batches are drawn from. */
  poolSize: number;
  /** Bias step per batch. DeepSeek used 0.001; an illustration needs a bigger one. */
  gamma: number;
  seed: number;
}

/** gamma is 10 times DeepSeek's 0.001, so the effect shows within a few dozen batches. */
export const DEFAULT_BALANCING: BalancingOptions = { batches: 30, batchSize: 2048, poolSize: 4096, gamma: 0.01, seed: 7 };

export interface BalancingRun {
  options: BalancingOptions;
  /** Tokens per expert in each batch, with the bias as it stood before that batch. */
  loads: number[][];
  /** Loads of the same batches routed with no bias at all (for comparison). */
  unbalancedLoads: number[][];
  spread: Spread[];
  unbalancedSpread: Spread[];
  /** The bias after the last batch. */
  bias: number[];
}

/**
 * Routes `batches` batches of `batchSize` made-up tokens, drawn (seeded) from a pool
 * of `poolSize` token vectors. Before each batch the bias is what the previous batches
 * left; after it, bias -= gamma x sign(load - fair share).
 */
export function simulateBalancing(router: Router, options: Partial<BalancingOptions> = {}): BalancingRun {
  const o = { ...DEFAULT_BALANCING, ...options };
  const s = router.settings;
  const n = s.nExperts;
  // Each pool token's affinities, and its route with no bias (computed once).
  const poolNext = rng(hashString('pool', o.seed ^ s.seed));
  const pool: Float64Array[] = [];
  const plainRoutes: Int32Array[] = [];
  const sc = scratchFor(s);
  for (let p = 0; p < o.poolSize; p++) {
    const v = randomVector(poolNext, s.vectorSize).map((x, i) => x + s.commonDirection * router.common[i]!);
    const aff = affinitiesInto(router, v, new Float64Array(n));
    pool.push(aff);
    choose(s, aff, sc);
    plainRoutes.push(Int32Array.from(sc.expertIdx));
  }
  const bias = new Float64Array(n);
  const scores = new Float64Array(n);
  const loads: number[][] = [];
  const unbalancedLoads: number[][] = [];
  const fair = (o.batchSize * s.topK) / n;
  const pick = rng(hashString('batches', o.seed ^ s.seed));
  for (let b = 0; b < o.batches; b++) {
    const load = new Int32Array(n);
    const plain = new Int32Array(n);
    for (let t = 0; t < o.batchSize; t++) {
      const p = Math.floor(pick() * o.poolSize);
      const aff = pool[p]!;
      for (let i = 0; i < n; i++) scores[i] = aff[i]! + bias[i]!;
      choose(s, scores, sc);
      const plainRoute = plainRoutes[p]!;
      for (let k = 0; k < s.topK; k++) {
        load[sc.expertIdx[k]!]!++;
        plain[plainRoute[k]!]!++;
      }
    }
    loads.push(Array.from(load));
    unbalancedLoads.push(Array.from(plain));
    for (let i = 0; i < n; i++) bias[i] = round6(bias[i]! - o.gamma * Math.sign(load[i]! - fair));
  }
  return { options: o, loads, unbalancedLoads, spread: loads.map(spreadOf), unbalancedSpread: unbalancedLoads.map(spreadOf), bias: Array.from(bias) };
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** What the moe-routing scene draws of a balancing run (small enough to ship as JSON). */
export interface BalancingSummary {
  batches: number;
  batchSize: number;
  gamma: number;
  /** Tokens per expert a perfectly even router would give: batchSize x topK / nExperts. */
  fairShare: number;
  firstLoads: number[];
  lastLoads: number[];
  /** Per batch, with the bias nudges. */
  spread: Spread[];
  /** Per batch, the same tokens routed with no bias. */
  unbalancedSpread: Spread[];
  /** Bias after the last batch, per expert. */
  finalBias: number[];
}

export function summariseBalancing(router: Router, run: BalancingRun): BalancingSummary {
  const round = (s: Spread): Spread => ({ maxOverMean: r4(s.maxOverMean), cv: r4(s.cv), idle: s.idle });
  return {
    batches: run.options.batches,
    batchSize: run.options.batchSize,
    gamma: run.options.gamma,
    fairShare: (run.options.batchSize * router.settings.topK) / router.settings.nExperts,
    firstLoads: run.loads[0] ?? [],
    lastLoads: run.loads[run.loads.length - 1] ?? [],
    spread: run.spread.map(round),
    unbalancedSpread: run.unbalancedSpread.map(round),
    finalBias: run.bias.map(r4),
  };
}

/**
 * The balancing step γ as the what-if controls offer it: 0 to 10 × the illustrative step, in
 * steps of 1 ×. A run takes a few hundred milliseconds even on a fast laptop (4,096 token
 * vectors, 30 batches of 2,048), far over the 100 ms an input may take on a slow phone, so the
 * runs are precomputed by `npm run data` (src/data/generated/balancing-gammas.json) at the
 * router's own top-k and groups, not simulated live.
 */
export const GAMMA_MULTIPLES = 10;
export function gammaAt(multiple: number, base = DEFAULT_BALANCING.gamma): number {
  return Number((base * multiple).toFixed(6));
}

/**
 * A balancing run stored compactly: what differs from the run at the illustrative γ. Batch 1
 * and the run without bias are the same at every γ (the bias starts at 0); the final bias is
 * a whole number of γ steps.
 */
export interface PackedBalancing {
  gamma: number;
  lastLoads: number[];
  /** Final bias ÷ γ, per expert (0 when γ is 0). */
  biasSteps: number[];
  maxOverMean: number[];
  cv: number[];
  idle: number[];
}

export function packBalancing(s: BalancingSummary): PackedBalancing {
  return {
    gamma: s.gamma,
    lastLoads: s.lastLoads,
    biasSteps: s.finalBias.map((b) => (s.gamma ? Math.round(b / s.gamma) : 0)),
    maxOverMean: s.spread.map((x) => x.maxOverMean),
    cv: s.spread.map((x) => x.cv),
    idle: s.spread.map((x) => x.idle),
  };
}

/** The summary a packed run stands for, completed from the run at the illustrative γ (`base`). */
export function unpackBalancing(base: BalancingSummary, p: PackedBalancing): BalancingSummary {
  return {
    ...base,
    gamma: p.gamma,
    lastLoads: p.lastLoads,
    spread: p.maxOverMean.map((m, i) => ({ maxOverMean: m, cv: p.cv[i]!, idle: p.idle[i]! })),
    finalBias: p.biasSteps.map((k) => r4(k * p.gamma) || 0),
  };
}
