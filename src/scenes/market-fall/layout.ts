/**
 * market-fall layout: horizontal bars of market value lost in one day, on one dollar
 * axis from zero, so lengths compare. Step "record": the 27 January 2025 loss and the
 * previous record; step "outlets": the same loss as three outlets reported it.
 */
import { scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import { NARROW_BREAKPOINT, type DataTable, type Frame, type Mark, type Size } from '../contract';
import { px } from '../kit/format';
import { header } from '../kit/chart';
import { measure } from '../kit/text';
import { steps } from './steps';

export interface MarketFigure {
  id: string;
  value: number;
  source: string;
  /** Who reported it, for labels. */
  who: string;
}
export interface MarketFallData {
  day: string;
  /** Billions of US dollars. */
  loss: MarketFigure;
  previous: MarketFigure;
  previousDate: string;
  /** Percent. */
  drop: MarketFigure;
  nasdaq: MarketFigure;
  outlets: MarketFigure[];
}

const billions = (v: number) => `$${format(Number.isInteger(v) ? ',' : ',.1f')(v)}B`;

interface Bar {
  key: string;
  label: string;
  value: number;
  valueText: string;
  className: string;
}

export function layout(data: MarketFallData, stepId: string, size: Size): Frame {
  if (!steps.some((s) => s.id === stepId)) throw new Error(`market-fall: unknown step "${stepId}" (steps: ${steps.map((s) => s.id).join(', ')})`);
  const { width: W, height: H } = size;
  const narrow = W < NARROW_BREAKPOINT;
  const record = stepId === 'record';
  const fs = narrow ? 12 : 13;
  const title = record
    ? `Nvidia lost close to ${billions(data.loss.value)} of market value in one day`
    : `Outlets put Nvidia's loss at ${billions(Math.min(...data.outlets.map((o) => o.value)))} to ${billions(Math.max(...data.outlets.map((o) => o.value)))}`;
  const subtitle = record
    ? `${data.day}, a week after R1's release: shares fell about ${data.drop.value}%, the Nasdaq ${data.nasdaq.value}%. No company in US history had lost more in a day.`
    : 'The same fall, reported by three outlets: the gaps come from rounding and from when the price was taken. This site uses CNBC’s figure.';
  const head = header(title, subtitle, W, narrow);

  const bars: Bar[] = record
    ? [
        { key: 'bar:main', label: `${data.day}`, value: data.loss.value, valueText: `close to ${billions(data.loss.value)}`, className: 'mkt-bar mkt-loss' },
        {
          key: 'bar:previous',
          label: `${data.previousDate} (previous record)`,
          value: data.previous.value,
          valueText: `about ${billions(data.previous.value)}`,
          className: 'mkt-bar mkt-previous',
        },
      ]
    : data.outlets.map((o, i) => ({
        key: i === 0 ? 'bar:main' : `bar:${o.id}`,
        label: o.who,
        value: o.value,
        valueText: i === 0 ? `close to ${billions(o.value)}` : billions(o.value),
        className: `mkt-bar ${i === 0 ? 'mkt-loss' : 'mkt-outlet'}`,
      }));
  const allKeys = ['bar:main', 'bar:previous', ...data.outlets.slice(1).map((o) => `bar:${o.id}`)];

  const max = Math.max(data.loss.value, data.previous.value, ...data.outlets.map((o) => o.value));
  const axisMax = Math.ceil(max / 100) * 100;
  const valueRoom = measure(`close to ${billions(max)}`, { size: fs, weight: 700 }) + 8;
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
      text: t === 0 ? '$0' : billions(t),
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
  const table: DataTable = {
    caption: record ? 'Nvidia: market value lost in one day' : `Nvidia's loss on ${data.day}, by outlet`,
    columns: ['Day or outlet', 'Billions of US dollars', 'Source'],
    rows: record
      ? [
          [data.day, data.loss.value, data.loss.source],
          [`${data.previousDate} (previous record)`, data.previous.value, data.previous.source],
        ]
      : data.outlets.map((o) => [o.who, o.value, o.source]),
  };
  return {
    width: W,
    height: H,
    title,
    description: record
      ? `Bars of market value lost in one day: close to ${billions(data.loss.value)} on ${data.day}, against about ${billions(data.previous.value)} in ${data.previousDate}, the previous record.`
      : `Bars of the same loss by outlet: ${data.outlets.map((o) => `${o.who} ${billions(o.value)}`).join(', ')}.`,
    marks,
    table,
  };
}
