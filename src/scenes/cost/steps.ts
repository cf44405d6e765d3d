import type { SceneStep, StepIds } from '../contract';
import { pricingData as pricing, trainingCostData as run } from '../../data/raw-cost';
import { bill, clusterDays, gpuHoursToDollars, percentCheaper, totalGpuHours } from '../../model/cost';
import costFacts from '../../data/derived/cost';
import { factText } from '../../data/format-fact';
import { int, usd, usdM } from '../kit/chart';
import { usageText } from './text';

// Presenter notes are built from the data, like the figure: no figure is typed here.
const fact = (id: string) => factText(costFacts, id, 'src/scenes/cost/steps.ts');
const K = (gpuHours: number) => `${int(gpuHours / 1000)}K`;
const total = totalGpuHours(run.stages);
const rate = run.dollarsPerGpuHour.value;
const gpus = run.gpu.count.value;
const pre = run.stages[0]!;
const r1 = pricing.models.find((m) => m.id === 'deepseek-r1')!;
const o1 = pricing.models.find((m) => m.id === 'o1')!;
const prices = (m: typeof r1) => `${usd(m.inputCacheHit)} / ${usd(m.inputCacheMiss)} / ${usd(m.output)}`;
const usage = pricing.calculatorDefaults;
const own = run.r1OwnTraining;

export const steps = [
  {
    id: 'gpu-hours',
    label: 'GPU-hours',
    notes: `DeepSeek-V3's final training run: ${run.stages.map((s) => K(s.gpuHours)).join(' + ')} = ${K(total)} H800 GPU-hours (sum computed).`,
  },
  {
    id: 'dollars',
    label: 'Dollars',
    notes: `At the report’s assumed $${rate} per GPU-hour: ${usdM(gpuHoursToDollars(total, rate))}. A rental price, not a bill.`,
  },
  {
    id: 'days',
    label: 'Days',
    notes: `Pre-training on ${int(gpus)} GPUs: ${K(pre.gpuHours)} / ${int(gpus)} / 24 = ${clusterDays(pre.gpuHours, gpus).toFixed(1)} days (computed); the report says "${run.reportedWallTime.value}".`,
  },
  {
    id: 'not-included',
    label: "What's left out",
    notes: `Not in the ${usdM(gpuHoursToDollars(total, rate))}: earlier research and experiments, hardware, staff, data, and R1's own training (R1-Zero RL, SFT data, R1 RL). DeepSeek priced that in the Nature paper's supplement, read via press reports: ${int(own.gpu.count.value)} GPUs × (${own.runs.map((r) => int(r.hours.value)).join(' + ')} hours) + ${int(own.sftDataGpuHours.value)} GPU-hours = ${fact('cost.r1-own-gpu-hours')}, at $${own.dollarsPerGpuHour.value} = ${fact('cost.r1-own-dollars')} (published: ${fact('cost.r1-own-cost')}).`,
  },
  {
    id: 'api-prices',
    label: 'Price per token',
    notes: `R1 at launch: ${prices(r1)} per million tokens; o1: ${prices(o1)} (secondary). About ${Math.round(percentCheaper(r1.output, o1.output))}% less per token.`,
  },
  {
    id: 'bill',
    label: 'A worked bill',
    notes: `${usageText(usage)}: R1 ${usd(bill(r1, usage).total)}, o1 ${usd(bill(o1, usage).total)} (computed). The calculator below lets readers change the numbers.`,
  },
] as const satisfies readonly SceneStep[];

/** The cost figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
