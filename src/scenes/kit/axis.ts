/**
 * A horizontal value axis: grid lines and tick labels at the scale's own nice ticks
 * (scale.ticks()), never a hand-typed list, so a new domain or a narrower figure gets
 * sensible ticks by itself. How many follows from the axis length and the spacing asked for.
 */
import type { Mark } from '../contract';
import { px } from './format';

/** What the axis needs of a d3 scale (scaleLinear, scaleLog, …). */
export interface TickScale {
  (value: number): number;
  ticks(count?: number): number[];
  range(): number[];
}

export interface XAxisOptions {
  /** Key prefix: marks are `<key>:grid:<t>` and `<key>:tick:<t>`, so steps that share an axis tween. */
  key: string;
  scale: TickScale;
  /** The baseline: labels sit below it. */
  y: number;
  /** Grid lines run from here down to `y`; without it, only tick labels. */
  gridTop?: number;
  /** At least this many px between ticks (default 70); the tick count follows from the axis length. */
  spacing?: number;
  /** Or a fixed tick count (passed to scale.ticks), for a figure whose marks must keep their keys at any width. */
  count?: number;
  format?: (t: number, i: number, ticks: number[]) => string;
  fontSize?: number;
  /** Label offset below the baseline (default fontSize + 2). */
  labelGap?: number;
}

/** The ticks the axis draws: scale.ticks(n), n from the axis length over `spacing` (at least 2). */
export function axisTicks(scale: TickScale, spacing = 70): number[] {
  const [a, b] = scale.range() as [number, number];
  return scale.ticks(Math.max(2, Math.floor(Math.abs(b - a) / spacing)));
}

export function xAxis(o: XAxisOptions): Mark[] {
  const fontSize = o.fontSize ?? 11;
  const ticks = o.count !== undefined ? o.scale.ticks(o.count) : axisTicks(o.scale, o.spacing);
  const fmt = o.format ?? ((t: number) => String(t));
  const marks: Mark[] = [];
  ticks.forEach((t, i) => {
    const x = px(o.scale(t));
    if (o.gridTop !== undefined)
      marks.push({
        kind: 'line',
        key: `${o.key}:grid:${t}`,
        x1: x,
        x2: x,
        y1: px(o.gridTop),
        y2: px(o.y),
        className: i === 0 && t === 0 ? 'axis-line' : 'grid-line',
      });
    marks.push({
      kind: 'text',
      key: `${o.key}:tick:${t}`,
      x,
      y: px(o.y + (o.labelGap ?? fontSize + 2)),
      text: fmt(t, i, ticks),
      anchor: 'middle',
      className: 'tick-label',
      fontSize,
    });
  });
  return marks;
}
