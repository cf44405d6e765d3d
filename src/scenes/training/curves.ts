/**
 * R1-Zero's training curves, shared by the steps aime-rises, majority-vote and longer-answers:
 * the note, the legend and one or two panels, and the table of stated values.
 */
import type { DataTable, Mark } from '../contract';
import { px } from '../kit/format';
import type { Training } from '../../data/raw-training';
import { footnote, int } from '../kit/chart';
import { measure, smallType } from '../kit/text';
import type { TrainingSceneData } from './shared';
import { aimePanel } from './aime-panel';
import { lengthPanel } from './length-panel';

function legendMarks(y: number, W: number, narrow: boolean, withBand: boolean): Mark[] {
  const marks: Mark[] = [];
  marks.push({ kind: 'circle', key: 'legend:point', cx: 5, cy: px(y - 4), r: 4, className: 'tr-point' });
  const t1 = narrow || !withBand ? 'stated in the paper' : 'stated in the paper (lengths: read by eye)';
  marks.push({ kind: 'text', key: 'legend:point:text', x: 14, y: px(y), text: t1, className: 'legend-label', fontSize: smallType(narrow) });
  const x2 = narrow ? 0 : 14 + measure(t1, { size: smallType(narrow) }) + 24;
  const y2 = narrow ? y + 16 : y;
  marks.push({ kind: 'line', key: 'legend:interp', x1: px(x2), x2: px(x2 + 22), y1: px(y2 - 4), y2: px(y2 - 4), className: 'tr-interp' });
  marks.push({
    kind: 'text',
    key: 'legend:interp:text',
    x: px(x2 + 28),
    y: px(y2),
    text: narrow ? 'interpolated (drawn between them)' : 'interpolated: a straight line drawn between them',
    className: 'legend-label',
    fontSize: smallType(narrow),
  });
  return marks;
}

export function curveMarks(d: Training, stepId: 'aime-rises' | 'majority-vote' | 'longer-answers', W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const noteText = narrow
    ? `The paper shows these curves only as pictures; we plot just the values it states. ≈${int(d.r1Zero.rlSteps.value)} steps is read from its figure.`
    : `The paper shows the full curves only as pictures. We plot just the values it states; the ≈${int(d.r1Zero.rlSteps.value)} steps (and the lengths) are read by eye from its charts.`;
  const note = footnote('curve:note', noteText, W, H);
  marks.push(...note.marks);
  const legendH = narrow ? 32 : 18;
  const legendY = note.top - legendH + (narrow ? 4 : 10);
  marks.push(...legendMarks(legendY, W, narrow, stepId === 'longer-answers'));
  const bottom = legendY - 14;
  if (stepId === 'longer-answers') {
    const gap = 12;
    const h = (bottom - top - gap) / 2;
    marks.push(...aimePanel(d, { x: 0, y: top, w: W, h }, { narrow, compact: true, showVote: true }));
    marks.push(...lengthPanel(d, { x: 0, y: top + h + gap, w: W, h }, narrow));
  } else {
    marks.push(...aimePanel(d, { x: 0, y: top, w: W, h: bottom - top }, { narrow, compact: false, showVote: stepId === 'majority-vote' }));
  }
  return marks;
}

/** The values the paper states for R1-Zero's curves; the answer lengths only once they are drawn. */
export function curvesTable(d: TrainingSceneData, withLengths: boolean): DataTable {
  const t = d.training;
  const z = t.r1Zero;
  const rows: (string | number)[][] = [
    ['DeepSeek-R1-Zero AIME 2024 pass@1, start of RL', z.aimePass1Start.value, '%', z.aimePass1Start.source, z.aimePass1Start.where],
    ['DeepSeek-R1-Zero AIME 2024 pass@1, end of RL', z.aimePass1End.value, '%', z.aimePass1End.source, z.aimePass1End.where],
    ['DeepSeek-R1-Zero AIME 2024 cons@64 (majority vote), end', z.aimeCons64End.value, '%', z.aimeCons64End.source, z.aimeCons64End.where],
    [`${t.o1_0912.name} AIME 2024 pass@1`, t.o1_0912.aimePass1.value, '%', t.o1_0912.aimePass1.source, t.o1_0912.aimePass1.where],
    [`${t.o1_0912.name} AIME 2024 cons@64`, t.o1_0912.aimeCons64.value, '%', t.o1_0912.aimeCons64.source, t.o1_0912.aimeCons64.where],
    ['RL steps at the end (approximate)', z.rlSteps.value, 'steps', z.rlSteps.source, z.rlSteps.where],
  ];
  if (withLengths) {
    rows.push([
      'Average answer length, start (read by eye)',
      `${z.responseLengthStart.low}–${z.responseLengthStart.high}`,
      'tokens',
      z.responseLengthStart.source,
      z.responseLengthStart.where,
    ]);
    rows.push([
      'Average answer length, end (read by eye)',
      `${z.responseLengthEnd.low}–${z.responseLengthEnd.high}`,
      'tokens',
      z.responseLengthEnd.source,
      z.responseLengthEnd.where,
    ]);
  }
  return {
    caption: 'DeepSeek-R1-Zero during reinforcement learning: the values the paper states',
    columns: ['What', 'Value', 'Unit', 'Source', 'Where'],
    rows,
  };
}
