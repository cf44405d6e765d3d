/** Step "days": the run as days on the cluster, if every GPU worked each stage in turn. */
import { type CostStep, listOf, runFigures, stageWord } from '../shared';
import { runMarks } from '../run';
import { runTable } from '../run-table';

export const step: CostStep = {
  headline(d, _narrow, text) {
    const f = runFigures(d.run);
    return {
      title: text.t('days.title', { days: Math.round(f.stages[0]!.days) }),
      sub: text.t('days.sub', { gpus: f.gpus, pre: f.stages[0]!.days.toFixed(1), run: f.days.toFixed(1) }),
    };
  },
  marks: (d, W, H, narrow, top, text) => runMarks(d, 'days', W, H, narrow, top, text),
  describe(d, text) {
    const f = runFigures(d.run);
    return text.t('days.describe', {
      gpus: f.gpus,
      list: listOf(
        text,
        f.stages.map((x) => text.t('list.item', { name: stageWord(text, x, 'inList'), value: text.t('days', { days: x.days.toFixed(1) }) })),
      ),
      run: f.days.toFixed(1),
    });
  },
  table: runTable,
};
