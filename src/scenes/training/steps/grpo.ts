/** Step "grpo": how R1-Zero learns, GRPO in one picture (an illustrative group of four answers). */
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { linear } from '../../kit/linear';
import { footnote, lines } from '../../kit/chart';
import { smallType } from '../../kit/text';
import { ILLUSTRATIVE_GROUP } from '../steps';
import { type TrainingStep, grpoScores, arrowHead } from '../shared';

function grpoMarks(W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const group = grpoScores();
  const mean = group.reduce((s, a) => s + a.score, 0) / group.length;
  const qh = narrow ? 46 : 40;
  marks.push({ kind: 'rect', key: 'grpo:question', x: 0, y: px(top), width: px(W), height: qh, rx: 6, className: 'tr-box' });
  marks.push(...lines('grpo:question:label', ['Question'], 12, top + (narrow ? 18 : 24), { className: 'tr-box-title', fontSize: 12, fontWeight: 700 }));
  const qText = narrow ? 'A problem with a checkable answer (e.g. maths)' : 'One problem with an answer a program can check, e.g. a maths question';
  marks.push(...lines('grpo:question:text', [qText], narrow ? 12 : 84, top + (narrow ? 36 : 24), { className: 'tr-box-text', fontSize: 12 }));
  const arrowTop = top + qh + 4;
  const arrowBottom = arrowTop + 22;
  marks.push({ kind: 'line', key: 'grpo:arrow', x1: 18, x2: 18, y1: px(arrowTop), y2: px(arrowBottom - 5), className: 'tr-arrow' });
  marks.push(arrowHead('grpo:arrow:head', 18, arrowBottom, 'down'));
  marks.push(
    ...lines(
      'grpo:arrow:label',
      [narrow ? 'It writes a group of answers' : `The model writes a group of answers to it (here ${ILLUSTRATIVE_GROUP.length})`],
      30,
      arrowTop + 15,
      { className: 'tr-annotation', fontSize: 12 },
    ),
  );

  const note = footnote(
    'grpo:note',
    narrow
      ? `Illustrative: ${ILLUSTRATIVE_GROUP.length} made-up answers, one point per rule. The paper gives no group size or reward values in this form.`
      : "Illustrative: four made-up answers, one point per rule. The paper does not give R1-Zero's group size or reward values in this form; GRPO also divides each difference by the group's spread.",
    W,
    H,
  );
  marks.push(...note.marks);

  // Table of answers.
  const headY = arrowBottom + 20;
  const col = narrow
    ? { label: 0, right: 58, tags: 110, score: 156, zone0: 180, zone1: W - 4 }
    : { label: 0, right: 142, tags: 248, score: 326, zone0: 360, zone1: W - 8 };
  const heads: [string, number][] = narrow
    ? [
        ['Right?', col.right],
        ['Tags?', col.tags],
        ['Score', col.score],
      ]
    : [
        ['Right answer?', col.right],
        ['<think> tags?', col.tags],
        ['Score', col.score],
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
    text: narrow ? 'vs average' : 'Score minus the group average',
    anchor: 'middle',
    className: 'tr-col-head',
    fontSize: smallType(narrow),
    fontWeight: 700,
  });
  const rowsTop = headY + 8;
  const rowsBottom = note.top - 40;
  const rowH = Math.min(narrow ? 52 : 50, (rowsBottom - rowsTop) / group.length);
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
      text: narrow ? a.id.toUpperCase() : `Answer ${a.id.toUpperCase()}`,
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
      text: a.accurate ? '✓ yes' : '× no',
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
      text: a.formatted ? '✓ yes' : '× no',
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
      text: String(a.score),
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
    const v = `${sign}${Math.abs(a.advantage).toFixed(2)}`;
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
  const rowsEnd = rowsTop + rowH * group.length;
  marks.push({ kind: 'line', key: 'grpo:mean', x1: px(ax), x2: px(ax), y1: px(rowsTop + 2), y2: px(rowsEnd + 4), className: 'tr-mean' });
  marks.push({
    kind: 'text',
    key: 'grpo:mean:label',
    x: px(ax),
    y: px(rowsEnd + 17),
    text: `group average ${mean.toFixed(2)}`,
    anchor: 'middle',
    className: 'tr-annotation',
    fontSize: smallType(narrow),
  });
  marks.push({
    kind: 'text',
    key: 'grpo:less',
    x: px(ax - 6),
    y: px(rowsEnd + 32),
    text: narrow ? '← less likely' : '← made less likely',
    anchor: 'end',
    className: 'tr-down-label',
    fontSize: smallType(narrow),
    fontWeight: 700,
  });
  marks.push({
    kind: 'text',
    key: 'grpo:more',
    x: px(ax + 6),
    y: px(rowsEnd + 32),
    text: narrow ? 'more likely →' : 'made more likely →',
    className: 'tr-up-label',
    fontSize: smallType(narrow),
    fontWeight: 700,
  });
  return marks;
}

export const step: TrainingStep = {
  headline: () => ({
    title: 'Practise, score, compare',
    sub: 'R1-Zero learned by reinforcement learning with GRPO: answers that beat their group’s average are made more likely.',
    narrowSub: 'Answers that beat their group’s average are made more likely.',
  }),
  marks: (_d, W, H, narrow, top) => grpoMarks(W, H, narrow, top),
  describe() {
    const g = grpoScores();
    return `An illustrative GRPO group of ${g.length} answers to one question. Each gets a point for a right answer and a point for putting its reasoning in think tags; answers scoring above the group average (${(g.reduce((s, a) => s + a.score, 0) / g.length).toFixed(2)}) are made more likely, those below less likely.`;
  },
  table: () => ({
    caption: 'An illustrative GRPO group: four made-up answers, one point per rule',
    columns: ['Answer', 'Right answer?', 'In <think> tags?', 'Score', 'Score minus group average'],
    rows: grpoScores().map((a) => [
      `Answer ${a.id.toUpperCase()}`,
      a.accurate ? 'yes' : 'no',
      a.formatted ? 'yes' : 'no',
      a.score,
      Math.round(a.advantage * 100) / 100,
    ]),
  }),
};
