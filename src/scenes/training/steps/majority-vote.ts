/** Step "majority-vote": adds the majority-vote score, above o1 by the same method. */
import { percent } from '../../kit/numbers';
import type { TrainingStep } from '../shared';
import { curveMarks, curvesTable } from '../curves';

export const step: TrainingStep = {
  headline(d, text) {
    const z = d.training.r1Zero;
    const o1 = d.training.o1_0912;
    const o1Short = o1.name.replace(/^OpenAI /, '');
    return {
      title: text.t('majority-vote.title', { o1: o1Short }),
      sub: text.t('majority-vote.sub', {
        votes: z.aimeCons64End.votes,
        vote: percent(text, z.aimeCons64End.value),
        o1: o1Short,
        o1Vote: percent(text, o1.aimeCons64.value),
      }),
    };
  },
  marks: (d, W, H, narrow, top, text) => curveMarks(d.training, 'majority-vote', W, H, narrow, top, text),
  describe(d, text) {
    const z = d.training.r1Zero;
    const o1 = d.training.o1_0912;
    return text.t('majority-vote.describe', {
      vote: percent(text, z.aimeCons64End.value),
      votes: z.aimeCons64End.votes,
      o1: o1.name,
      o1Vote: percent(text, o1.aimeCons64.value),
      end: percent(text, z.aimePass1End.value),
      o1End: percent(text, o1.aimePass1.value),
    });
  },
  table: (d, text) => curvesTable(d, false, text),
};
