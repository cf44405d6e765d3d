/**
 * "What if a GPU-hour cost more, or less?": the cost figure's one control, the rental price
 * behind V3's $5.576M (2.788M H800 GPU-hours at an assumed $2) and R1's own ~$294K (priced
 * at $2 too). The GPU-hours stay the reported ones; dollars are src/model/cost.ts's.
 */
import { trainingCostData } from '../../data/raw-cost';
import { r1OwnTraining, totalGpuHours } from '../../model/cost';
import type { WhatIfSpec, WhatIfState } from '../kit/what-if';
import type { SceneText } from '../kit/messages';
import { type CostSceneData, type CostText, excludedWord, listOf, price, usdMillions, usdThousands } from './shared';

const run = trainingCostData;

export const costWhatIf: WhatIfSpec = {
  controls: [
    {
      key: 'rate',
      min: 0.5,
      max: 10,
      step: 0.25,
      decimals: 2,
      r1: run.dollarsPerGpuHour.value,
      show: (v, _state, text) => price(text, v, 2),
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

/** The result in words, for the controls' live region. */
export function costSays(d: CostSceneData, sceneText: SceneText): string {
  const text = sceneText as CostText;
  const rate = d.run.dollarsPerGpuHour.value;
  const own = r1OwnDollars(d);
  const params = {
    rate: price(text, rate, 2),
    v3: usdMillions(text, totalGpuHours(d.run.stages) * rate),
    r1: usdThousands(text, own.dollars),
    left: listOf(
      text,
      d.run.excluded.filter((e) => e.id !== 'r1-rl').map((e) => excludedWord(text, e, 'inList')),
      'list.semicolon',
    ),
  };
  if (rate === run.dollarsPerGpuHour.value) return text.t('says.reported', { ...params, rate: price(text, rate) });
  return text.t('says.whatIf', {
    ...params,
    reported: price(text, run.dollarsPerGpuHour.value),
    v3Reported: usdMillions(text, totalGpuHours(run.stages) * run.dollarsPerGpuHour.value),
    r1Reported: usdThousands(text, run.r1OwnTraining.reportedCost.value),
  });
}
