/** Step "full-model": the full model's weights at BF16, FP8 and 4-bit. */
import { weightsAt } from '../../../model/memory';
import { gb, int } from '../../kit/chart';
import { type MemoryStep, headed, weightsTable } from '../shared';
import { fullModelMarks } from '../full-bars';

export const step: MemoryStep = headed({
  headline(d, narrow) {
    const fp8 = weightsAt(d.full.paramsB, 'fp8');
    return {
      title: `The full R1 needs ${gb(fp8)} just for its weights`,
      sub: narrow
        ? `${int(d.full.paramsB)} billion numbers, stored at 2 bytes, 1 byte or ½ byte each.`
        : `${int(d.full.paramsB)} billion parameters, each stored in 2 bytes, 1 byte (as DeepSeek released them) or half a byte.`,
    };
  },
  marks: (d, W, H, narrow, top) => fullModelMarks(d, 'full-model', W, H, narrow, top),
  describe: (d) =>
    `Bars of the memory DeepSeek-R1's ${int(d.full.paramsB)} billion parameters take: ${d.precisions.map((p) => `${p.label} ${gb(weightsAt(d.full.paramsB, p.id))}`).join(', ')}.`,
  table: (d) => weightsTable(d, [d.full], false),
});
