/** Step "longer-answers": the score and the answer length over the same training steps. */
import { int, pct1 } from '../../kit/chart';
import type { TrainingStep } from '../shared';
import { curveMarks, curvesTable } from '../curves';

export const step: TrainingStep = {
  headline: () => ({
    title: 'It learned to think for longer',
    sub: 'Nobody asked for longer answers: they grew as the score rose, from hundreds to about ten thousand tokens.',
  }),
  marks: (d, W, H, narrow, top) => curveMarks(d.training, 'longer-answers', W, H, narrow, top),
  describe(d) {
    const z = d.training.r1Zero;
    return `Two panels over the same training steps: the AIME score (${pct1(z.aimePass1Start.value)} to ${pct1(z.aimePass1End.value)}) and the average answer length, which grew from about ${int(z.responseLengthStart.low)}–${int(z.responseLengthStart.high)} to about ${int(z.responseLengthEnd.low)}–${int(z.responseLengthEnd.high)} tokens (read by eye from the paper's figure).`;
  },
  table: (d) => curvesTable(d, true),
};
