/**
 * training: how DeepSeek-R1 learned. GRPO in one picture, R1-Zero's AIME score and
 * answer length (only the points the paper states, with the line between them drawn
 * dashed and labelled as drawn), R1-Zero's flaws, the four-stage pipeline that made
 * R1, and the distilled small models.
 *
 * Honesty rules for the curves: the paper shows the training curves only as figures.
 * We plot the stated start and end values as solid dots, join them with a dashed
 * straight line (never a smooth made-up curve), and say on the figure which is which.
 */
import { NARROW_BREAKPOINT, type Frame, type Mark, type Size, findStep } from '../contract';
import { header } from '../kit/chart';
import { stepTitle } from '../kit/title';
import { steps } from './steps';
import type { TrainingSceneData, TrainingText } from './shared';
import { stepsById } from './steps/index';

export function layout(data: TrainingSceneData, stepId: string, size: Size, text: TrainingText): Frame {
  const step = findStep('training', steps, stepId);
  const def = stepsById[step.id];
  const narrow = size.width < NARROW_BREAKPOINT;
  const W = size.width;
  const H = size.height;
  const h = def.headline(data, text);
  const head = header(h.title, narrow && h.narrowSub ? h.narrowSub : h.sub, W, narrow);
  const marks: Mark[] = [...head.marks, ...def.marks(data, W, H, narrow, head.bottom, text)];
  const title = stepTitle(text.t(`step.${step.id}.label`), h.title, text.t('title.colon'));
  return { width: W, height: H, title, description: def.describe(data, text), marks, table: def.table(data, text) };
}
