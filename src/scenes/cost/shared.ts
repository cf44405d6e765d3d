/**
 * What several steps of the cost figure share: its data, the per-step interface each file
 * in steps/ implements, and the run's figures and bills computed from the data.
 */
import { bill, clusterDays, gpuHoursToDollars, totalGpuHours, type Bill, type Usage } from '../../model/cost';
import { trainingCostData, type Pricing, type TrainingCost } from '../../data/raw-cost';
import type { DataTable, Mark } from '../contract';
import { int } from '../kit/chart';

export interface CostSceneData {
  run: TrainingCost;
  pricing: Pricing;
  /** The calculator's inputs; the bill step draws these. */
  usage: Usage;
}

export type PriceModel = Pricing['models'][number];

/** The rental price the V3 report assumes (and R1's own training is priced at). */
export const REPORTED_RATE = trainingCostData.dollarsPerGpuHour.value;
/** $2, $2.50, $0.75: a what-if price in cents when it has them. */
export const rateText = (rate: number) => (Number.isInteger(rate) ? `$${rate}` : `$${rate.toFixed(2)}`);

export function priceModel(p: Pricing, id: string): PriceModel {
  const m = p.models.find((x) => x.id === id);
  if (!m) throw new Error(`cost: no model "${id}" in src/data/pricing.json`);
  return m;
}

/** Everything the figure says about the V3 run, computed from the data. */
export function runFigures(run: TrainingCost) {
  const total = totalGpuHours(run.stages);
  const rate = run.dollarsPerGpuHour.value;
  const gpus = run.gpu.count.value;
  const stages = run.stages.map((s) => ({ ...s, dollars: gpuHoursToDollars(s.gpuHours, rate), days: clusterDays(s.gpuHours, gpus) }));
  return { total, dollars: gpuHoursToDollars(total, rate), days: clusterDays(total, gpus), stages, rate, gpus };
}

/** The two bills for the data's usage. */
export function bills(d: CostSceneData): { r1: Bill; o1: Bill } {
  return { r1: bill(priceModel(d.pricing, 'deepseek-r1'), d.usage), o1: bill(priceModel(d.pricing, 'o1'), d.usage) };
}

/** "2.788 million" style text for GPU-hours. */
export function hoursText(h: number, narrow: boolean): string {
  if (h >= 1e6) return narrow ? `${(h / 1e6).toFixed(3)}M` : `${(h / 1e6).toFixed(3)} million`;
  return narrow ? `${int(h / 1000)}K` : int(h);
}

export const STAGE_CLASS = ['co-seg-0', 'co-seg-1', 'co-seg-2'];

/** One step of the figure (a file in steps/): its headline, its marks below the headline, its words and table. */
export interface CostStep {
  headline(d: CostSceneData, narrow: boolean): { title: string; sub: string };
  marks(d: CostSceneData, W: number, H: number, narrow: boolean, top: number): Mark[];
  /** What the figure shows now, for screen readers. */
  describe(d: CostSceneData): string;
  table(d: CostSceneData): DataTable;
  /** The step draws dollars at the GPU-hour price: a reader's what-if price is flagged above its headline. */
  showsRate?: boolean;
}
