/** Step "hardware": the same bars against common machines' memory, on one scale. */
import { weightsAt } from '../../../model/memory';
import { gb, int } from '../../kit/chart';
import { type MemoryStep, commaList, countWord, formatName, headed, machine, machineName, weightsTable } from '../shared';
import { fullModelMarks } from '../full-bars';

export const step: MemoryStep = headed({
  headline(d, narrow, text) {
    const fp8 = weightsAt(d.full.paramsB, 'fp8');
    const server = d.hardware.reduce((a, h) => (h.memoryGB > a.memoryGB ? h : a), d.hardware[0]!);
    return {
      title: text.t(fp8 > server.memoryGB ? 'hardware.title.over' : 'hardware.title.fits', { server: machine(text, server.id) }),
      sub: narrow ? text.t('hardware.sub.narrow') : text.t('hardware.sub', { count: countWord(text, d.hardware.length) }),
    };
  },
  marks: (d, W, H, narrow, top, text) => fullModelMarks(d, 'hardware', W, H, narrow, top, text),
  describe: (d, text) =>
    text.t('hardware.describe', {
      formats: commaList(
        text,
        d.precisions.map((p) => `${formatName(text, p.id)} ${gb(weightsAt(d.full.paramsB, p.id))}`),
      ),
      machines: commaList(
        text,
        d.hardware.map((h) => `${machineName(text, h.id)} ${int(h.memoryGB)} GB`),
      ),
    }),
  table: (d, text) => weightsTable(d, [d.full], true, text),
});
