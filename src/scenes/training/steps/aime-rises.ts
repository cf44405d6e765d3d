/** Step "aime-rises": R1-Zero's AIME score from the start to the end of RL, against o1. */
import { percent } from '../../kit/numbers';
import type { TrainingStep } from '../shared';
import { curveMarks, curvesTable } from '../curves';

export const step: TrainingStep = {
  headline(d, text) {
    const z = d.training.r1Zero;
    const o1 = d.training.o1_0912;
    return {
      title: text.t('aime-rises.title'),
      sub: text.t('aime-rises.sub', {
        start: percent(text, z.aimePass1Start.value),
        end: percent(text, z.aimePass1End.value),
        o1: o1.name.replace(/^OpenAI /, ''),
      }),
    };
  },
  marks: (d, W, H, narrow, top, text) => curveMarks(d.training, 'aime-rises', W, H, narrow, top, text),
  describe(d, text) {
    const z = d.training.r1Zero;
    const o1 = d.training.o1_0912;
    return text.t('aime-rises.describe', {
      start: percent(text, z.aimePass1Start.value),
      end: percent(text, z.aimePass1End.value),
      steps: z.rlSteps.value,
      o1: o1.name,
      o1Score: percent(text, o1.aimePass1.value),
    });
  },
  table: (d, text) => curvesTable(d, false, text),
};
