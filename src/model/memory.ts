/**
 * How much memory a model's weights take, and whether they fit a machine.
 * Memory = parameters x bytes per parameter; 1 billion parameters at 1 byte each
 * is 1 GB (10^9 bytes). Pure functions: the data files hold parameter counts,
 * formats and hardware sizes; the sums are done here.
 */

export type PrecisionId = 'bf16' | 'fp8' | 'int4';

/** Bytes per parameter of each number format, by definition of the format (bits / 8). */
export const BYTES_PER_PARAM: Record<PrecisionId, number> = {
  bf16: 2, // 16 bits
  fp8: 1, // 8 bits
  int4: 0.5, // 4 bits
};

/** Best quality first: when several formats fit, the first one that fits is the one to use. */
export const PRECISION_ORDER: readonly PrecisionId[] = ['bf16', 'fp8', 'int4'];

const GB = 1e9;
const GIB = 2 ** 30;

function assertParams(billions: number): void {
  if (!Number.isFinite(billions) || billions <= 0) throw new RangeError(`parameter count must be > 0 (billions), got ${billions}`);
}

/** Weights in GB (10^9 bytes) for `billions` of parameters at `bytesPerParam`. */
export function weightsGB(billions: number, bytesPerParam: number): number {
  assertParams(billions);
  if (!Number.isFinite(bytesPerParam) || bytesPerParam <= 0) throw new RangeError(`bytes per parameter must be > 0, got ${bytesPerParam}`);
  return (billions * 1e9 * bytesPerParam) / GB;
}

/** Weights in GB at a named precision. */
export function weightsAt(billions: number, precision: PrecisionId): number {
  return weightsGB(billions, BYTES_PER_PARAM[precision]);
}

/** GB (10^9 bytes) to GiB (2^30 bytes), the unit many operating systems show. */
export function gbToGiB(gb: number): number {
  return (gb * GB) / GIB;
}

/**
 * Add an allowance for what runs beside the weights (KV cache, activations, the
 * program itself). `share` is an assumption supplied by the caller (0.2 = +20%),
 * not a measured figure: real needs depend on context length, batch size and software.
 */
export function withAllowance(gb: number, share: number): number {
  if (!Number.isFinite(gb) || gb < 0) throw new RangeError(`memory must be >= 0, got ${gb}`);
  if (!Number.isFinite(share) || share < 0) throw new RangeError(`allowance share must be >= 0, got ${share}`);
  return gb * (1 + share);
}

/** Whether `needGB` fits in `capacityGB`. */
export function fits(needGB: number, capacityGB: number): boolean {
  return needGB <= capacityGB;
}

/** Memory of several identical devices together (an 8-GPU server). */
export function pooledGB(devices: number, perDeviceGB: number): number {
  if (!Number.isInteger(devices) || devices <= 0) throw new RangeError(`device count must be a positive integer, got ${devices}`);
  if (!Number.isFinite(perDeviceGB) || perDeviceGB <= 0) throw new RangeError(`memory per device must be > 0, got ${perDeviceGB}`);
  return devices * perDeviceGB;
}

/**
 * The best-quality precision whose weights plus allowance fit in `capacityGB`,
 * or null when even the smallest does not fit.
 */
export function bestFit(billions: number, capacityGB: number, allowanceShare: number): PrecisionId | null {
  for (const p of PRECISION_ORDER) {
    if (fits(withAllowance(weightsAt(billions, p), allowanceShare), capacityGB)) return p;
  }
  return null;
}

/** How many devices of `perDeviceGB` are needed to hold `needGB` (memory only; ignores how a model is split). */
export function devicesNeeded(needGB: number, perDeviceGB: number): number {
  if (!Number.isFinite(needGB) || needGB < 0) throw new RangeError(`memory must be >= 0, got ${needGB}`);
  if (!Number.isFinite(perDeviceGB) || perDeviceGB <= 0) throw new RangeError(`memory per device must be > 0, got ${perDeviceGB}`);
  return Math.ceil(needGB / perDeviceGB);
}

/* ------------------------------------------------------------------ KV cache */

/** The attention fields of the model's configuration that size its KV cache. */
export interface AttentionShape {
  n_layers: number;
  n_heads: number;
  kv_lora_rank: number;
  qk_nope_head_dim: number;
  qk_rope_head_dim: number;
  v_head_dim: number;
}

export type CacheKind = 'mla' | 'mha';

function assertCount(name: string, v: number): void {
  if (!Number.isInteger(v) || v <= 0) throw new RangeError(`${name} must be a positive whole number, got ${v}`);
}

/**
 * Numbers the KV cache keeps per token in one layer.
 * MLA (DeepSeek-V3 report, sec. 2.1.1): only the compressed latent (kv_lora_rank) and the
 * decoupled RoPE key (qk_rope_head_dim), shared by every head. An ordinary multi-head
 * cache of the same model keeps each head's key (nope + rope parts) and value.
 */
export function cacheValuesPerLayer(cfg: AttentionShape, kind: CacheKind): number {
  for (const k of ['n_heads', 'kv_lora_rank', 'qk_nope_head_dim', 'qk_rope_head_dim', 'v_head_dim'] as const) assertCount(k, cfg[k]);
  return kind === 'mla' ? cfg.kv_lora_rank + cfg.qk_rope_head_dim : cfg.n_heads * (cfg.qk_nope_head_dim + cfg.qk_rope_head_dim + cfg.v_head_dim);
}

/** Numbers the KV cache keeps per token, over every layer. */
export function cacheValuesPerToken(cfg: AttentionShape, kind: CacheKind): number {
  assertCount('n_layers', cfg.n_layers);
  return cfg.n_layers * cacheValuesPerLayer(cfg, kind);
}

/**
 * The KV cache in GB (10^9 bytes): numbers per token × tokens of context × sequences
 * served at once (batch) × bytes per number. Linear in context and in batch.
 */
export function kvCacheGB(valuesPerToken: number, contextTokens: number, batch: number, bytesPerValue: number): number {
  assertCount('values per token', valuesPerToken);
  assertCount('context length (tokens)', contextTokens);
  assertCount('batch', batch);
  if (!Number.isFinite(bytesPerValue) || bytesPerValue <= 0) throw new RangeError(`bytes per cached number must be > 0, got ${bytesPerValue}`);
  return (valuesPerToken * contextTokens * batch * bytesPerValue) / GB;
}
