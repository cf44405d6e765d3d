/** Step "hardware": the same bars against common machines' memory, on one scale. */
import { weightsAt } from '../../../model/memory';
import { gb, int } from '../../kit/chart';
import { type MemoryStep, countWord, headed, weightsTable } from '../shared';
import { fullModelMarks } from '../full-bars';

export const step: MemoryStep = headed({
  headline(d, narrow) {
    const fp8 = weightsAt(d.full.paramsB, 'fp8');
    const server = d.hardware.reduce((a, h) => (h.memoryGB > a.memoryGB ? h : a), d.hardware[0]!);
    return {
      title: fp8 > server.memoryGB ? `Too big even for an ${server.short} server` : `It fits in one ${server.short} server`,
      sub: narrow
        ? 'Machines’ memory, on the same scale. The laptop is the thin line at the left.'
        : `The memory of ${countWord(d.hardware.length)} machines on the same scale. The laptop and the gaming card are the thin lines at the far left.`,
    };
  },
  marks: (d, W, H, narrow, top) => fullModelMarks(d, 'hardware', W, H, narrow, top),
  describe: (d) =>
    `The same bars (${d.precisions.map((p) => `${p.label} ${gb(weightsAt(d.full.paramsB, p.id))}`).join(', ')}) against machines' memory: ${d.hardware.map((h) => `${h.name} ${int(h.memoryGB)} GB`).join(', ')}.`,
  table: (d) => weightsTable(d, [d.full], true),
});
