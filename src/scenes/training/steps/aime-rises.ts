/** Step "aime-rises": R1-Zero's AIME score from the start to the end of RL, against o1. */
import { int, pct1 } from '../../kit/chart';
import type { TrainingStep } from '../shared';
import { curveMarks, curvesTable } from '../curves';

export const step: TrainingStep = {
  headline(d) {
    const z = d.training.r1Zero;
    const o1 = d.training.o1_0912;
    return {
      title: 'R1-Zero taught itself maths',
      sub: `Its AIME 2024 score went from ${pct1(z.aimePass1Start.value)} to ${pct1(z.aimePass1End.value)} through reinforcement learning alone, close to OpenAI’s ${o1.name.replace(/^OpenAI /, '')}.`,
    };
  },
  marks: (d, W, H, narrow, top) => curveMarks(d.training, 'aime-rises', W, H, narrow, top),
  describe(d) {
    const z = d.training.r1Zero;
    const o1 = d.training.o1_0912;
    return `Line chart: DeepSeek-R1-Zero's AIME 2024 pass@1 was ${pct1(z.aimePass1Start.value)} at the start of reinforcement learning and ${pct1(z.aimePass1End.value)} after about ${int(z.rlSteps.value)} steps. The dashed line between these two stated points is drawn, not measured. Reference: ${o1.name} ${pct1(o1.aimePass1.value)}.`;
  },
  table: (d) => curvesTable(d, false),
};
