/**
 * "What if a GPU-hour cost more, or less?": the cost figure's one control, the rental price
 * behind V3's $5.576M (2.788M H800 GPU-hours at an assumed $2) and R1's own ~$294K (priced
 * at $2 too). The GPU-hours stay the reported ones; dollars are src/model/cost.ts's.
 */
import { trainingCostData } from '../../data/raw-cost';
import { r1OwnTraining, totalGpuHours } from '../../model/cost';
import type { WhatIfSpec, WhatIfState } from '../kit/what-if';
import { formatNumber } from '../kit/format';
import type { CostSceneData } from './shared';

const run = trainingCostData;
const usd2 = (v: number) => `$${v.toFixed(2)}`;

export const costWhatIf: WhatIfSpec = {
  controls: [
    {
      key: 'rate',
      label: `Rental price of one H800 GPU-hour (the report assumes $${run.dollarsPerGpuHour.value})`,
      min: 0.5,
      max: 10,
      step: 0.25,
      decimals: 2,
      r1: run.dollarsPerGpuHour.value,
      show: usd2,
    },
  ],
};

/** The scene's data with both trainings priced at the state's rate. */
export function costDataFor(data: CostSceneData, state: WhatIfState): CostSceneData {
  const rate = state['rate']!;
  if (rate === run.dollarsPerGpuHour.value) return data;
  return {
    ...data,
    run: {
      ...data.run,
      dollarsPerGpuHour: { ...data.run.dollarsPerGpuHour, value: rate },
      r1OwnTraining: { ...data.run.r1OwnTraining, dollarsPerGpuHour: { ...data.run.r1OwnTraining.dollarsPerGpuHour, value: rate } },
    },
  };
}

/** R1's own training in dollars at the data's rate: the reported ~$294K at the reported $2, else computed. */
export function r1OwnDollars(d: CostSceneData): { dollars: number; reported: boolean } {
  const own = d.run.r1OwnTraining;
  if (own.dollarsPerGpuHour.value === run.r1OwnTraining.dollarsPerGpuHour.value) return { dollars: own.reportedCost.value, reported: true };
  const t = r1OwnTraining(
    own.gpu.count.value,
    own.runs.map((r) => r.hours.value),
    own.sftDataGpuHours.value,
    own.dollarsPerGpuHour.value,
  );
  return { dollars: t.dollars, reported: false };
}

const m3 = (v: number) => `$${(v / 1e6).toFixed(3)}M`;
// d3-format, not toLocaleString: that builds an Intl formatter per call, a long task at CPU ×4 while the slider moves.
const k = (v: number) => `$${formatNumber(Math.round(v / 1000))}K`;

/** The result in words, for the controls' live region. */
export function costSays(d: CostSceneData): string {
  const rate = d.run.dollarsPerGpuHour.value;
  const dollars = totalGpuHours(d.run.stages) * rate;
  const own = r1OwnDollars(d);
  const reported = rate === run.dollarsPerGpuHour.value;
  const head = reported
    ? `The reported figures, at the assumed $${run.dollarsPerGpuHour.value} per GPU-hour.`
    : `What if… — not the report’s $${run.dollarsPerGpuHour.value}: at ${usd2(rate)} per GPU-hour,`;
  return `${head} V3’s final run ${m3(dollars)}${reported ? '' : ` (reported: ${m3(totalGpuHours(run.stages) * run.dollarsPerGpuHour.value)})`}; R1’s own training about ${k(own.dollars)}${own.reported ? '' : ` (reported: about ${k(run.r1OwnTraining.reportedCost.value)})`}. Still left out: ${d.run.excluded
    .filter((e) => e.id !== 'r1-rl')
    .map((e) => `${e.label.charAt(0).toLowerCase()}${e.label.slice(1)}`)
    .join('; ')}.`;
}
