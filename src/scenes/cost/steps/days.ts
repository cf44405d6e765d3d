/** Step "days": the run as days on the cluster, if every GPU worked each stage in turn. */
import { int } from '../../kit/chart';
import { type CostStep, runFigures } from '../shared';
import { runMarks, runTable } from '../run';

export const step: CostStep = {
  headline(d) {
    const f = runFigures(d.run);
    return {
      title: `About ${Math.round(f.stages[0]!.days)} days of pre-training`,
      sub: `That many GPU-hours keep ${int(f.gpus)} GPUs busy for ${f.stages[0]!.days.toFixed(1)} days; the whole run for ${f.days.toFixed(1)}.`,
    };
  },
  marks: (d, W, H, narrow, top) => runMarks(d, 'days', W, H, narrow, top),
  describe(d) {
    const f = runFigures(d.run);
    return `Timeline in days if all ${int(f.gpus)} GPUs worked on each stage in turn: ${f.stages.map((x) => `${x.label.toLowerCase()} ${x.days.toFixed(1)} days`).join(', ')}; whole run ${f.days.toFixed(1)} days.`;
  },
  table: runTable,
};
