/**
 * What R1 cost, in two senses: what the training run behind it used (GPU-hours and
 * the dollar figure DeepSeek put on them), and what a reader pays to use it (API
 * prices per million tokens). Pure functions, no data imports: the data files hold
 * the inputs, these functions do every sum, so no total is ever typed by hand.
 */

/** Anything with a GPU-hour count, e.g. a stage of the DeepSeek-V3 training run. */
export interface GpuHourItem {
  gpuHours: number;
}

function assertNonNegative(n: number, what: string): void {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`${what} must be a finite number >= 0, got ${n}`);
}

/** Sum of the GPU-hours of several stages. */
export function totalGpuHours(items: readonly GpuHourItem[]): number {
  return items.reduce((sum, item) => {
    assertNonNegative(item.gpuHours, 'gpuHours');
    return sum + item.gpuHours;
  }, 0);
}

/** GPU-hours priced at a rental rate in dollars per GPU-hour. */
export function gpuHoursToDollars(gpuHours: number, dollarsPerGpuHour: number): number {
  assertNonNegative(gpuHours, 'gpuHours');
  assertNonNegative(dollarsPerGpuHour, 'dollarsPerGpuHour');
  return gpuHours * dollarsPerGpuHour;
}

/** Days of wall-clock time if `gpus` GPUs all work together: GPU-hours / GPUs / 24. */
export function clusterDays(gpuHours: number, gpus: number): number {
  assertNonNegative(gpuHours, 'gpuHours');
  if (!Number.isFinite(gpus) || gpus <= 0) throw new RangeError(`gpus must be > 0, got ${gpus}`);
  return gpuHours / gpus / 24;
}

/**
 * R1's own training as the Nature paper's supplement prices it: every RL run used the
 * same GPUs for so many hours, plus GPU-hours to build the fine-tuning data.
 * 512 × (198 + 80) + 5,000 = 147,336 GPU-hours; at $2, $294,672.
 */
export function r1OwnTraining(
  gpus: number,
  runHours: readonly number[],
  sftDataGpuHours: number,
  dollarsPerGpuHour: number,
): { gpuHours: number; dollars: number } {
  if (!Number.isFinite(gpus) || gpus <= 0) throw new RangeError(`gpus must be > 0, got ${gpus}`);
  runHours.forEach((h) => assertNonNegative(h, 'run hours'));
  assertNonNegative(sftDataGpuHours, 'sftDataGpuHours');
  const gpuHours = gpus * runHours.reduce((a, h) => a + h, 0) + sftDataGpuHours;
  return { gpuHours, dollars: gpuHoursToDollars(gpuHours, dollarsPerGpuHour) };
}

/** a as a fraction of b (0.0367 = "3.67% of the price"). */
export function priceRatio(a: number, b: number): number {
  assertNonNegative(a, 'price a');
  if (!Number.isFinite(b) || b <= 0) throw new RangeError(`price b must be > 0, got ${b}`);
  return a / b;
}

/** How much cheaper a is than b, in percent (96.3 = "96.3% cheaper"). */
export function percentCheaper(a: number, b: number): number {
  return (1 - priceRatio(a, b)) * 100;
}

/** How many times a fits into b (27.3 = "27 times cheaper"). */
export function timesCheaper(a: number, b: number): number {
  if (!Number.isFinite(a) || a <= 0) throw new RangeError(`price a must be > 0, got ${a}`);
  assertNonNegative(b, 'price b');
  return b / a;
}

/** A price list in dollars per million tokens. */
export interface TokenPrices {
  /** Input tokens the provider has cached from an earlier request. */
  inputCacheHit: number;
  /** Input tokens read fresh. */
  inputCacheMiss: number;
  /** Output tokens: for reasoning models this includes the chain of thought. */
  output: number;
}

/** How much a reader sends and receives. */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  /** Share of the input tokens served from the cache, 0 to 1. */
  cacheHitShare: number;
}

export interface Bill {
  inputCacheHit: number;
  inputCacheMiss: number;
  output: number;
  total: number;
}

export const TOKENS_PER_PRICE_UNIT = 1_000_000;

export function checkUsage(usage: Usage): void {
  assertNonNegative(usage.inputTokens, 'inputTokens');
  assertNonNegative(usage.outputTokens, 'outputTokens');
  if (!Number.isFinite(usage.cacheHitShare) || usage.cacheHitShare < 0 || usage.cacheHitShare > 1) {
    throw new RangeError(`cacheHitShare must be between 0 and 1, got ${usage.cacheHitShare}`);
  }
}

/** The bill in dollars for some usage at a price list, split by kind of token. */
export function bill(prices: TokenPrices, usage: Usage): Bill {
  checkUsage(usage);
  const hitTokens = usage.inputTokens * usage.cacheHitShare;
  const missTokens = usage.inputTokens - hitTokens;
  const inputCacheHit = (hitTokens / TOKENS_PER_PRICE_UNIT) * prices.inputCacheHit;
  const inputCacheMiss = (missTokens / TOKENS_PER_PRICE_UNIT) * prices.inputCacheMiss;
  const output = (usage.outputTokens / TOKENS_PER_PRICE_UNIT) * prices.output;
  return { inputCacheHit, inputCacheMiss, output, total: inputCacheHit + inputCacheMiss + output };
}

/**
 * Clamp reader input to a usable Usage (the calculator's fields may be empty or out
 * of range while someone types): negative or non-numbers become 0, the share is
 * limited to 0..1, and token counts to at most `maxTokens`.
 */
export function sanitizeUsage(raw: { inputTokens: unknown; outputTokens: unknown; cacheHitShare: unknown }, maxTokens = 1e12): Usage {
  const num = (v: unknown) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) ? n : 0;
  };
  const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
  return {
    inputTokens: clamp(num(raw.inputTokens), 0, maxTokens),
    outputTokens: clamp(num(raw.outputTokens), 0, maxTokens),
    cacheHitShare: clamp(num(raw.cacheHitShare), 0, 1),
  };
}
