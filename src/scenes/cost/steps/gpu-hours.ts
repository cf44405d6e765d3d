/** Step "gpu-hours": V3's final training run in H800 GPU-hours, stage by stage. */
import { type CostStep, hoursText, listOf, runFigures, stageWord } from '../shared';
import { runMarks } from '../run';
import { runTable } from '../run-table';

export const step: CostStep = {
  headline(d, narrow, text) {
    const f = runFigures(d.run);
    return {
      title: text.t('hours.title', { hours: hoursText(text, f.total, false) }),
      sub: text.t(narrow ? 'hours.sub.narrow' : 'hours.sub'),
    };
  },
  marks: (d, W, H, narrow, top, text) => runMarks(d, 'gpu-hours', W, H, narrow, top, text),
  describe(d, text) {
    const f = runFigures(d.run);
    return text.t('hours.describe', {
      list: listOf(
        text,
        f.stages.map((x) => text.t('list.item', { name: stageWord(text, x, 'inList'), value: x.gpuHours })),
      ),
      total: f.total,
    });
  },
  table: runTable,
};
