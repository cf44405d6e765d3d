/** Step "allowance": each bar extended by an illustrative allowance for working memory. */
import { weightsAt, withAllowance } from '../../../model/memory';
import { gb, int } from '../../kit/chart';
import { type MemoryStep, commaList, formatName, pctText, headed, machineName, weightsTable } from '../shared';
import { fullModelMarks } from '../full-bars';

export const step: MemoryStep = headed({
  headline: (d, narrow, text) => ({
    title: text.t('allowance.title'),
    sub: text.t(narrow ? 'allowance.sub.narrow' : 'allowance.sub', { pct: pctText(text, d.allowance) }),
  }),
  marks: (d, W, H, narrow, top, text) => fullModelMarks(d, 'allowance', W, H, narrow, top, text),
  describe: (d, text) =>
    text.t('allowance.describe', {
      pct: pctText(text, d.allowance),
      formats: commaList(
        text,
        d.precisions.map((p) => `${formatName(text, p.id)} ${gb(withAllowance(weightsAt(d.full.paramsB, p.id), d.allowance))}`),
      ),
      machines: commaList(
        text,
        d.hardware.map((h) => `${machineName(text, h.id)} ${int(h.memoryGB)} GB`),
      ),
    }),
  table: (d, text) => weightsTable(d, [d.full], true, text),
});
