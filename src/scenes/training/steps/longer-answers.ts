/** Step "longer-answers": the score and the answer length over the same training steps. */
import { percent } from '../../kit/numbers';
import type { TrainingStep } from '../shared';
import { curveMarks, curvesTable } from '../curves';

export const step: TrainingStep = {
  headline: (_d, text) => ({
    title: text.t('longer-answers.title'),
    sub: text.t('longer-answers.sub'),
  }),
  marks: (d, W, H, narrow, top, text) => curveMarks(d.training, 'longer-answers', W, H, narrow, top, text),
  describe(d, text) {
    const z = d.training.r1Zero;
    return text.t('longer-answers.describe', {
      start: percent(text, z.aimePass1Start.value),
      end: percent(text, z.aimePass1End.value),
      startLow: z.responseLengthStart.low,
      startHigh: z.responseLengthStart.high,
      endLow: z.responseLengthEnd.low,
      endHigh: z.responseLengthEnd.high,
    });
  },
  table: (d, text) => curvesTable(d, true, text),
};
