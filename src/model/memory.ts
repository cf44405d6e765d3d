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
