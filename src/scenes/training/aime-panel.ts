/**
 * R1-Zero's AIME 2024 score during RL: the two stated points, the dashed line drawn
 * between them, and o1's scores for reference (steps aime-rises, majority-vote, longer-answers).
 */
import type { Mark } from '../contract';
import { px } from '../kit/format';
import { linear } from '../kit/linear';
import type { Training } from '../../data/raw-training';
import { spread } from '../kit/chart';
import { percent } from '../kit/numbers';
import { smallType } from '../kit/text';
import type { Box, TrainingText } from './shared';
import { type PanelOpts, STEP_MAX, xScale, xAxisMarks } from './curve-axis';

export function aimePanel(d: Training, box: Box, o: PanelOpts, text: TrainingText): Mark[] {
  const z = d.r1Zero;
  const pct1 = (v: number) => percent(text, v);
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
    text: text.t(o.narrow ? 'aime.title.narrow' : 'aime.title'),
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
  marks.push(...xAxisMarks('aime', d, x, y(0), o.narrow, !o.compact, text));

  // o1-0912 reference lines.
  const o1 = d.o1_0912;
  // "o1-0912" where space is short, "OpenAI o1-0912" elsewhere: both from the data's name.
  const o1Short = o1.name.replace(/^OpenAI /, '');
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
  const passLabel = o.narrow
    ? text.t('aime.o1Pass.narrow', { model: o1Short, score: pct1(o1.aimePass1.value) })
    : text.t(o.showVote ? 'aime.o1Pass.firstTry' : 'aime.o1Pass', { model: o1.name, score: pct1(o1.aimePass1.value) });
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
    const voteLabel = text.t(o.narrow ? 'aime.o1Vote.narrow' : 'aime.o1Vote', { model: o.narrow ? o1Short : o1.name, score: pct1(o1.aimeCons64.value) });
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
      text: text.t(o.narrow ? 'aime.interp.narrow' : 'aime.interp'),
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
    text: o.narrow || o.compact ? pct1(z.aimePass1Start.value) : text.t('aime.start', { score: pct1(z.aimePass1Start.value) }),
    className: 'tr-point-label',
    fontSize: 12,
    fontWeight: 700,
  });

  // End labels on the right, kept apart.
  const items: { key: string; y: number; main: string; sub: string; cls: string }[] = [
    { key: 'aime:end:label', y: ey, main: pct1(z.aimePass1End.value), sub: text.t('aime.end.sub'), cls: 'tr-point-label' },
  ];
  if (o.showVote) {
    items.push({
      key: 'aime:vote:label',
      y: y(z.aimeCons64End.value),
      main: pct1(z.aimeCons64End.value),
      sub: o.narrow ? text.t('aime.vote.sub.narrow') : text.t('aime.vote.sub', { votes: z.aimeCons64End.votes }),
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
