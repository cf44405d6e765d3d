/**
 * Cost figures for prose (<Fact id="cost.…" />), computed from
 * src/data/training-cost.json and src/data/pricing.json with src/model/cost.ts.
 * Sums, dollars, days and ratios are never typed: change a data value and every
 * sentence that cites it follows.
 */
import type { Fact } from '../schemas';
import { bill, clusterDays, gpuHoursToDollars, percentCheaper, r1OwnTraining, timesCheaper, totalGpuHours } from '../../model/cost';
import { pricingData as pricing, trainingCostData as run } from '../raw-cost';

const stage = (id: string) => {
  const s = run.stages.find((x) => x.id === id);
  if (!s) throw new Error(`src/data/derived/cost.ts: no stage "${id}" in src/data/training-cost.json`);
  return s;
};
const model = (id: string) => {
  const m = pricing.models.find((x) => x.id === id);
  if (!m) throw new Error(`src/data/derived/cost.ts: no model "${id}" in src/data/pricing.json`);
  return m;
};

const total = totalGpuHours(run.stages);
const rate = run.dollarsPerGpuHour.value;
const gpus = run.gpu.count.value;
const pre = stage('pretraining');
const r1 = model('deepseek-r1');
const o1 = model('o1');
const usage = {
  inputTokens: pricing.calculatorDefaults.inputTokens,
  outputTokens: pricing.calculatorDefaults.outputTokens,
  cacheHitShare: pricing.calculatorDefaults.cacheHitShare,
};
const T1 = 'Table 1';
const own = run.r1OwnTraining;
const ownHours = own.runs.map((r) => r.hours.value);
const ownRun = (id: string) => {
  const r = own.runs.find((x) => x.id === id);
  if (!r) throw new Error(`src/data/derived/cost.ts: no run "${id}" in src/data/training-cost.json r1OwnTraining.runs`);
  return r;
};
/** R1's own training with the GPU count the supplement gives, and with the 648 some reports give. */
export const r1Own = r1OwnTraining(own.gpu.count.value, ownHours, own.sftDataGpuHours.value, own.dollarsPerGpuHour.value);
export const r1Own648 = r1OwnTraining(own.gpu.countOtherReports.value, ownHours, own.sftDataGpuHours.value, own.dollarsPerGpuHour.value);
const NAT = own.source;
const SUPP = 'Supplementary Information, training-cost table (read via press reports)';

const facts: Record<string, Fact> = {
  'cost.gpu-hours-pretraining': { value: pre.gpuHours, format: ',', suffix: ' GPU-hours', source: 'V3_REPORT', where: T1 },
  'cost.gpu-hours-context': { value: stage('context-extension').gpuHours, format: ',', suffix: ' GPU-hours', source: 'V3_REPORT', where: T1 },
  'cost.gpu-hours-post': { value: stage('post-training').gpuHours, format: ',', suffix: ' GPU-hours', source: 'V3_REPORT', where: T1 },
  'cost.gpu-hours-total': {
    value: total / 1e6,
    format: '.3f',
    suffix: ' million GPU-hours',
    source: 'V3_REPORT',
    where: `${T1}; sum of the three stages, computed`,
  },
  'cost.dollars-total': {
    value: gpuHoursToDollars(total, rate) / 1e6,
    format: '.3f',
    prefix: '$',
    suffix: ' million',
    source: 'V3_REPORT',
    where: `${T1}; GPU-hours × the assumed $${rate}/hour, computed`,
  },
  'cost.dollars-pretraining': {
    value: gpuHoursToDollars(pre.gpuHours, rate) / 1e6,
    format: '.3f',
    prefix: '$',
    suffix: ' million',
    source: 'V3_REPORT',
    where: `${T1}, computed`,
  },
  'cost.price-per-gpu-hour': {
    value: rate,
    format: ',',
    prefix: '$',
    suffix: ' per GPU-hour',
    source: 'V3_REPORT',
    where: run.dollarsPerGpuHour.where,
    note: 'An assumed rental price, not an accounting cost.',
  },
  'cost.gpus': { value: gpus, format: ',', suffix: ` ${run.gpu.name} GPUs`, source: 'V3_REPORT', where: run.gpu.count.where },
  'cost.pretraining-tokens': {
    value: run.pretrainingTokensTrillions.value,
    format: '.1f',
    suffix: ' trillion tokens',
    source: 'V3_REPORT',
    where: run.pretrainingTokensTrillions.where,
  },
  'cost.pretraining-days': {
    value: clusterDays(pre.gpuHours, gpus),
    format: '.1f',
    suffix: ' days',
    source: 'V3_REPORT',
    where: `computed: pre-training GPU-hours ÷ ${gpus} GPUs ÷ 24`,
    note: 'Derived; DeepSeek itself says "less than two months".',
  },
  'cost.run-days': {
    value: clusterDays(total, gpus),
    format: '.1f',
    suffix: ' days',
    source: 'V3_REPORT',
    where: `computed: total GPU-hours ÷ ${gpus} GPUs ÷ 24`,
  },
  'cost.wall-time': {
    value: run.reportedWallTime.value,
    words: 'training-cost.json#reportedWallTime.value',
    source: 'V3_REPORT',
    where: run.reportedWallTime.where,
  },
  'cost.r1-own-cost': { value: own.reportedCost.value / 1000, format: ',.0f', prefix: 'about $', suffix: 'K', source: NAT, where: own.reportedCost.where },
  'cost.r1-gpus': { value: own.gpu.count.value, format: ',', suffix: ` ${own.gpu.name} GPUs`, source: NAT, where: own.gpu.count.where },
  'cost.r1-gpus-648': { value: own.gpu.countOtherReports.value, format: ',', suffix: ' GPUs', source: NAT, where: own.gpu.countOtherReports.where },
  'cost.r1-zero-rl-hours': {
    value: ownRun('r1-zero-rl').hours.value,
    format: ',',
    prefix: 'about ',
    suffix: ' hours',
    source: NAT,
    where: ownRun('r1-zero-rl').hours.where,
  },
  'cost.r1-rl-hours': { value: ownRun('r1-rl').hours.value, format: ',', prefix: 'about ', suffix: ' hours', source: NAT, where: ownRun('r1-rl').hours.where },
  'cost.r1-sft-gpu-hours': {
    value: own.sftDataGpuHours.value,
    format: ',',
    prefix: 'about ',
    suffix: ' GPU-hours',
    source: NAT,
    where: own.sftDataGpuHours.where,
  },
  'cost.r1-rate': { value: own.dollarsPerGpuHour.value, format: ',', prefix: '$', suffix: ' per GPU-hour', source: NAT, where: own.dollarsPerGpuHour.where },
  // Bare numbers, for writing the sum out: 512 × (198 + 80) + 5,000.
  'cost.r1-gpus-n': { value: own.gpu.count.value, format: ',', source: NAT, where: own.gpu.count.where },
  'cost.r1-zero-rl-h': { value: ownRun('r1-zero-rl').hours.value, format: ',', source: NAT, where: ownRun('r1-zero-rl').hours.where },
  'cost.r1-rl-h': { value: ownRun('r1-rl').hours.value, format: ',', source: NAT, where: ownRun('r1-rl').hours.where },
  'cost.r1-sft-gh': { value: own.sftDataGpuHours.value, format: ',', source: NAT, where: own.sftDataGpuHours.where },
  'cost.r1-own-gpu-hours': {
    value: r1Own.gpuHours,
    format: ',',
    suffix: ' GPU-hours',
    source: NAT,
    where: `${SUPP}; GPUs × (R1-Zero RL hours + R1 RL hours) + SFT-data GPU-hours, computed`,
  },
  'cost.r1-own-dollars': {
    value: r1Own.dollars / 1000,
    format: ',.1f',
    prefix: '$',
    suffix: 'K',
    source: NAT,
    where: `${SUPP}; the GPU-hours × $${own.dollarsPerGpuHour.value}, computed`,
  },
  'cost.r1-own-dollars-648': {
    value: r1Own648.dollars / 1000,
    format: ',.0f',
    prefix: '$',
    suffix: 'K',
    source: NAT,
    where: `${SUPP}; the same sum with ${own.gpu.countOtherReports.value} GPUs, computed`,
    note: 'Far from the reported total, so 648 does not fit.',
  },
  'cost.r1-price-cache-hit': { value: r1.inputCacheHit, format: '$.2f', source: r1.source, where: `${r1.dateLabel}; per million input tokens, cache hit` },
  'cost.r1-price-input': { value: r1.inputCacheMiss, format: '$.2f', source: r1.source, where: `${r1.dateLabel}; per million input tokens, cache miss` },
  'cost.r1-price-output': { value: r1.output, format: '$.2f', source: r1.source, where: `${r1.dateLabel}; per million output tokens` },
  'cost.o1-price-cached': { value: o1.inputCacheHit, format: '$.2f', source: o1.source, where: `${o1.dateLabel}; per million cached input tokens` },
  'cost.o1-price-input': { value: o1.inputCacheMiss, format: '$.2f', source: o1.source, where: `${o1.dateLabel}; per million input tokens` },
  'cost.o1-price-output': { value: o1.output, format: '$.2f', source: o1.source, where: `${o1.dateLabel}; per million output tokens` },
  'cost.input-percent-cheaper': {
    value: percentCheaper(r1.inputCacheMiss, o1.inputCacheMiss),
    format: '.0f',
    suffix: '%',
    source: 'O1_PRICE',
    where: 'computed from the two price lists (input, cache miss)',
  },
  'cost.output-percent-cheaper': {
    value: percentCheaper(r1.output, o1.output),
    format: '.0f',
    suffix: '%',
    source: 'O1_PRICE',
    where: 'computed from the two price lists (output)',
  },
  'cost.output-times-cheaper': {
    value: timesCheaper(r1.output, o1.output),
    format: '.0f',
    suffix: ' times',
    source: 'O1_PRICE',
    where: 'computed: o1 output price ÷ R1 output price',
  },
  'cost.default-input-tokens': {
    value: usage.inputTokens,
    format: ',',
    suffix: ' input tokens',
    source: 'DS_PRICING',
    where: 'the worked example of this site',
  },
  'cost.default-output-tokens': {
    value: usage.outputTokens,
    format: ',',
    suffix: ' output tokens',
    source: 'DS_PRICING',
    where: 'the worked example of this site',
  },
  'cost.default-bill-r1': {
    value: bill(r1, usage).total,
    format: '$.2f',
    source: r1.source,
    where: 'computed for the worked example at the launch list price',
  },
  'cost.default-bill-o1': {
    value: bill(o1, usage).total,
    format: '$.2f',
    source: o1.source,
    where: 'computed for the worked example at the quoted list price',
  },
};
export default facts;
