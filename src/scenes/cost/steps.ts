import type { SceneStep, StepIds } from '../contract';
import { pricingData as pricing, trainingCostData as run } from '../../data/raw-cost';
import { bill, clusterDays, gpuHoursToDollars, percentCheaper, r1OwnTraining, totalGpuHours } from '../../model/cost';

// Presenter notes are built from the data, like the figure: no figure is typed here. Their numbers
// are written in full (2,788,000, $5,576,000): each language writes them the same way.
const total = totalGpuHours(run.stages);
const rate = run.dollarsPerGpuHour.value;
const gpus = run.gpu.count.value;
const [pre, ext, post] = run.stages.map((s) => s.gpuHours);
const r1 = pricing.models.find((m) => m.id === 'deepseek-r1')!;
const o1 = pricing.models.find((m) => m.id === 'o1')!;
const usage = pricing.calculatorDefaults;
const own = run.r1OwnTraining;
const ownComputed = r1OwnTraining(
  own.gpu.count.value,
  own.runs.map((r) => r.hours.value),
  own.sftDataGpuHours.value,
  own.dollarsPerGpuHour.value,
);
/** Dollars with cents, as the same digits in every language: "0.14", "60.00". */
const cents = (v: number) => v.toFixed(2);

/** The numbers the presenter notes quote, by catalogue key (SceneModule.wordParams). */
export const stepNumbers = {
  'step.gpu-hours.notes': { pre: pre!, ext: ext!, post: post!, total },
  'step.dollars.notes': { rate, dollars: gpuHoursToDollars(total, rate) },
  'step.days.notes': { gpus, hours: pre!, days: Math.round(clusterDays(pre!, gpus) * 10) / 10 },
  'step.not-included.notes': {
    dollars: gpuHoursToDollars(total, rate),
    gpus: own.gpu.count.value,
    zeroHours: own.runs[0]!.hours.value,
    rlHours: own.runs[1]!.hours.value,
    sftHours: own.sftDataGpuHours.value,
    ownHours: ownComputed.gpuHours,
    rate: own.dollarsPerGpuHour.value,
    ownDollars: ownComputed.dollars,
    published: own.reportedCost.value,
  },
  'step.api-prices.notes': {
    r1Hit: cents(r1.inputCacheHit),
    r1Miss: cents(r1.inputCacheMiss),
    r1Out: cents(r1.output),
    o1Hit: cents(o1.inputCacheHit),
    o1Miss: cents(o1.inputCacheMiss),
    o1Out: cents(o1.output),
    pct: Math.round(percentCheaper(r1.output, o1.output)),
  },
  'step.bill.notes': {
    in: usage.inputTokens,
    out: usage.outputTokens,
    cache: Math.round(usage.cacheHitShare * 100),
    r1: cents(bill(r1, usage).total),
    o1: cents(bill(o1, usage).total),
  },
};

/** The step order; labels and presenter notes are `step.<id>.label` / `.notes` in messages/<locale>.json (numbers in `stepNumbers`). */
export const steps = [
  { id: 'gpu-hours' },
  { id: 'dollars' },
  { id: 'days' },
  { id: 'not-included' },
  { id: 'api-prices' },
  { id: 'bill' },
] as const satisfies readonly SceneStep[];

/** The cost figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
