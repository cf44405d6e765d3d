/**
 * A legend: one swatch and label per key, in a row that wraps onto a new line before it
 * would leave `width`. The swatch is drawn with the same class as the marks it explains,
 * so its colour cannot drift from theirs. Text width comes from the caller's `measure`
 * (the kit's one text-metrics function, once there is one).
 */
import type { Mark } from '../contract';
import { px } from './format';

export interface LegendItem {
  /** Stable part of the mark keys (`<key>:<id>`, `<key>:<id>:text`). */
  id: string;
  label: string;
  /** The class of the marks this key explains. */
  className: string;
  swatch?: 'rect' | 'circle' | 'line';
}

export interface LegendOptions {
  key: string;
  x: number;
  /** Baseline of the first row's labels. */
  y: number;
  width: number;
  items: readonly LegendItem[];
  measure: (text: string, fontSize: number) => number;
  fontSize?: number;
  /** Space between one item's label and the next swatch. */
  gap?: number;
}

export function legend(o: LegendOptions): { marks: Mark[]; height: number } {
  const fs = o.fontSize ?? 11;
  const sw = Math.round(fs * 0.9);
  const gap = o.gap ?? 14;
  const rowH = fs + 8;
  const marks: Mark[] = [];
  let lx = 0;
  let row = 0;
  for (const it of o.items) {
    const w = sw + 5 + o.measure(it.label, fs);
    if (lx > 0 && lx + w > o.width) {
      row++;
      lx = 0;
    }
    const x = o.x + lx;
    const mid = o.y + row * rowH - fs * 0.35;
    const k = `${o.key}:${it.id}`;
    if (it.swatch === 'circle') marks.push({ kind: 'circle', key: k, cx: px(x + sw / 2), cy: px(mid), r: px(sw / 2), className: it.className });
    else if (it.swatch === 'line') marks.push({ kind: 'line', key: k, x1: px(x), x2: px(x + sw), y1: px(mid), y2: px(mid), className: it.className });
    else marks.push({ kind: 'rect', key: k, x: px(x), y: px(mid - sw / 2), width: sw, height: sw, rx: 2, className: it.className });
    marks.push({ kind: 'text', key: `${k}:text`, x: px(x + sw + 5), y: px(o.y + row * rowH), text: it.label, className: 'legend-label', fontSize: fs });
    lx += w + gap;
  }
  return { marks, height: (row + 1) * rowH };
}
