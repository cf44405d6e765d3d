/**
 * The shared x axis of R1-Zero's two training curves (AIME score and answer length):
 * RL steps from 0 to the end of training.
 */
import type { Mark } from '../contract';
import { px } from '../kit/format';
import { linear } from '../kit/linear';
import type { Training } from '../../data/raw-training';
import { smallType } from '../kit/text';
import type { TrainingText } from './shared';

export interface PanelOpts {
  narrow: boolean;
  compact: boolean;
  showVote: boolean;
}

export const STEP_MAX = 9000;

export function xScale(d: Training, x0: number, x1: number) {
  return linear([0, Math.max(STEP_MAX, d.r1Zero.rlSteps.value)], [x0, x1]);
}

export function xAxisMarks(prefix: string, d: Training, x: (v: number) => number, y: number, narrow: boolean, showTitle: boolean, text: TrainingText): Mark[] {
  const end = d.r1Zero.rlSteps.value;
  const ticks = (narrow ? [0, 4000] : [0, 2000, 4000, 6000]).filter((t) => t < end - 1200);
  const marks: Mark[] = [];
  for (const t of ticks) {
    marks.push({ kind: 'line', key: `${prefix}:xtick:${t}`, x1: px(x(t)), x2: px(x(t)), y1: px(y), y2: px(y + 4), className: 'axis-line' });
    marks.push({
      kind: 'text',
      key: `${prefix}:xlabel:${t}`,
      x: px(x(t)),
      y: px(y + 15),
      text: text.number(t),
      anchor: 'middle',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  }
  marks.push({ kind: 'line', key: `${prefix}:xtick:end`, x1: px(x(end)), x2: px(x(end)), y1: px(y), y2: px(y + 4), className: 'axis-line' });
  marks.push({
    kind: 'text',
    key: `${prefix}:xlabel:end`,
    x: px(x(end)),
    y: px(y + 15),
    text: `≈${text.number(end)}`,
    anchor: 'middle',
    className: 'tick-label',
    fontSize: smallType(narrow),
  });
  if (showTitle)
    marks.push({
      kind: 'text',
      key: `${prefix}:xtitle`,
      x: px(x(0)),
      y: px(y + 30),
      text: text.t('axis.steps'),
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  return marks;
}
