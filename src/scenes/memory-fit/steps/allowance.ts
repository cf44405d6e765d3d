/** Step "allowance": each bar extended by an illustrative allowance for working memory. */
import { weightsAt, withAllowance } from '../../../model/memory';
import { gb, int } from '../../kit/chart';
import { type MemoryStep, pctText, headed, weightsTable } from '../shared';
import { fullModelMarks } from '../full-bars';

export const step: MemoryStep = headed({
  headline: (d, narrow) => ({
    title: 'Running it needs more than the weights',
    sub: narrow
      ? `Plus an illustrative ${pctText(d.allowance)} for the working memory.`
      : `Answering also needs working memory: here an illustrative ${pctText(d.allowance)} for the KV cache and the program.`,
  }),
  marks: (d, W, H, narrow, top) => fullModelMarks(d, 'allowance', W, H, narrow, top),
  describe: (d) =>
    `Each bar extended by an illustrative ${pctText(d.allowance)} for the KV cache and program: ${d.precisions.map((p) => `${p.label} ${gb(withAllowance(weightsAt(d.full.paramsB, p.id), d.allowance))}`).join(', ')}; machines: ${d.hardware.map((h) => `${h.name} ${int(h.memoryGB)} GB`).join(', ')}.`,
  table: (d) => weightsTable(d, [d.full], true),
});
