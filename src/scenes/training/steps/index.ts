/**
 * The training figure's steps, one file each, keyed by step id: the order (and the labels and
 * presenter notes) live in ../steps.ts; a step missing here, or an id not in that order, fails `tsc`.
 */
import type { StepId } from '../steps';
import type { TrainingStep } from '../shared';
import { step as grpo } from './grpo';
import { step as aimeRises } from './aime-rises';
import { step as majorityVote } from './majority-vote';
import { step as longerAnswers } from './longer-answers';
import { step as r1ZeroProblems } from './r1-zero-problems';
import { step as fourStages } from './four-stages';
import { step as distillation } from './distillation';
import { step as distillVsRl } from './distill-vs-rl';

export const stepsById: Record<StepId, TrainingStep> = {
  grpo,
  'aime-rises': aimeRises,
  'majority-vote': majorityVote,
  'longer-answers': longerAnswers,
  'r1-zero-problems': r1ZeroProblems,
  'four-stages': fourStages,
  distillation,
  'distill-vs-rl': distillVsRl,
};
