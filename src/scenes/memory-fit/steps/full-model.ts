/** Step "full-model": the full model's weights at BF16, FP8 and 4-bit. */
import { weightsAt } from '../../../model/memory';
import { gb } from '../../kit/chart';
import { countWords } from '../../kit/numbers';
import { type MemoryStep, commaList, formatName, headed, weightsTable } from '../shared';
import { fullModelMarks } from '../full-bars';

export const step: MemoryStep = headed({
  headline(d, narrow, text) {
    const fp8 = weightsAt(d.full.paramsB, 'fp8');
    return {
      title: text.t('full.title', { gb: gb(fp8) }),
      sub: text.t(narrow ? 'full.sub.narrow' : 'full.sub', { params: countWords(text, d.full.paramsB * 1e9) }),
    };
  },
  marks: (d, W, H, narrow, top, text) => fullModelMarks(d, 'full-model', W, H, narrow, top, text),
  describe: (d, text) =>
    text.t('full.describe', {
      params: countWords(text, d.full.paramsB * 1e9),
      formats: commaList(
        text,
        d.precisions.map((p) => `${formatName(text, p.id)} ${gb(weightsAt(d.full.paramsB, p.id))}`),
      ),
    }),
  table: (d, text) => weightsTable(d, [d.full], false, text),
});
