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
import { NARROW_BREAKPOINT, type DataTable, type Frame, type Mark, type Size } from '../contract';
import { px } from '../kit/format';
import { linear } from '../kit/linear';
import type { DistilledModels, Training } from '../../data/raw-training';
import { footnote, header, int, lines, paragraph, pct1, spread } from '../kit/chart';
import { measure, smallType } from '../kit/text';
import { nudges, placeAll } from '../kit/place';
import { ILLUSTRATIVE_GROUP, steps } from './steps';
import { stepTitle } from '../kit/title';

export interface TrainingSceneData {
  training: Training;
  distilled: DistilledModels;
  /** DeepSeek-R1's own AIME 2024 pass@1, the teacher the distilled models learned from. */
  teacher: { name: string; aimePass1: number; source: string };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** 600000 + 200000, computed from the data (never typed). */
export function totalSamples(t: Training): number {
  return t.samples.reasoning.value + t.samples.nonReasoning.value;
}

/** "600k" */
function k(n: number): string {
  return `${Math.round(n / 1000)}k`;
}

/** Score of an illustrative answer: 1 point per rule met. */
export function grpoScores(): { id: string; accurate: boolean; formatted: boolean; score: number; advantage: number }[] {
  const scored = ILLUSTRATIVE_GROUP.map((a) => ({ ...a, score: (a.accurate ? 1 : 0) + (a.formatted ? 1 : 0) }));
  const mean = scored.reduce((s, a) => s + a.score, 0) / scored.length;
  return scored.map((a) => ({ ...a, advantage: a.score - mean }));
}

function arrowHead(key: string, x: number, y: number, dir: 'right' | 'down', className = 'tr-arrow-head'): Mark {
  const s = 5;
  const d =
    dir === 'right'
      ? `M${px(x)},${px(y)} L${px(x - s * 1.6)},${px(y - s)} L${px(x - s * 1.6)},${px(y + s)} Z`
      : `M${px(x)},${px(y)} L${px(x - s)},${px(y - s * 1.6)} L${px(x + s)},${px(y - s * 1.6)} Z`;
  return { kind: 'path', key, d, className };
}

/* ------------------------------------------------------------------ GRPO */

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

/* ------------------------------------------------------------------ curves */

interface PanelOpts {
  narrow: boolean;
  compact: boolean;
  showVote: boolean;
}

const STEP_MAX = 9000;

function xScale(d: Training, x0: number, x1: number) {
  return linear([0, Math.max(STEP_MAX, d.r1Zero.rlSteps.value)], [x0, x1]);
}

function xAxisMarks(prefix: string, d: Training, x: (v: number) => number, y: number, narrow: boolean, showTitle: boolean): Mark[] {
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
      text: int(t),
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
    text: `≈${int(end)}`,
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
      text: 'training steps (reinforcement learning) →',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  return marks;
}

function aimePanel(d: Training, box: Box, o: PanelOpts): Mark[] {
  const z = d.r1Zero;
  const marks: Mark[] = [];
  const left = 40;
  const right = o.narrow ? 72 : 120;
  const titleH = 18;
  const axisH = o.compact ? 20 : 34;
  const x = xScale(d, box.x + left, box.x + box.w - right);
  const y = linear([0, 100], [box.y + box.h - axisH, box.y + titleH + 6]);
  marks.push({
    kind: 'text',
    key: 'aime:title',
    x: px(box.x),
    y: px(box.y + 12),
    text: o.narrow ? 'AIME 2024 score (pass@1)' : 'Maths: AIME 2024, % solved on the first try (pass@1)',
    className: 'tr-panel-title',
    fontSize: 12,
    fontWeight: 700,
  });
  const yTicks = o.compact ? [0, 50, 100] : [0, 25, 50, 75, 100];
  for (const t of [0, 25, 50, 75, 100]) {
    const shown = yTicks.includes(t);
    marks.push({
      kind: 'line',
      key: `aime:grid:${t}`,
      x1: px(x(0)),
      x2: px(x(STEP_MAX)),
      y1: px(y(t)),
      y2: px(y(t)),
      className: t === 0 ? 'axis-line' : 'grid-line',
      opacity: shown ? 1 : 0,
    });
    marks.push({
      kind: 'text',
      key: `aime:ylabel:${t}`,
      x: px(x(0) - 6),
      y: px(y(t)),
      text: `${t}%`,
      anchor: 'end',
      baseline: 'middle',
      className: 'tick-label',
      fontSize: smallType(o.narrow),
      opacity: shown ? 1 : 0,
    });
  }
  marks.push(...xAxisMarks('aime', d, x, y(0), o.narrow, !o.compact));

  // o1-0912 reference lines.
  const o1 = d.o1_0912;
  const plotRight = x(Math.max(STEP_MAX, z.rlSteps.value));
  const refX1 = plotRight;
  marks.push({
    kind: 'line',
    key: 'aime:o1:pass',
    x1: px(x(0)),
    x2: px(refX1),
    y1: px(y(o1.aimePass1.value)),
    y2: px(y(o1.aimePass1.value)),
    className: 'tr-ref',
  });
  const passLabel = o.narrow ? `o1-0912 ${pct1(o1.aimePass1.value)}` : `OpenAI o1-0912${o.showVote ? ', first try' : ''}: ${pct1(o1.aimePass1.value)}`;
  marks.push({
    kind: 'text',
    key: 'aime:o1:pass:label',
    x: px(x(0) + 4),
    y: px(y(o1.aimePass1.value) + 12),
    text: passLabel,
    className: 'tr-ref-label',
    fontSize: smallType(o.narrow),
  });
  if (o.showVote) {
    marks.push({
      kind: 'line',
      key: 'aime:o1:vote',
      x1: px(x(0)),
      x2: px(refX1),
      y1: px(y(o1.aimeCons64.value)),
      y2: px(y(o1.aimeCons64.value)),
      className: 'tr-ref tr-ref-vote',
    });
    const voteLabel = o.narrow ? `o1-0912 vote ${pct1(o1.aimeCons64.value)}` : `OpenAI o1-0912, majority vote: ${pct1(o1.aimeCons64.value)}`;
    marks.push({
      kind: 'text',
      key: 'aime:o1:vote:label',
      x: px(x(0) + 4),
      y: px(y(o1.aimeCons64.value) - 5),
      text: voteLabel,
      className: 'tr-ref-label',
      fontSize: smallType(o.narrow),
    });
  }

  // Stated points and the drawn line between them.
  const sx = x(0);
  const sy = y(z.aimePass1Start.value);
  const ex = x(z.rlSteps.value);
  const ey = y(z.aimePass1End.value);
  marks.push({ kind: 'line', key: 'aime:interp', x1: px(sx), y1: px(sy), x2: px(ex), y2: px(ey), className: 'tr-interp' });
  if (!o.compact) {
    const mx = (sx + ex) / 2;
    const my = (sy + ey) / 2;
    marks.push({
      kind: 'text',
      key: 'aime:interp:label',
      x: px(mx + 8),
      y: px(my + 16),
      text: o.narrow ? 'interpolated, not measured' : 'dashed = interpolated between the two, not measured',
      className: 'tr-interp-label',
      fontSize: smallType(o.narrow),
    });
  }
  marks.push({ kind: 'circle', key: 'aime:start', cx: px(sx), cy: px(sy), r: 4.5, className: 'tr-point' });
  marks.push({ kind: 'circle', key: 'aime:end', cx: px(ex), cy: px(ey), r: 4.5, className: 'tr-point' });
  // Below-right of the start dot: the dashed line leaves it upwards, so this side is clear.
  marks.push({
    kind: 'text',
    key: 'aime:start:label',
    x: px(sx + 9),
    y: px(Math.min(sy + 17, y(0) - 4)),
    text: o.narrow || o.compact ? pct1(z.aimePass1Start.value) : `${pct1(z.aimePass1Start.value)} at the start`,
    className: 'tr-point-label',
    fontSize: 12,
    fontWeight: 700,
  });

  // End labels on the right, kept apart.
  const items: { key: string; y: number; main: string; sub: string; cls: string }[] = [
    { key: 'aime:end:label', y: ey, main: pct1(z.aimePass1End.value), sub: 'pass@1', cls: 'tr-point-label' },
  ];
  if (o.showVote) {
    items.push({
      key: 'aime:vote:label',
      y: y(z.aimeCons64End.value),
      main: pct1(z.aimeCons64End.value),
      sub: o.narrow ? 'vote' : `majority of ${z.aimeCons64End.votes}`,
      cls: 'tr-vote-label',
    });
    marks.push({
      kind: 'line',
      key: 'aime:vote:stem',
      x1: px(ex),
      x2: px(ex),
      y1: px(ey - 5),
      y2: px(y(z.aimeCons64End.value) + 5),
      className: 'tr-vote-stem',
    });
    marks.push({ kind: 'circle', key: 'aime:vote', cx: px(ex), cy: px(y(z.aimeCons64End.value)), r: 5, className: 'tr-point-vote' });
  }
  const showSub = !o.compact;
  const gap = showSub ? 28 : 15;
  const ys = spread(
    items.map((i) => i.y),
    gap,
    box.y + titleH + 8,
    y(0) - 4,
  );
  items.forEach((it, i) => {
    const ly = ys[i]!;
    marks.push({
      kind: 'text',
      key: it.key,
      x: px(plotRight + 6),
      y: px(showSub ? ly - 1 : ly + 4),
      text: it.main,
      className: it.cls,
      fontSize: 13,
      fontWeight: 700,
    });
    if (showSub)
      marks.push({
        kind: 'text',
        key: `${it.key}:sub`,
        x: px(plotRight + 6),
        y: px(ly + 12),
        text: it.sub,
        className: 'tick-label',
        fontSize: smallType(o.narrow),
      });
  });
  return marks;
}

function lengthPanel(d: Training, box: Box, narrow: boolean): Mark[] {
  const z = d.r1Zero;
  const marks: Mark[] = [];
  const left = narrow ? 38 : 40;
  const right = narrow ? 72 : 120;
  const axisH = 34;
  const x = xScale(d, box.x + left, box.x + box.w - right);
  const y = linear([0, 12000], [box.y + box.h - axisH, box.y + 24]);
  marks.push({
    kind: 'text',
    key: 'len:title',
    x: px(box.x),
    y: px(box.y + 12),
    text: narrow ? 'Answer length (tokens, average)' : 'Length of its answers: average tokens per answer',
    className: 'tr-panel-title',
    fontSize: 12,
    fontWeight: 700,
  });
  for (const t of [0, 4000, 8000, 12000]) {
    marks.push({
      kind: 'line',
      key: `len:grid:${t}`,
      x1: px(x(0)),
      x2: px(x(STEP_MAX)),
      y1: px(y(t)),
      y2: px(y(t)),
      className: t === 0 ? 'axis-line' : 'grid-line',
    });
    marks.push({
      kind: 'text',
      key: `len:ylabel:${t}`,
      x: px(x(0) - 6),
      y: px(y(t)),
      text: t === 0 ? '0' : `${t / 1000}k`,
      anchor: 'end',
      baseline: 'middle',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  }
  marks.push(...xAxisMarks('len', d, x, y(0), narrow, true));
  const s = z.responseLengthStart;
  const e = z.responseLengthEnd;
  const sx = x(0);
  const ex = x(z.rlSteps.value);
  const band = `M${px(sx)},${px(y(s.high))} L${px(ex)},${px(y(e.high))} L${px(ex)},${px(y(e.low))} L${px(sx)},${px(y(s.low))} Z`;
  marks.push({ kind: 'path', key: 'len:band', d: band, className: 'tr-band' });
  marks.push({
    kind: 'line',
    key: 'len:interp',
    x1: px(sx),
    y1: px(y((s.low + s.high) / 2)),
    x2: px(ex),
    y2: px(y((e.low + e.high) / 2)),
    className: 'tr-interp',
  });
  // A stated range is drawn as a small bar (at least 3 px tall so it stays visible).
  const rangeRect = (key: string, cx: number, lo: number, hi: number): Mark => {
    const h = Math.max(3, y(lo) - y(hi));
    const mid = (y(lo) + y(hi)) / 2;
    return { kind: 'rect', key, x: px(cx - 4), y: px(mid - h / 2), width: 8, height: px(h), rx: 2, className: 'tr-range' };
  };
  marks.push(rangeRect('len:start', sx, s.low, s.high));
  marks.push(rangeRect('len:end', ex, e.low, e.high));
  // High enough above the start that the slowly rising dashed line passes under the text.
  marks.push({
    kind: 'text',
    key: 'len:start:label',
    x: px(sx + 6),
    y: px(y(s.high) - 22),
    text: `≈${int(s.low)}–${int(s.high)}`,
    className: 'tr-point-label',
    fontSize: 12,
    fontWeight: 700,
  });
  const lenRight = x(Math.max(STEP_MAX, z.rlSteps.value));
  marks.push({
    kind: 'text',
    key: 'len:end:label',
    x: px(lenRight + 6),
    y: px(y((e.low + e.high) / 2) - 1),
    text: narrow ? `≈${Math.round(e.low / 100) / 10}–${Math.round(e.high / 100) / 10}k` : `≈${int(e.low)}–${int(e.high)}`,
    className: 'tr-point-label',
    fontSize: narrow ? 12 : 13,
    fontWeight: 700,
  });
  marks.push({
    kind: 'text',
    key: 'len:end:sub',
    x: px(lenRight + 6),
    y: px(y((e.low + e.high) / 2) + 12),
    text: 'tokens',
    className: 'tick-label',
    fontSize: smallType(narrow),
  });
  // The start label rises until the shaded range of lengths clears it.
  return placeAll(marks, (m) => (m.key === 'len:start:label' ? nudges('dy', -2, -24) : undefined), { width: box.x + box.w, height: box.y + box.h });
}

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

function curveMarks(d: Training, stepId: string, W: number, H: number, narrow: boolean, top: number): Mark[] {
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

/* ------------------------------------------------------------------ pipeline */

function boxMarks(key: string, b: Box, title: string, sub: string | null, className: string, narrow: boolean): Mark[] {
  const marks: Mark[] = [{ kind: 'rect', key, x: px(b.x), y: px(b.y), width: px(b.w), height: px(b.h), rx: 6, className }];
  const cx = b.x + b.w / 2;
  if (sub) {
    marks.push({
      kind: 'text',
      key: `${key}:title`,
      x: px(cx),
      y: px(b.y + b.h / 2 - 7),
      text: title,
      anchor: 'middle',
      baseline: 'middle',
      className: `${className}-title`,
      fontSize: narrow ? 13 : 14,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: `${key}:sub`,
      x: px(cx),
      y: px(b.y + b.h / 2 + 10),
      text: sub,
      anchor: 'middle',
      baseline: 'middle',
      className: `${className}-sub`,
      fontSize: smallType(narrow),
    });
  } else {
    marks.push({
      kind: 'text',
      key: `${key}:title`,
      x: px(cx),
      y: px(b.y + b.h / 2),
      text: title,
      anchor: 'middle',
      baseline: 'middle',
      className: `${className}-title`,
      fontSize: narrow ? 13 : 14,
      fontWeight: 700,
    });
  }
  return marks;
}

function problemsMarks(d: Training, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const z = d.r1Zero;
  const marks: Mark[] = [];
  const bh = 48;
  let listTop: number;
  const zeroSub = `AIME ${pct1(z.aimePass1Start.value)} → ${pct1(z.aimePass1End.value)}`;
  if (narrow) {
    const v3: Box = { x: 0, y: top, w: W, h: bh };
    const zero: Box = { x: 0, y: top + bh + 46, w: W, h: bh };
    marks.push(...boxMarks('pipe:v3', v3, 'DeepSeek-V3-Base', 'the starting model', 'tr-node', narrow));
    marks.push({ kind: 'line', key: 'pipe:zero:arrow', x1: 24, x2: 24, y1: px(v3.y + bh + 2), y2: px(zero.y - 6), className: 'tr-arrow' });
    marks.push(arrowHead('pipe:zero:arrow:head', 24, zero.y - 1, 'down'));
    marks.push({
      kind: 'text',
      key: 'pipe:zero:arrow:label',
      x: 36,
      y: px(v3.y + bh + 19),
      text: 'RL only, no worked examples',
      className: 'tr-annotation',
      fontSize: 12,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: 'pipe:zero:arrow:sub',
      x: 36,
      y: px(v3.y + bh + 34),
      text: 'GRPO with rule-based rewards',
      className: 'tr-annotation',
      fontSize: smallType(narrow),
    });
    marks.push(...boxMarks('pipe:zero', zero, 'DeepSeek-R1-Zero', zeroSub, 'tr-node-zero', narrow));
    listTop = zero.y + bh + 26;
  } else {
    const bw = Math.min(210, W * 0.34);
    const v3: Box = { x: 0, y: top + 6, w: bw, h: bh };
    const zero: Box = { x: W - bw, y: top + 6, w: bw, h: bh };
    marks.push(...boxMarks('pipe:v3', v3, 'DeepSeek-V3-Base', 'the starting model', 'tr-node', narrow));
    marks.push({
      kind: 'line',
      key: 'pipe:zero:arrow',
      x1: px(v3.x + bw + 4),
      x2: px(zero.x - 8),
      y1: px(v3.y + bh / 2),
      y2: px(v3.y + bh / 2),
      className: 'tr-arrow',
    });
    marks.push(arrowHead('pipe:zero:arrow:head', zero.x - 2, v3.y + bh / 2, 'right'));
    marks.push({
      kind: 'text',
      key: 'pipe:zero:arrow:label',
      x: px(W / 2),
      y: px(v3.y + bh / 2 - 8),
      text: 'RL only, no worked examples',
      anchor: 'middle',
      className: 'tr-annotation',
      fontSize: 12,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: 'pipe:zero:arrow:sub',
      x: px(W / 2),
      y: px(v3.y + bh / 2 + 16),
      text: 'GRPO with rule-based rewards',
      anchor: 'middle',
      className: 'tr-annotation',
      fontSize: smallType(narrow),
    });
    marks.push(...boxMarks('pipe:zero', zero, 'DeepSeek-R1-Zero', zeroSub, 'tr-node-zero', narrow));
    listTop = top + bh + 44;
  }
  const rows: { key: string; good: boolean; label: string; detail: string }[] = [
    {
      key: 'good',
      good: true,
      label: 'Reasons well',
      detail: narrow ? 'long answers that check their own work' : 'writes long answers that stop, re-check and change course',
    },
    ...z.drawbacks.map((b) => ({
      key: b.id,
      good: false,
      label: b.label,
      detail:
        b.id === 'readability'
          ? narrow
            ? 'its thinking is hard to follow'
            : 'its thinking is hard for people to follow'
          : b.id === 'language-mixing'
            ? narrow
              ? 'switches language mid-answer'
              : 'switches between languages inside one answer'
            : narrow
              ? 'can loop (noted in the README)'
              : 'can get stuck in loops (noted in the R1 README)',
    })),
  ];
  const note = footnote(
    'pipe:note',
    narrow
      ? 'R1 paper (sec. 2.2.4) and README; the paper gives no numbers.'
      : 'Flaws as listed in the R1 paper (sec. 2.2.4) and the R1 README; the paper gives no numbers for them.',
    W,
    H,
  );
  marks.push(...note.marks);
  // Narrow: the rows close up (to 34 px, label over detail) when the note below needs the room.
  const rowH = narrow ? Math.max(34, Math.min(40, Math.floor((note.top - 4 - listTop) / rows.length))) : 32;
  rows.forEach((r, i) => {
    const y = listTop + i * rowH;
    marks.push({
      kind: 'text',
      key: `pipe:flaw:${r.key}:mark`,
      x: 0,
      y: px(y + 14),
      text: r.good ? '✓' : '×',
      className: r.good ? 'tr-yes' : 'tr-no',
      fontSize: 15,
      fontWeight: 700,
    });
    if (narrow) {
      marks.push({
        kind: 'text',
        key: `pipe:flaw:${r.key}:label`,
        x: 22,
        y: px(y + 14),
        text: r.label,
        className: 'tr-row-label',
        fontSize: 13,
        fontWeight: 700,
      });
      marks.push({ kind: 'text', key: `pipe:flaw:${r.key}:detail`, x: 22, y: px(y + 30), text: r.detail, className: 'chart-subtitle', fontSize: 12 });
    } else {
      marks.push({
        kind: 'text',
        key: `pipe:flaw:${r.key}:label`,
        x: 22,
        y: px(y + 14),
        text: r.label,
        className: 'tr-row-label',
        fontSize: 14,
        fontWeight: 700,
      });
      marks.push({ kind: 'text', key: `pipe:flaw:${r.key}:detail`, x: 172, y: px(y + 14), text: r.detail, className: 'chart-subtitle', fontSize: 13 });
    }
  });
  // The paper's "aha moment", quoted exactly, where there is room for it.
  const qTop = listTop + rows.length * rowH + (narrow ? 6 : 14);
  const qw = W - 16;
  const quote = paragraph('pipe:aha', `“${z.ahaQuote.value}”`, 14, qTop + 14, qw, {
    className: 'tr-quote',
    fontSize: narrow ? 13 : 15,
    fontWeight: 700,
    lineHeight: narrow ? 17 : 19,
  });
  const attr = paragraph(
    'pipe:aha:who',
    narrow
      ? 'R1-Zero mid-answer, partway through training (R1 paper, Table 3)'
      : 'An intermediate version of R1-Zero, in the middle of a maths answer (R1 paper, Table 3)',
    14,
    quote.bottom + 16,
    qw,
    { className: 'tr-annotation', fontSize: smallType(narrow), lineHeight: 14 },
  );
  const room = attr.bottom < note.top - 2 ? 1 : 0;
  marks.push({
    kind: 'rect',
    key: 'pipe:aha:rule',
    x: 0,
    y: px(Math.min(qTop, H)),
    width: 3,
    height: px(room ? attr.bottom - qTop + 2 : 0),
    className: 'tr-quote-rule',
    opacity: room,
  });
  for (const m of [...quote.marks, ...attr.marks]) marks.push({ ...m, opacity: room });
  return marks;
}

function stagesMarks(d: Training, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const colW = narrow ? W : Math.round(W * 0.64);
  const pillH = 28;
  const arrowGap = 14;
  const note = footnote(
    'pipe:note',
    narrow
      ? 'Stages from the R1 paper, sec. 2.3. ≈ = the paper says "about".'
      : `Stages from the R1 paper, sec. 2.3; sample counts are the paper's rounded "about" figures, and the ${k(totalSamples(d))} is their sum.`,
    W,
    H,
  );
  marks.push(...note.marks);
  const r1Y = note.top - pillH - 2;
  const cardsTop = top + pillH + arrowGap;
  const cardsBottom = r1Y - arrowGap;
  const n = d.stages.length;
  const cardH = (cardsBottom - cardsTop - (n - 1) * arrowGap) / n;
  const cx = colW / 2;
  marks.push(...boxMarks('pipe:v3', { x: 0, y: top, w: colW, h: pillH }, 'DeepSeek-V3-Base', null, 'tr-node', narrow));
  const total = totalSamples(d);
  // One line of detail under each card's title: all a phone has room for (the figure is pinned
  // in at most half the screen), and the same words at every width. The chapter's text has the rest.
  const texts: Record<string, [string, string]> = {
    'cold-start': ['Cold start', 'Tuned on thousands of long, readable solutions'],
    'reasoning-rl': ['Reasoning RL', "R1-Zero's RL, plus a reward for one language"],
    'rejection-sampling': [
      'New training set',
      `≈${k(d.samples.reasoning.value)} reasoning + ≈${k(d.samples.nonReasoning.value)} other answers, ${d.samples.epochs.value} epochs`,
    ],
    'rl-all': ['RL for everything', 'Rules and reward models judge every answer'],
  };
  const connector = (key: string, yTop: number) => {
    marks.push({ kind: 'line', key, x1: px(cx), x2: px(cx), y1: px(yTop + 1), y2: px(yTop + arrowGap - 5), className: 'tr-arrow' });
    marks.push(arrowHead(`${key}:head`, cx, yTop + arrowGap - 1, 'down'));
  };
  connector('pipe:arrow:0', top + pillH);
  d.stages.forEach((s, i) => {
    const y = cardsTop + i * (cardH + arrowGap);
    const key = `pipe:stage:${s.id}`;
    marks.push({ kind: 'rect', key, x: 0, y: px(y), width: px(colW), height: px(cardH), rx: 6, className: 'tr-card' });
    // The title and its line of detail (48 px) sit in the middle of a taller card.
    const c = y + Math.max(0, (cardH - 48) / 2);
    marks.push({ kind: 'circle', key: `${key}:badge`, cx: 16, cy: px(c + 16), r: 10, className: 'tr-badge' });
    marks.push({
      kind: 'text',
      key: `${key}:n`,
      x: 16,
      y: px(c + 16),
      text: String(i + 1),
      anchor: 'middle',
      baseline: 'middle',
      className: 'tr-badge-text',
      fontSize: 12,
      fontWeight: 700,
    });
    const [title, detail] = texts[s.id] ?? [s.label, s.detail];
    marks.push({
      kind: 'text',
      key: `${key}:title`,
      x: 34,
      y: px(c + 18),
      text: title,
      baseline: 'middle',
      className: 'tr-card-title',
      fontSize: 13,
      fontWeight: 700,
    });
    // Always present (stable keys across widths); hidden where it would collide with the title.
    const kindFits = !narrow && 34 + measure(title, { size: 13, weight: 700 }) + 12 + measure(s.kind, { size: smallType(narrow) }) < colW - 10;
    marks.push({
      kind: 'text',
      key: `${key}:kind`,
      x: px(colW - 10),
      y: px(c + 18),
      text: s.kind,
      anchor: 'end',
      baseline: 'middle',
      className: 'tr-card-kind',
      fontSize: smallType(narrow),
      opacity: kindFits ? 1 : 0,
    });
    const p = paragraph(`${key}:detail`, detail, 34, c + 38, colW - 42, {
      className: 'tr-card-text',
      fontSize: 12,
      lineHeight: narrow ? 14 : 15,
    });
    marks.push(...p.marks);
    if (i < n - 1) connector(`pipe:arrow:${i + 1}`, y + cardH);
  });
  connector(`pipe:arrow:${n}`, cardsBottom);
  marks.push(...boxMarks('pipe:r1', { x: 0, y: r1Y, w: colW, h: pillH }, 'DeepSeek-R1', null, 'tr-node-r1', narrow));

  if (!narrow) {
    // Side column: where R1-Zero fits in, and what the 800k set was also used for.
    const sx = colW + 18;
    const sw = W - sx;
    const stage1Y = cardsTop;
    const zero: Box = { x: sx, y: stage1Y, w: sw, h: 48 };
    marks.push(...boxMarks('pipe:zero', zero, 'DeepSeek-R1-Zero', 'the RL-only model', 'tr-node-zero', narrow));
    marks.push({ kind: 'line', key: 'pipe:zero:link', x1: px(sx - 2), x2: px(colW + 2), y1: px(stage1Y + 24), y2: px(stage1Y + 24), className: 'tr-link' });
    const p1 = paragraph('pipe:zero:note', 'Some of its readable answers became cold-start examples', sx, stage1Y + 48 + 16, sw, {
      className: 'tr-annotation',
      fontSize: smallType(narrow),
      lineHeight: 14,
    });
    marks.push(...p1.marks);
    const s3Y = cardsTop + 2 * (cardH + arrowGap);
    marks.push({
      kind: 'text',
      key: 'pipe:total',
      x: px(sx),
      y: px(s3Y + 24),
      text: `≈${k(total)}`,
      className: 'tr-big-number',
      fontSize: 26,
      fontWeight: 800,
    });
    const p2 = paragraph('pipe:total:note', `training samples, also used to teach the small distilled models`, sx, s3Y + 42, sw, {
      className: 'tr-annotation',
      fontSize: smallType(narrow),
      lineHeight: 14,
    });
    marks.push(...p2.marks);
    marks.push({ kind: 'line', key: 'pipe:total:link', x1: px(sx - 2), x2: px(colW + 2), y1: px(s3Y + 16), y2: px(s3Y + 16), className: 'tr-link' });
  }
  return marks;
}

/* ------------------------------------------------------------------ distillation */

function distillMarks(data: TrainingSceneData, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const { distilled, teacher } = data;
  const marks: Mark[] = [];
  const note = footnote(
    'dist:note',
    narrow
      ? 'Scores from the R1 paper, Table 5; R1 from Table 4. Sizes in billions of parameters.'
      : 'Scores from the R1 paper, Table 5 (R1 itself from Table 4). Sizes in billions of parameters, as in the model names.',
    W,
    H,
  );
  marks.push(...note.marks);
  const labelW = narrow ? 88 : 168;
  const valueW = narrow ? 40 : 50;
  const refRows = 2;
  const refTop = top;
  const plotTop = refTop + refRows * 15 + 6;
  const axisH = 20;
  const plotBottom = note.top - axisH;
  const x = linear([0, 100], [labelW, W - valueW]);
  const models = distilled.models;
  const band = (plotBottom - plotTop) / models.length;
  const barH = Math.min(20, band * 0.62);
  for (const t of [0, 25, 50, 75, 100]) {
    marks.push({
      kind: 'line',
      key: `dist:grid:${t}`,
      x1: px(x(t)),
      x2: px(x(t)),
      y1: px(plotTop),
      y2: px(plotBottom),
      className: t === 0 ? 'axis-line' : 'grid-line',
    });
    marks.push({
      kind: 'text',
      key: `dist:tick:${t}`,
      x: px(x(t)),
      y: px(plotBottom + 14),
      text: `${t}%`,
      anchor: 'middle',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  }
  const refs = [
    ...distilled.references.map((r) => ({ id: r.id, name: r.name, v: r.scores['aime-pass1']!, cls: r.id === 'o1-mini' ? 'tr-ref-o1' : 'tr-ref-other' })),
    { id: 'teacher', name: narrow ? 'R1' : `${teacher.name} (teacher)`, v: teacher.aimePass1, cls: 'tr-ref-r1' },
  ].map((r) => (narrow ? { ...r, name: r.name.replace(/^OpenAI /, '') } : r));
  refs.sort((a, b) => a.v - b.v);
  refs.forEach((r, i) => {
    const rx = x(r.v);
    // On a phone the highest score (R1's) takes the lower row: a line runs down from its label,
    // and the next label to its left, 12 px wide, would reach it in a row below.
    const row = (narrow ? refs.length - i : i) % refRows;
    const ly = refTop + 11 + row * 15;
    const label = `${r.name} ${pct1(r.v)}`;
    const w = measure(label, { size: smallType(narrow) });
    const anchor: 'start' | 'middle' | 'end' = rx - w / 2 < 0 ? 'start' : rx + w / 2 > W ? 'end' : 'middle';
    marks.push({ kind: 'line', key: `dist:ref:${r.id}`, x1: px(rx), x2: px(rx), y1: px(ly + 4), y2: px(plotBottom), className: `tr-ref-v ${r.cls}` });
    marks.push({
      kind: 'text',
      key: `dist:ref:${r.id}:label`,
      x: px(anchor === 'start' ? rx - 2 : anchor === 'end' ? rx + 2 : rx),
      y: px(ly),
      text: label,
      anchor,
      className: `tr-ref-label ${r.cls}`,
      fontSize: smallType(narrow),
    });
  });
  models.forEach((m, i) => {
    const cy = plotTop + band * i + band / 2;
    const v = m.scores['aime-pass1']!;
    const key = `dist:${m.id}`;
    if (narrow) {
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(labelW - 8),
        y: px(cy),
        text: m.short,
        anchor: 'end',
        baseline: 'middle',
        className: 'tr-row-label',
        fontSize: 12,
        fontWeight: 700,
      });
    } else {
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(labelW - 10),
        y: px(cy - 6),
        text: m.short,
        anchor: 'end',
        baseline: 'middle',
        className: 'tr-row-label',
        fontSize: 13,
        fontWeight: 700,
      });
      marks.push({
        kind: 'text',
        key: `${key}:base`,
        x: px(labelW - 10),
        y: px(cy + 9),
        text: `from ${m.baseModel}`,
        anchor: 'end',
        baseline: 'middle',
        className: 'tick-label',
        fontSize: smallType(narrow),
      });
    }
    marks.push({
      kind: 'rect',
      key: `${key}:bar`,
      x: px(x(0)),
      y: px(cy - barH / 2),
      width: px(x(v) - x(0)),
      height: px(barH),
      rx: 2,
      className: 'tr-bar-distill',
    });
    marks.push({
      kind: 'text',
      key: `${key}:value`,
      x: px(x(v) + 5),
      y: px(cy),
      text: pct1(v),
      baseline: 'middle',
      className: 'value-label tr-halo',
      fontSize: 12,
      fontWeight: 700,
    });
  });
  // A value the teacher's or o1-mini's line runs through moves right, past the line.
  return placeAll(marks, (m) => (m.key.startsWith('dist:') && m.key.endsWith(':value') ? nudges('dx', 2, 100) : undefined), { width: W, height: H });
}

function distillVsRlMarks(d: Training, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const t6 = d.distillVsRl;
  const [rl, dist] = t6.models as [Training['distillVsRl']['models'][number], Training['distillVsRl']['models'][number]];
  const note = footnote(
    'vs:note',
    narrow ? 'R1 paper, Table 6. % of problems solved (pass@1).' : `R1 paper, Table 6. ${rl.name}: ${rl.detail}. ${dist.name}: ${dist.detail}.`,
    W,
    H,
  );
  marks.push(...note.marks);
  // Legend.
  const legend: [string, string, string][] = [
    ['rl', 'tr-bar-rl', narrow ? 'RL on its own' : `${rl.short} (R1-Zero-Qwen-32B)`],
    ['dist', 'tr-bar-distill', narrow ? 'Learned from R1' : `${dist.short} (R1-Distill-Qwen-32B)`],
  ];
  let lx = 0;
  legend.forEach(([id, cls, text], i) => {
    const ly = narrow ? top + 6 + i * 17 : top + 6;
    const xx = narrow ? 0 : lx;
    marks.push({ kind: 'rect', key: `vs:legend:${id}`, x: px(xx), y: px(ly - 6), width: 12, height: 12, rx: 2, className: cls });
    marks.push({ kind: 'text', key: `vs:legend:${id}:text`, x: px(xx + 17), y: px(ly), text, baseline: 'middle', className: 'legend-label', fontSize: 12 });
    lx += 17 + measure(text, { size: 12 }) + 22;
  });
  const plotTop = top + (narrow ? 42 : 28);
  const axisH = 20;
  const plotBottom = note.top - axisH;
  const labelW = narrow ? 0 : 130;
  const diffW = narrow ? 44 : 70;
  const x = linear([0, 100], [labelW + (narrow ? 10 : 0), W - diffW - 34]);
  const groups = t6.metrics;
  const gh = (plotBottom - plotTop) / groups.length;
  const barH = Math.min(15, (gh - (narrow ? 22 : 12)) / 2);
  for (const t of [0, 25, 50, 75, 100]) {
    marks.push({
      kind: 'line',
      key: `vs:grid:${t}`,
      x1: px(x(t)),
      x2: px(x(t)),
      y1: px(plotTop),
      y2: px(plotBottom),
      className: t === 0 ? 'axis-line' : 'grid-line',
    });
    marks.push({
      kind: 'text',
      key: `vs:tick:${t}`,
      x: px(x(t)),
      y: px(plotBottom + 14),
      text: `${t}%`,
      anchor: 'middle',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  }
  groups.forEach((g, i) => {
    const y0 = plotTop + gh * i;
    const key = `vs:${g.id}`;
    const barsTop = narrow ? y0 + 20 : y0 + (gh - 2 * barH - 3) / 2;
    if (narrow) {
      // Right of the zero line, which runs up through the label row.
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(x(0) + 4),
        y: px(y0 + 12),
        text: `${g.label} (${g.metric})`,
        className: 'tr-row-label',
        fontSize: 12,
        fontWeight: 700,
      });
    } else {
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(labelW - 10),
        y: px(barsTop + barH - 6),
        text: g.label,
        anchor: 'end',
        baseline: 'middle',
        className: 'tr-row-label',
        fontSize: 13,
        fontWeight: 700,
      });
      marks.push({
        kind: 'text',
        key: `${key}:metric`,
        x: px(labelW - 10),
        y: px(barsTop + barH + 9),
        text: g.metric,
        anchor: 'end',
        baseline: 'middle',
        className: 'tick-label',
        fontSize: smallType(narrow),
      });
    }
    [rl, dist].forEach((m, j) => {
      const v = m.values[g.id]!;
      const by = barsTop + j * (barH + 3);
      marks.push({
        kind: 'rect',
        key: `${key}:bar:${m.id}`,
        x: px(x(0)),
        y: px(by),
        width: px(x(v) - x(0)),
        height: px(barH),
        rx: 2,
        className: j === 0 ? 'tr-bar-rl' : 'tr-bar-distill',
      });
      marks.push({
        kind: 'text',
        key: `${key}:value:${m.id}`,
        x: px(x(v) + 4),
        y: px(by + barH / 2),
        text: pct1(v),
        baseline: 'middle',
        className: 'value-label',
        fontSize: smallType(narrow),
        fontWeight: j === 1 ? 700 : 400,
      });
    });
    const diff = dist.values[g.id]! - rl.values[g.id]!;
    marks.push({
      kind: 'text',
      key: `${key}:diff`,
      x: px(W),
      y: px(barsTop + barH + 1),
      text: `${diff >= 0 ? '+' : '−'}${Math.abs(diff).toFixed(1)}${narrow ? '' : ' pts'}`,
      anchor: 'end',
      baseline: 'middle',
      className: 'tr-diff',
      fontSize: 13,
      fontWeight: 700,
    });
    if (i > 0) marks.push({ kind: 'line', key: `${key}:rule`, x1: 0, x2: px(W), y1: px(y0), y2: px(y0), className: 'grid-line' });
  });
  return marks;
}

/* ------------------------------------------------------------------ frames */

/** Headlines per step; every number in them is read from the data, so words and marks agree. */
function headlines(d: TrainingSceneData): Record<string, { title: string; sub: string; narrowSub?: string }> {
  const z = d.training.r1Zero;
  const o1 = d.training.o1_0912;
  const qwen = d.distilled.models.find((m) => m.id === d.training.distillVsRl.models[1]?.id);
  return {
    grpo: {
      title: 'Practise, score, compare',
      sub: 'R1-Zero learned by reinforcement learning with GRPO: answers that beat their group’s average are made more likely.',
      narrowSub: 'Answers that beat their group’s average are made more likely.',
    },
    'aime-rises': {
      title: 'R1-Zero taught itself maths',
      sub: `Its AIME 2024 score went from ${pct1(z.aimePass1Start.value)} to ${pct1(z.aimePass1End.value)} through reinforcement learning alone, close to OpenAI’s ${o1.name.replace(/^OpenAI /, '')}.`,
    },
    'majority-vote': {
      title: `With a vote, it beat ${o1.name.replace(/^OpenAI /, '')}`,
      sub: `Taking the most common answer of ${z.aimeCons64End.votes} tries lifts R1-Zero to ${pct1(z.aimeCons64End.value)}, above ${o1.name.replace(/^OpenAI /, '')}’s ${pct1(o1.aimeCons64.value)} by the same method.`,
    },
    'longer-answers': {
      title: 'It learned to think for longer',
      sub: 'Nobody asked for longer answers: they grew as the score rose, from hundreds to about ten thousand tokens.',
    },
    'r1-zero-problems': {
      title: 'Clever, but hard to read',
      sub: 'Reinforcement learning alone made a strong reasoner that people found difficult to use.',
    },
    'four-stages': {
      title: 'Four stages made DeepSeek-R1',
      sub: 'Two rounds of learning from examples and two of reinforcement learning. Stage 3 starts again from V3-Base.',
    },
    distillation: {
      title: 'Small models, taught by R1',
      sub: `AIME 2024, % solved on the first try. Each was fine-tuned only on the ≈${k(totalSamples(d.training))} examples curated with R1, with no RL of its own.`,
    },
    'distill-vs-rl': {
      title: 'For a small model, copying R1 beat RL',
      sub: `The same ${qwen ? `${qwen.paramsB}-billion-parameter ` : ''}Qwen model, trained two ways. Learning from R1’s examples wins on every test.`,
    },
  };
}

function headlineFor(d: TrainingSceneData, stepId: string, narrow: boolean): { title: string; sub: string } {
  const h = headlines(d)[stepId];
  if (!h) throw new Error(`training: no headline for step "${stepId}"`);
  return { title: h.title, sub: narrow && h.narrowSub ? h.narrowSub : h.sub };
}

/** "32B": the size of the Qwen model in the distillation-vs-RL comparison, from the distilled models' data. */
function qwenSize(d: TrainingSceneData): string {
  const m = d.distilled.models.find((x) => x.id === d.training.distillVsRl.models[1]?.id);
  if (!m) throw new Error('training: distillVsRl.models[1] is not one of the distilled models in src/data/distilled-models.json');
  return `${m.paramsB}B`;
}

function tableFor(d: TrainingSceneData, stepId: string): DataTable {
  const t = d.training;
  const z = t.r1Zero;
  switch (stepId) {
    case 'grpo':
      return {
        caption: 'An illustrative GRPO group: four made-up answers, one point per rule',
        columns: ['Answer', 'Right answer?', 'In <think> tags?', 'Score', 'Score minus group average'],
        rows: grpoScores().map((a) => [
          `Answer ${a.id.toUpperCase()}`,
          a.accurate ? 'yes' : 'no',
          a.formatted ? 'yes' : 'no',
          a.score,
          Math.round(a.advantage * 100) / 100,
        ]),
      };
    case 'aime-rises':
    case 'majority-vote':
    case 'longer-answers': {
      const rows: (string | number)[][] = [
        ['DeepSeek-R1-Zero AIME 2024 pass@1, start of RL', z.aimePass1Start.value, '%', z.aimePass1Start.source, z.aimePass1Start.where],
        ['DeepSeek-R1-Zero AIME 2024 pass@1, end of RL', z.aimePass1End.value, '%', z.aimePass1End.source, z.aimePass1End.where],
        ['DeepSeek-R1-Zero AIME 2024 cons@64 (majority vote), end', z.aimeCons64End.value, '%', z.aimeCons64End.source, z.aimeCons64End.where],
        [`${t.o1_0912.name} AIME 2024 pass@1`, t.o1_0912.aimePass1.value, '%', t.o1_0912.aimePass1.source, t.o1_0912.aimePass1.where],
        [`${t.o1_0912.name} AIME 2024 cons@64`, t.o1_0912.aimeCons64.value, '%', t.o1_0912.aimeCons64.source, t.o1_0912.aimeCons64.where],
        ['RL steps at the end (approximate)', z.rlSteps.value, 'steps', z.rlSteps.source, z.rlSteps.where],
      ];
      if (stepId === 'longer-answers') {
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
    case 'r1-zero-problems':
      return {
        caption: "DeepSeek-R1-Zero's drawbacks",
        columns: ['Drawback', 'In the source', 'Source', 'Where'],
        rows: z.drawbacks.map((b) => [b.label, b.detail, b.source, b.where]),
      };
    case 'four-stages':
      return {
        caption: 'The four stages that made DeepSeek-R1',
        columns: ['Stage', 'Name', 'Kind', 'What happens', 'Source', 'Where'],
        rows: [
          ...t.stages.map((s, i) => [i + 1, s.label, s.kind, s.detail, s.source, s.where] as (string | number)[]),
          ...([t.samples.reasoning, t.samples.nonReasoning, null, t.samples.epochs] as const).map((v, i) => {
            const name = ['Reasoning samples (approx.)', 'Other samples (approx.)', 'Total (sum)', 'Epochs of fine-tuning'][i]!;
            // These rows belong to the rejection-sampling stage; its number comes from the stage list.
            const stage = `${t.stages.findIndex((x) => x.id === 'rejection-sampling') + 1} (data)`;
            return v
              ? [stage, name, 'count', v.value, v.source, v.where]
              : [stage, name, 'count', totalSamples(t), t.samples.reasoning.source, 'computed: the sum of the two'];
          }),
        ],
      };
    case 'distillation': {
      const ref = d.distilled.references;
      return {
        caption: 'AIME 2024 pass@1 of the distilled models (R1 paper, Table 5)',
        columns: ['Model', 'Base model', 'Parameters (billions)', 'AIME 2024 pass@1 (%)'],
        rows: [
          ...d.distilled.models.map((m) => [m.name, m.baseModel, m.paramsB, m.scores['aime-pass1']!] as (string | number)[]),
          ...ref.map((r) => [r.name, 'reference', 'not stated', r.scores['aime-pass1']!] as (string | number)[]),
          [`${d.teacher.name} (teacher, R1 README / paper Table 4)`, 'DeepSeek-V3-Base', 671, d.teacher.aimePass1],
        ],
      };
    }
    case 'distill-vs-rl':
      return {
        caption: `Distillation vs reinforcement learning on the same ${qwenSize(d)} model (R1 paper, Table 6), % (pass@1)`,
        columns: ['Benchmark', ...t.distillVsRl.models.map((m) => m.name), 'Difference (points)'],
        rows: t.distillVsRl.metrics.map((g) => {
          const [a, b] = t.distillVsRl.models.map((m) => m.values[g.id]!) as [number, number];
          return [`${g.label} (${g.metric})`, a, b, Math.round((b - a) * 10) / 10];
        }),
      };
  }
  throw new Error(`training: no table for step "${stepId}"`);
}

function describe(d: TrainingSceneData, stepId: string): string {
  const t = d.training;
  const z = t.r1Zero;
  const o1 = t.o1_0912;
  switch (stepId) {
    case 'grpo': {
      const g = grpoScores();
      return `An illustrative GRPO group of ${g.length} answers to one question. Each gets a point for a right answer and a point for putting its reasoning in think tags; answers scoring above the group average (${(g.reduce((s, a) => s + a.score, 0) / g.length).toFixed(2)}) are made more likely, those below less likely.`;
    }
    case 'aime-rises':
      return `Line chart: DeepSeek-R1-Zero's AIME 2024 pass@1 was ${pct1(z.aimePass1Start.value)} at the start of reinforcement learning and ${pct1(z.aimePass1End.value)} after about ${int(z.rlSteps.value)} steps. The dashed line between these two stated points is drawn, not measured. Reference: ${o1.name} ${pct1(o1.aimePass1.value)}.`;
    case 'majority-vote':
      return `Adds the majority-vote score at the end of training: ${pct1(z.aimeCons64End.value)} (most common answer of ${z.aimeCons64End.votes}), above ${o1.name}'s ${pct1(o1.aimeCons64.value)} by the same method. Pass@1: ${pct1(z.aimePass1End.value)} vs ${pct1(o1.aimePass1.value)}.`;
    case 'longer-answers':
      return `Two panels over the same training steps: the AIME score (${pct1(z.aimePass1Start.value)} to ${pct1(z.aimePass1End.value)}) and the average answer length, which grew from about ${int(z.responseLengthStart.low)}–${int(z.responseLengthStart.high)} to about ${int(z.responseLengthEnd.low)}–${int(z.responseLengthEnd.high)} tokens (read by eye from the paper's figure).`;
    case 'r1-zero-problems':
      return `DeepSeek-V3-Base, trained with reinforcement learning only, became DeepSeek-R1-Zero: good at reasoning (AIME ${pct1(z.aimePass1Start.value)} to ${pct1(z.aimePass1End.value)}) but ${z.drawbacks.map((b) => b.label.toLowerCase()).join(', ')}.`;
    case 'four-stages':
      return `DeepSeek-R1's pipeline from DeepSeek-V3-Base: first ${t.stages[0]!.label} (${t.stages[0]!.kind}); second ${t.stages[1]!.label} with a language-consistency reward; third a new set of about ${int(totalSamples(t))} samples (about ${int(t.samples.reasoning.value)} reasoning answers sampled from the second stage's model, plus ${int(t.samples.nonReasoning.value)} other examples, partly reused from V3's fine-tuning data) on which V3-Base is fine-tuned for ${t.samples.epochs.value} epochs; fourth ${t.stages[3]!.label}.`;
    case 'distillation':
      return `Bar chart of AIME 2024 pass@1 for the six distilled models: ${d.distilled.models.map((m) => `${m.short} ${pct1(m.scores['aime-pass1']!)}`).join(', ')}. References: ${d.distilled.references.map((r) => `${r.name} ${pct1(r.scores['aime-pass1']!)}`).join(', ')}, ${d.teacher.name} ${pct1(d.teacher.aimePass1)}.`;
    case 'distill-vs-rl': {
      const [a, b] = t.distillVsRl.models as [Training['distillVsRl']['models'][number], Training['distillVsRl']['models'][number]];
      return `Grouped bars for the same ${qwenSize(d)} Qwen model: ${t.distillVsRl.metrics.map((g) => `${g.label} ${pct1(a.values[g.id]!)} with RL on its own vs ${pct1(b.values[g.id]!)} learning from R1`).join('; ')}.`;
    }
  }
  throw new Error(`training: no description for step "${stepId}"`);
}

export function layout(data: TrainingSceneData, stepId: string, size: Size): Frame {
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`training: unknown step "${stepId}"; steps are ${steps.map((s) => s.id).join(', ')}`);
  const narrow = size.width < NARROW_BREAKPOINT;
  const W = size.width;
  const H = size.height;
  const h = headlineFor(data, stepId, narrow);
  const head = header(h.title, h.sub, W, narrow);
  const top = head.bottom;
  const marks: Mark[] = [...head.marks];
  switch (stepId) {
    case 'grpo':
      marks.push(...grpoMarks(W, H, narrow, top));
      break;
    case 'aime-rises':
    case 'majority-vote':
    case 'longer-answers':
      marks.push(...curveMarks(data.training, stepId, W, H, narrow, top));
      break;
    case 'r1-zero-problems':
      marks.push(...problemsMarks(data.training, W, H, narrow, top));
      break;
    case 'four-stages':
      marks.push(...stagesMarks(data.training, W, H, narrow, top));
      break;
    case 'distillation':
      marks.push(...distillMarks(data, W, H, narrow, top));
      break;
    case 'distill-vs-rl':
      marks.push(...distillVsRlMarks(data.training, W, H, narrow, top));
      break;
  }
  return { width: W, height: H, title: stepTitle(step.label, h.title), description: describe(data, stepId), marks, table: tableFor(data, stepId) };
}
