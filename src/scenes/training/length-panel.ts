/**
 * R1-Zero's average answer length during RL, read by eye from the paper's figure: a shaded
 * range at the start and the end (step longer-answers).
 */
import type { Mark } from '../contract';
import { px } from '../kit/format';
import { linear } from '../kit/linear';
import type { Training } from '../../data/raw-training';
import { smallType } from '../kit/text';
import { thousands } from '../kit/numbers';
import { nudges, placeAll } from '../kit/place';
import type { Box, TrainingText } from './shared';
import { STEP_MAX, xScale, xAxisMarks } from './curve-axis';

export function lengthPanel(d: Training, box: Box, narrow: boolean, text: TrainingText): Mark[] {
  const int = (v: number) => text.number(v);
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
    text: text.t(narrow ? 'len.title.narrow' : 'len.title'),
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
      // 4k, 8k, 12k; in Chinese 4000, 8000, 1.2万 (Chinese counts in 万, not in thousands).
      text: t === 0 ? text.number(0) : thousands(text, t),
      anchor: 'end',
      baseline: 'middle',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  }
  marks.push(...xAxisMarks('len', d, x, y(0), narrow, true, text));
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
    text: narrow ? text.t('len.end.narrow', endRange(text, e)) : `≈${int(e.low)}–${int(e.high)}`,
    className: 'tr-point-label',
    fontSize: narrow ? 12 : 13,
    fontWeight: 700,
  });
  marks.push({
    kind: 'text',
    key: 'len:end:sub',
    x: px(lenRight + 6),
    y: px(y((e.low + e.high) / 2) + 12),
    text: text.t('unit.tokens'),
    className: 'tick-label',
    fontSize: smallType(narrow),
  });
  // The start label rises until the shaded range of lengths clears it.
  return placeAll(marks, (m) => (m.key === 'len:start:label' ? nudges('dy', -2, -24) : undefined), { width: box.x + box.w, height: box.y + box.h });
}

/** The narrow end label's range: English in thousands under one k (9.5–10k), Chinese each end in its own unit (9500–1万). */
function endRange(text: TrainingText, e: { low: number; high: number }): { low: string | number; high: string | number } {
  if (text.locale === 'zh') return { low: thousands(text, e.low), high: thousands(text, e.high) };
  return { low: Math.round(e.low / 100) / 10, high: Math.round(e.high / 100) / 10 };
}
