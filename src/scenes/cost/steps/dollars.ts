/** Step "dollars": the same run priced at the assumed rent per GPU-hour (or a reader's what-if price). */
import { gpuHoursToDollars } from '../../../model/cost';
import { type CostStep, REPORTED_RATE, listOf, price, rateText, runFigures, stageWord, usdMillions } from '../shared';
import { runMarks } from '../run';
import { runTable } from '../run-table';

export const step: CostStep = {
  headline(d, _narrow, text) {
    const f = runFigures(d.run);
    return {
      title: text.t('dollars.title', { amount: usdMillions(text, f.dollars) }),
      sub:
        f.rate === REPORTED_RATE
          ? text.t('dollars.sub', { rate: price(text, f.rate) })
          : text.t('dollars.sub.whatIf', {
              rate: rateText(text, f.rate),
              reported: price(text, REPORTED_RATE),
              amount: usdMillions(text, gpuHoursToDollars(f.total, REPORTED_RATE)),
            }),
    };
  },
  marks: (d, W, H, narrow, top, text) => runMarks(d, 'dollars', W, H, narrow, top, text),
  describe(d, text) {
    const f = runFigures(d.run);
    return text.t('dollars.describe', {
      rate: price(text, f.rate),
      list: listOf(
        text,
        f.stages.map((x) => text.t('list.item', { name: stageWord(text, x, 'inList'), value: usdMillions(text, x.dollars) })),
      ),
      total: usdMillions(text, f.dollars),
    });
  },
  table: runTable,
  showsRate: true,
};
