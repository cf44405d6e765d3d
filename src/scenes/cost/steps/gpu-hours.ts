/** Step "gpu-hours": V3's final training run in H800 GPU-hours, stage by stage. */
import { int } from '../../kit/chart';
import { type CostStep, runFigures } from '../shared';
import { runMarks, runTable } from '../run';

export const step: CostStep = {
  headline(d, narrow) {
    const f = runFigures(d.run);
    return {
      title: `V3’s final run: ${(f.total / 1e6).toFixed(3)} million GPU-hours`,
      sub: narrow
        ? 'Computer time, stage by stage. R1 was built on top of DeepSeek-V3.'
        : 'The computer time DeepSeek-V3’s last training run used, stage by stage. R1 was built on top of V3.',
    };
  },
  marks: (d, W, H, narrow, top) => runMarks(d, 'gpu-hours', W, H, narrow, top),
  describe(d) {
    const f = runFigures(d.run);
    return `Bar chart of DeepSeek-V3's final training run in H800 GPU-hours: ${f.stages.map((x) => `${x.label.toLowerCase()} ${int(x.gpuHours)}`).join(', ')}; total ${int(f.total)}.`;
  },
  table: runTable,
};
