/** Step "majority-vote": adds the majority-vote score, above o1 by the same method. */
import { pct1 } from '../../kit/chart';
import type { TrainingStep } from '../shared';
import { curveMarks, curvesTable } from '../curves';

export const step: TrainingStep = {
  headline(d) {
    const z = d.training.r1Zero;
    const o1 = d.training.o1_0912;
    return {
      title: `With a vote, it beat ${o1.name.replace(/^OpenAI /, '')}`,
      sub: `Taking the most common answer of ${z.aimeCons64End.votes} tries lifts R1-Zero to ${pct1(z.aimeCons64End.value)}, above ${o1.name.replace(/^OpenAI /, '')}’s ${pct1(o1.aimeCons64.value)} by the same method.`,
    };
  },
  marks: (d, W, H, narrow, top) => curveMarks(d.training, 'majority-vote', W, H, narrow, top),
  describe(d) {
    const z = d.training.r1Zero;
    const o1 = d.training.o1_0912;
    return `Adds the majority-vote score at the end of training: ${pct1(z.aimeCons64End.value)} (most common answer of ${z.aimeCons64End.votes}), above ${o1.name}'s ${pct1(o1.aimeCons64.value)} by the same method. Pass@1: ${pct1(z.aimePass1End.value)} vs ${pct1(o1.aimePass1.value)}.`;
  },
  table: (d) => curvesTable(d, false),
};
