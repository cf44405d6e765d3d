/**
 * Figures the claim check computes from typed-in facts (src/data/facts/claims.json
 * and release.json), so the arithmetic lives in one tested place:
 *  - what V3's final training run cost at the report's assumed rental price;
 *  - how many days of the full cluster V3's pre-training took (the "55 days");
 *  - how much cheaper R1's list price is than o1's, per token;
 *  - how much memory the weights alone take at 8 and 16 bits per parameter.
 * Browser-safe: the claim-check scene uses these too.
 */
import type { Fact } from '../schemas';
import claimFacts from '../facts/claims.json';
import releaseFacts from '../facts/release.json';

type Raw = Record<string, Fact>;
const typed: Raw = { ...(claimFacts as Raw), ...(releaseFacts as Raw) };

function num(id: string, from: Raw = typed): number {
  const f = from[id];
  if (!f || typeof f.value !== 'number')
    throw new Error(`src/data/derived/claims.ts: needs a numeric fact "${id}" in src/data/facts/claims.json or release.json.`);
  return f.value;
}

/** GPU-hours × dollars per GPU-hour. */
export function rentalCost(gpuHours: number, dollarsPerHour: number): number {
  return gpuHours * dollarsPerHour;
}

/** Wall-clock days if every GPU of the cluster works all the time. */
export function clusterDays(gpuHours: number, gpus: number): number {
  if (gpus <= 0) throw new Error('clusterDays: the cluster needs at least one GPU');
  return gpuHours / gpus / 24;
}

/** Fraction saved by paying `cheap` instead of `dear` (0.96 = 96% cheaper). */
export function saving(cheap: number, dear: number): number {
  if (dear <= 0) throw new Error('saving: the dearer price must be positive');
  return 1 - cheap / dear;
}

/** Gigabytes (10^9 bytes) for `billions` of parameters at `bits` each. */
export function weightsGB(billions: number, bits: number): number {
  return (billions * 1e9 * bits) / 8 / 1e9;
}

export function claimDerivedFacts(f: Raw = typed): Record<string, Fact> {
  const cost = rentalCost(num('claims.v3-gpu-hours', f), num('claims.v3-rate', f));
  return {
    'claims.v3-cost': {
      value: cost / 1e6,
      format: '.3f',
      prefix: '$',
      suffix: ' million',
      source: 'V3_REPORT',
      where: 'Table 1: 2,788K GPU-hours × the assumed $2 per GPU-hour (computed)',
    },
    'claims.v3-pretrain-days': {
      value: clusterDays(num('claims.v3-pretrain-gpu-hours', f), num('claims.v3-gpus', f)),
      format: '.1f',
      source: 'V3_REPORT',
      where: 'Table 1 and sec. 3.1: pre-training GPU-hours ÷ 2,048 GPUs ÷ 24 hours (computed)',
      note: 'Derived: DeepSeek never states a number of days; the report says less than two months.',
    },
    'claims.v3-total-days': {
      value: clusterDays(num('claims.v3-gpu-hours', f), num('claims.v3-gpus', f)),
      format: '.1f',
      source: 'V3_REPORT',
      where: 'Table 1 and sec. 3.1: all GPU-hours ÷ 2,048 GPUs ÷ 24 hours (computed)',
    },
    'claims.saving-output': {
      value: saving(num('claims.r1-out', f), num('claims.o1-out', f)),
      format: '.0%',
      source: 'DS_PRICING',
      where: 'deepseek-reasoner output price vs OpenAI o1 output price (O1_PRICE, secondary), per token (computed)',
    },
    'claims.saving-input': {
      value: saving(num('claims.r1-in-miss', f), num('claims.o1-in', f)),
      format: '.0%',
      source: 'DS_PRICING',
      where: 'deepseek-reasoner input price (cache miss) vs OpenAI o1 input price (O1_PRICE, secondary), per token (computed)',
    },
    'claims.price-ratio-output': {
      value: num('claims.o1-out', f) / num('claims.r1-out', f),
      format: '.0f',
      suffix: ' times',
      source: 'DS_PRICING',
      where: 'OpenAI o1 output price ÷ deepseek-reasoner output price (computed)',
    },
    'claims.fp8-weights': {
      value: weightsGB(num('release.params-total', f), 8),
      format: ',.0f',
      suffix: ' GB',
      source: 'V3_WEIGHTS',
      where: '671 billion parameters × 1 byte each (FP8 weights, README_WEIGHTS.md), weights only (computed)',
    },
    'claims.fp8-weights-hf': {
      value: weightsGB(num('release.params-hf', f), 8),
      format: ',.0f',
      suffix: ' GB',
      source: 'V3_README',
      where: '685 billion parameters (with the MTP module) × 1 byte each (computed)',
    },
    'claims.bf16-weights': {
      value: weightsGB(num('release.params-total', f), 16) / 1000,
      format: '.2f',
      suffix: ' TB',
      source: 'V3_README',
      where: '671 billion parameters × 2 bytes each (BF16, via fp8_cast_bf16.py), weights only (computed)',
    },
  };
}

const facts: Record<string, Fact> = claimDerivedFacts();
export default facts;
