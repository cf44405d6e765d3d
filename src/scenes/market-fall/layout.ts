/**
 * market-fall layout: horizontal bars of market value lost in one day, on one dollar
 * axis from zero, so lengths compare. Step "record": the 27 January 2025 loss and the
 * previous record; step "outlets": the same loss as three outlets reported it (steps/<id>.ts
 * give each step's bars and words; this draws them).
 */
import { scaleLinear } from 'd3-scale';
import { NARROW_BREAKPOINT, type Frame, type Mark, type Size, findStep } from '../contract';
import { px } from '../kit/format';
import { header } from '../kit/chart';
import { measure } from '../kit/text';
import { steps } from './steps';
import { stepsById } from './steps/index';
import { billions, type Bar, type MarketFallData, type MarketText } from './shared';

export function layout(data: MarketFallData, stepId: string, size: Size, text: MarketText): Frame {
  const step = stepsById[findStep('market-fall', steps, stepId).id];
  const { width: W, height: H } = size;
  const narrow = W < NARROW_BREAKPOINT;
  const fs = narrow ? 12 : 13;
  const title = step.title(data, text);
  const subtitle = step.subtitle(data, text);
  const head = header(title, subtitle, W, narrow);

  const bars: Bar[] = step.bars(data, text);
  const allKeys = ['bar:main', 'bar:previous', ...data.outlets.slice(1).map((o) => `bar:${o.id}`)];

  const max = Math.max(data.loss.value, data.previous.value, ...data.outlets.map((o) => o.value));
  const axisMax = Math.ceil(max / 100) * 100;
  const valueRoom = measure(text.t('value.close', { amount: billions(text, max) }), { size: fs, weight: 700 }) + 8;
  const x = scaleLinear()
    .domain([0, axisMax])
    .range([0, Math.max(60, W - valueRoom)]);
  const axisH = 22;
  const rowsTop = head.bottom + 6;
  // The rows share all the height left, so two bars or three fill the box (no blank under the axis).
  const slots = bars.length;
  const rowH = Math.max(30, (H - rowsTop - axisH) / slots);
  const barH = Math.max(12, Math.min(narrow ? 28 : 34, rowH - fs - 16));
  const marks: Mark[] = [...head.marks];

  // Grid lines and ticks under the bars.
  const ticks = x.ticks(narrow ? 3 : 6).filter((t) => t <= axisMax);
  const plotBottom = rowsTop + slots * rowH;
  for (const t of ticks) {
    marks.push({ kind: 'line', key: `grid:${t}`, x1: px(x(t)), y1: px(rowsTop), x2: px(x(t)), y2: px(plotBottom), className: 'grid-line' });
    marks.push({
      kind: 'text',
      key: `tick:${t}`,
      x: px(x(t)),
      y: px(plotBottom + 15),
      text: billions(text, t),
      fontSize: 12,
      anchor: t === 0 ? 'start' : 'middle',
      className: 'tick-label',
    });
  }
  for (const key of allKeys) {
    const i = bars.findIndex((b) => b.key === key);
    const b = bars[i];
    const y = rowsTop + Math.max(0, i) * rowH;
    const shown = i >= 0;
    const o = shown ? 1 : 0;
    const barY = y + fs + 6;
    marks.push({ kind: 'text', key: `${key}:label`, x: 0, y: px(y + fs), text: b?.label ?? '', fontSize: fs, className: 'mkt-label', opacity: o });
    marks.push({
      kind: 'rect',
      key,
      x: 0,
      y: px(barY),
      width: px(shown ? x(b!.value) : 0),
      height: px(barH),
      className: b?.className ?? 'mkt-bar',
      opacity: o,
    });
    marks.push({
      kind: 'text',
      key: `${key}:value`,
      x: px((shown ? x(b!.value) : 0) + 6),
      y: px(barY + barH / 2),
      text: b?.valueText ?? '',
      fontSize: fs,
      fontWeight: 700,
      baseline: 'middle',
      className: 'mkt-value',
      opacity: o,
    });
  }
  return {
    width: W,
    height: H,
    title,
    description: step.describe(data, text),
    marks,
    table: step.table(data, text),
  };
}
