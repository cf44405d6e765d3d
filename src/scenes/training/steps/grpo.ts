/** Step "grpo": how R1-Zero learns, GRPO in one picture (an illustrative group of four answers). */
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { linear } from '../../kit/linear';
import { footnote, lines } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import { fixed } from '../../kit/numbers';
import { ILLUSTRATIVE_GROUP } from '../steps';
import { type TrainingStep, type TrainingText, grpoScores, arrowHead, key } from '../shared';

/** An answer's letter: A, B… in English (甲, 乙… in Chinese). */
const answerId = (text: TrainingText, id: string) => text.t(key(`grpo.id.${id}`));

function grpoMarks(W: number, H: number, narrow: boolean, top: number, text: TrainingText): Mark[] {
  const marks: Mark[] = [];
  const group = grpoScores();
  const mean = group.reduce((s, a) => s + a.score, 0) / group.length;
  const qh = narrow ? 46 : 40;
  marks.push({ kind: 'rect', key: 'grpo:question', x: 0, y: px(top), width: px(W), height: qh, rx: 6, className: 'tr-box' });
  marks.push(
    ...lines('grpo:question:label', [text.t('grpo.question')], 12, top + (narrow ? 18 : 24), { className: 'tr-box-title', fontSize: 12, fontWeight: 700 }),
  );
  const qText = text.t(narrow ? 'grpo.question.text.narrow' : 'grpo.question.text');
  marks.push(...lines('grpo:question:text', [qText], narrow ? 12 : 84, top + (narrow ? 36 : 24), { className: 'tr-box-text', fontSize: 12 }));
  const arrowTop = top + qh + 4;
  const arrowBottom = arrowTop + 22;
  marks.push({ kind: 'line', key: 'grpo:arrow', x1: 18, x2: 18, y1: px(arrowTop), y2: px(arrowBottom - 5), className: 'tr-arrow' });
  marks.push(arrowHead('grpo:arrow:head', 18, arrowBottom, 'down'));
  marks.push(
    ...lines('grpo:arrow:label', [narrow ? text.t('grpo.arrow.narrow') : text.t('grpo.arrow', { count: ILLUSTRATIVE_GROUP.length })], 30, arrowTop + 15, {
      className: 'tr-annotation',
      fontSize: 12,
    }),
  );

  const note = footnote('grpo:note', narrow ? text.t('grpo.note.narrow', { count: ILLUSTRATIVE_GROUP.length }) : text.t('grpo.note'), W, H);
  marks.push(...note.marks);

  // Table of answers.
  const headY = arrowBottom + 20;
  const col = narrow
    ? { label: 0, right: 58, tags: 110, score: 156, zone0: 180, zone1: W - 4 }
    : { label: 0, right: 142, tags: 248, score: 326, zone0: 360, zone1: W - 8 };
  const heads: [string, number][] = narrow
    ? [
        [text.t('grpo.head.right.narrow'), col.right],
        [text.t('grpo.head.tags.narrow'), col.tags],
        [text.t('grpo.head.score'), col.score],
      ]
    : [
        [text.t('grpo.head.right'), col.right],
        [text.t('grpo.head.tags'), col.tags],
        [text.t('grpo.head.score'), col.score],
      ];
  heads.forEach(([t, x], i) => {
    marks.push({
      kind: 'text',
      key: `grpo:head:${i}`,
      x: px(x),
      y: px(headY),
      text: t,
      anchor: 'middle',
      className: 'tr-col-head',
      fontSize: smallType(narrow),
      fontWeight: 700,
    });
  });
  marks.push({
    kind: 'text',
    key: 'grpo:head:zone',
    x: px((col.zone0 + col.zone1) / 2),
    y: px(headY),
    text: text.t(narrow ? 'grpo.head.zone.narrow' : 'grpo.head.zone'),
    anchor: 'middle',
    className: 'tr-col-head',
    fontSize: smallType(narrow),
    fontWeight: 700,
  });
  const rowsTop = headY + 8;
  const rowsBottom = note.top - 40;
  // The rows take the height down to the note (up to 76 px on a wide box: at 50 the laptop’s box was left 100 px empty).
  const rowH = Math.min(narrow ? 52 : 76, (rowsBottom - rowsTop) / group.length);
  const maxAdv = Math.max(...group.map((a) => Math.abs(a.advantage)));
  const pad = narrow ? 34 : 46;
  const zx = linear([-maxAdv, maxAdv], [col.zone0 + pad, col.zone1 - pad]);
  group.forEach((a, i) => {
    const cy = rowsTop + rowH * i + rowH / 2;
    const key = `grpo:row:${a.id}`;
    if (i > 0)
      marks.push({ kind: 'line', key: `${key}:rule`, x1: 0, x2: px(W), y1: px(rowsTop + rowH * i), y2: px(rowsTop + rowH * i), className: 'grid-line' });
    marks.push({
      kind: 'text',
      key: `${key}:label`,
      x: col.label,
      y: px(cy),
      text: narrow ? answerId(text, a.id) : text.t('grpo.answer', { id: answerId(text, a.id) }),
      baseline: 'middle',
      className: 'tr-row-label',
      fontSize: narrow ? 13 : 12,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: `${key}:right`,
      x: col.right,
      y: px(cy),
      text: text.t(a.accurate ? 'grpo.yes' : 'grpo.no'),
      anchor: 'middle',
      baseline: 'middle',
      className: a.accurate ? 'tr-yes' : 'tr-no',
      fontSize: 12,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: `${key}:tags`,
      x: col.tags,
      y: px(cy),
      text: text.t(a.formatted ? 'grpo.yes' : 'grpo.no'),
      anchor: 'middle',
      baseline: 'middle',
      className: a.formatted ? 'tr-yes' : 'tr-no',
      fontSize: 12,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: `${key}:score`,
      x: col.score,
      y: px(cy),
      text: text.number(a.score),
      anchor: 'middle',
      baseline: 'middle',
      className: 'tr-score',
      fontSize: 14,
      fontWeight: 700,
    });
    const x0 = zx(0);
    const x1 = zx(a.advantage);
    const bh = Math.min(16, rowH * 0.42);
    marks.push({
      kind: 'rect',
      key: `${key}:bar`,
      x: px(Math.min(x0, x1)),
      y: px(cy - bh / 2),
      width: px(Math.abs(x1 - x0)),
      height: px(bh),
      rx: 2,
      className: a.advantage >= 0 ? 'tr-adv-up' : 'tr-adv-down',
    });
    const sign = a.advantage > 0 ? '+' : a.advantage < 0 ? '−' : '';
    const v = `${sign}${fixed(text, Math.abs(a.advantage), 2)}`;
    marks.push({
      kind: 'text',
      key: `${key}:adv`,
      x: px(a.advantage >= 0 ? x1 + 4 : x1 - 4),
      y: px(cy),
      text: v,
      anchor: a.advantage >= 0 ? 'start' : 'end',
      baseline: 'middle',
      className: 'value-label',
      fontSize: smallType(narrow),
    });
  });
  const ax = zx(0);
  const moreLabel = text.t(narrow ? 'grpo.more.narrow' : 'grpo.more');
  const rowsEnd = rowsTop + rowH * group.length;
  marks.push({ kind: 'line', key: 'grpo:mean', x1: px(ax), x2: px(ax), y1: px(rowsTop + 2), y2: px(rowsEnd + 4), className: 'tr-mean' });
  marks.push({
    kind: 'text',
    key: 'grpo:mean:label',
    x: px(ax),
    y: px(rowsEnd + 17),
    text: text.t('grpo.mean', { mean: fixed(text, mean, 2) }),
    anchor: 'middle',
    className: 'tr-annotation',
    fontSize: smallType(narrow),
  });
  marks.push({
    kind: 'text',
    key: 'grpo:less',
    x: px(ax - 6),
    y: px(rowsEnd + 32),
    text: text.t(narrow ? 'grpo.less.narrow' : 'grpo.less'),
    anchor: 'end',
    className: 'tr-down-label',
    fontSize: smallType(narrow),
    fontWeight: 700,
  });
  marks.push({
    kind: 'text',
    key: 'grpo:more',
    // Beside the mean line, or against the right edge where the box is narrower than the words (a 360 px phone).
    x: px(Math.min(ax + 6, W - measure(moreLabel, { size: smallType(narrow), weight: 700 }))),
    y: px(rowsEnd + 32),
    text: moreLabel,
    className: 'tr-up-label',
    fontSize: smallType(narrow),
    fontWeight: 700,
  });
  return marks;
}

export const step: TrainingStep = {
  headline: (_d, text) => ({
    title: text.t('grpo.title'),
    sub: text.t('grpo.sub'),
    narrowSub: text.t('grpo.sub.narrow'),
  }),
  marks: (_d, W, H, narrow, top, text) => grpoMarks(W, H, narrow, top, text),
  describe(_d, text) {
    const g = grpoScores();
    return text.t('grpo.describe', { count: g.length, mean: fixed(text, g.reduce((s, a) => s + a.score, 0) / g.length, 2) });
  },
  table: (_d, text) => ({
    caption: text.t('grpo.caption'),
    columns: [text.t('grpo.col.answer'), text.t('grpo.head.right'), text.t('grpo.col.tags'), text.t('grpo.head.score'), text.t('grpo.col.diff')],
    rows: grpoScores().map((a) => [
      text.t('grpo.answer', { id: answerId(text, a.id) }),
      text.t(a.accurate ? 'table.yes' : 'table.no'),
      text.t(a.formatted ? 'table.yes' : 'table.no'),
      a.score,
      Math.round(a.advantage * 100) / 100,
    ]),
  }),
};
