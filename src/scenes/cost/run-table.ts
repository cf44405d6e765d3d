/** The data table under the steps gpu-hours, dollars and days: the same three stages, in all three units. */
import type { DataTable } from '../contract';
import { type CostSceneData, type CostText, price, runFigures, stageWord } from './shared';

/** The V3 run stage by stage, in hours, dollars and days (steps gpu-hours, dollars, days). */
export function runTable(d: CostSceneData, text: CostText): DataTable {
  const f = runFigures(d.run);
  return {
    caption: text.t('run.caption'),
    columns: [
      text.t('run.col.stage'),
      text.t('run.col.hours'),
      text.t('run.col.dollars', { rate: price(text, f.rate) }),
      text.t('run.col.days', { gpus: f.gpus }),
    ],
    rows: [
      ...f.stages.map((s) => [stageWord(text, s, 'label'), s.gpuHours, s.dollars, Math.round(s.days * 10) / 10] as (string | number)[]),
      [text.t('run.totalRow'), f.total, f.dollars, Math.round(f.days * 10) / 10],
    ],
  };
}
