/**
 * R1-Zero's training curves, shared by the steps aime-rises, majority-vote and longer-answers:
 * the note, the legend and one or two panels, and the table of stated values.
 */
import type { DataTable, Mark } from '../contract';
import { px } from '../kit/format';
import type { Training } from '../../data/raw-training';
import { footnote } from '../kit/chart';
import { measure, smallType } from '../kit/text';
import type { TrainingSceneData, TrainingText } from './shared';
import { aimePanel } from './aime-panel';
import { lengthPanel } from './length-panel';

function legendMarks(y: number, W: number, narrow: boolean, withBand: boolean, text: TrainingText): Mark[] {
  const marks: Mark[] = [];
  marks.push({ kind: 'circle', key: 'legend:point', cx: 5, cy: px(y - 4), r: 4, className: 'tr-point' });
  const t1 = text.t(narrow || !withBand ? 'legend.stated' : 'legend.stated.lengths');
  marks.push({ kind: 'text', key: 'legend:point:text', x: 14, y: px(y), text: t1, className: 'legend-label', fontSize: smallType(narrow) });
  const x2 = narrow ? 0 : 14 + measure(t1, { size: smallType(narrow) }) + 24;
  const y2 = narrow ? y + 16 : y;
  marks.push({ kind: 'line', key: 'legend:interp', x1: px(x2), x2: px(x2 + 22), y1: px(y2 - 4), y2: px(y2 - 4), className: 'tr-interp' });
  marks.push({
    kind: 'text',
    key: 'legend:interp:text',
    x: px(x2 + 28),
    y: px(y2),
    text: text.t(narrow ? 'legend.interp.narrow' : 'legend.interp'),
    className: 'legend-label',
    fontSize: smallType(narrow),
  });
  return marks;
}

export function curveMarks(
  d: Training,
  stepId: 'aime-rises' | 'majority-vote' | 'longer-answers',
  W: number,
  H: number,
  narrow: boolean,
  top: number,
  text: TrainingText,
): Mark[] {
  const marks: Mark[] = [];
  const noteText = text.t(narrow ? 'curves.note.narrow' : 'curves.note', { steps: d.r1Zero.rlSteps.value });
  const note = footnote('curve:note', noteText, W, H);
  marks.push(...note.marks);
  const legendH = narrow ? 32 : 18;
  const legendY = note.top - legendH + (narrow ? 4 : 10);
  marks.push(...legendMarks(legendY, W, narrow, stepId === 'longer-answers', text));
  const bottom = legendY - 14;
  if (stepId === 'longer-answers') {
    const gap = 12;
    const h = (bottom - top - gap) / 2;
    marks.push(...aimePanel(d, { x: 0, y: top, w: W, h }, { narrow, compact: true, showVote: true }, text));
    marks.push(...lengthPanel(d, { x: 0, y: top + h + gap, w: W, h }, narrow, text));
  } else {
    marks.push(...aimePanel(d, { x: 0, y: top, w: W, h: bottom - top }, { narrow, compact: false, showVote: stepId === 'majority-vote' }, text));
  }
  return marks;
}

/** The values the paper states for R1-Zero's curves; the answer lengths only once they are drawn. */
export function curvesTable(d: TrainingSceneData, withLengths: boolean, text: TrainingText): DataTable {
  const t = d.training;
  const z = t.r1Zero;
  const o1 = t.o1_0912.name;
  const rows: (string | number)[][] = [
    [text.t('curves.row.start'), z.aimePass1Start.value, '%', z.aimePass1Start.source, text.t('where.aimePass1Start')],
    [text.t('curves.row.end'), z.aimePass1End.value, '%', z.aimePass1End.source, text.t('where.aimePass1End')],
    [text.t('curves.row.vote'), z.aimeCons64End.value, '%', z.aimeCons64End.source, text.t('where.aimeCons64End', { votes: z.aimeCons64End.votes })],
    [text.t('curves.row.o1Pass', { o1 }), t.o1_0912.aimePass1.value, '%', t.o1_0912.aimePass1.source, text.t('where.o1.aimePass1')],
    [text.t('curves.row.o1Vote', { o1 }), t.o1_0912.aimeCons64.value, '%', t.o1_0912.aimeCons64.source, text.t('where.o1.aimeCons64')],
    [text.t('curves.row.steps'), z.rlSteps.value, text.t('unit.steps'), z.rlSteps.source, text.t('where.rlSteps')],
  ];
  if (withLengths) {
    rows.push([
      text.t('curves.row.lengthStart'),
      `${z.responseLengthStart.low}–${z.responseLengthStart.high}`,
      text.t('unit.tokens'),
      z.responseLengthStart.source,
      text.t('where.responseLengthStart'),
    ]);
    rows.push([
      text.t('curves.row.lengthEnd'),
      `${z.responseLengthEnd.low}–${z.responseLengthEnd.high}`,
      text.t('unit.tokens'),
      z.responseLengthEnd.source,
      text.t('where.responseLengthEnd'),
    ]);
  }
  return {
    caption: text.t('curves.caption'),
    columns: [text.t('table.what'), text.t('table.value'), text.t('table.unit'), text.t('table.source'), text.t('table.where')],
    rows,
  };
}
