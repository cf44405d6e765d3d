/**
 * Small, DOM-free helpers shared by the scenes:
 * a headline block, wrapped paragraphs (measured with the kit's font metrics), label
 * de-overlap, and a few number formats.
 */
import { format } from 'd3-format';
import { NARROW_BREAKPOINT, type Mark, type TextMark } from '../contract';
import { px } from './format';
import { smallType, wrap, wrapBalanced } from './text';

export interface TextOpts {
  /**
   * Emit exactly this many line marks (padding with empty lines, joining any overflow
   * into the last), so a paragraph has the same mark keys at every width: the browser
   * re-lays out at the measured width and must find the same marks as the server.
   */
  slots?: number;
  className?: string;
  fontSize?: number;
  fontWeight?: number;
  anchor?: 'start' | 'middle' | 'end';
  lineHeight?: number;
  opacity?: number;
  /** paragraph(): lines evened out (wrapBalanced), for a short text set large. */
  balance?: boolean;
  baseline?: 'auto' | 'middle' | 'hanging';
}

/** One text mark per line, keyed `${key}` for the first line and `${key}:N` after. */
export function lines(key: string, textLines: readonly string[], x: number, y: number, o: TextOpts = {}): TextMark[] {
  const fs = o.fontSize ?? 12;
  const lh = o.lineHeight ?? Math.round(fs * 1.3);
  let ls = [...textLines];
  if (o.slots != null) {
    if (ls.length > o.slots) ls = [...ls.slice(0, o.slots - 1), ls.slice(o.slots - 1).join(' ')];
    while (ls.length < o.slots) ls.push('');
  }
  return ls.map((t, i) => ({
    kind: 'text' as const,
    key: i === 0 ? key : `${key}:${i}`,
    x: px(x),
    y: px(y + i * lh),
    text: t,
    className: o.className,
    fontSize: fs,
    fontWeight: o.fontWeight,
    anchor: o.anchor,
    baseline: o.baseline,
    opacity: o.opacity,
  }));
}

/**
 * Wrapped paragraph: returns the marks and the y just below the last line of text.
 * Always `slots` marks (default 4), whatever the width, so keys are stable.
 */
export function paragraph(key: string, text: string, x: number, y: number, maxWidth: number, o: TextOpts = {}): { marks: TextMark[]; bottom: number } {
  const fs = o.fontSize ?? 12;
  const lh = o.lineHeight ?? Math.round(fs * 1.3);
  const slots = o.slots ?? 4;
  const ls = (o.balance ? wrapBalanced : wrap)(text, { width: maxWidth, size: fs, weight: o.fontWeight ?? 400 });
  const used = Math.min(ls.length, slots);
  return { marks: lines(key, ls, x, y, { ...o, lineHeight: lh, slots }), bottom: y + (used - 1) * lh + Math.round(fs * 0.35) };
}

/**
 * The headline and standfirst at the top of a figure, newsroom style. Returns the
 * marks and the y where the chart may start.
 */
export function header(title: string, subtitle: string, width: number, narrow: boolean): { marks: Mark[]; bottom: number } {
  const tfs = narrow ? 15 : 16;
  const sfs = narrow ? 12 : 13;
  const t = paragraph('hdr:title', title, 0, tfs, width, {
    className: 'chart-title',
    fontSize: tfs,
    fontWeight: 700,
    lineHeight: Math.round(tfs * 1.25),
    slots: 2,
  });
  const s = paragraph('hdr:sub', subtitle, 0, t.bottom + sfs + 6, width, {
    className: 'chart-subtitle',
    fontSize: sfs,
    lineHeight: Math.round(sfs * 1.35),
    slots: 3,
  });
  return { marks: [...t.marks, ...s.marks], bottom: s.bottom + (narrow ? 12 : 14) };
}

/** A note line (or lines) anchored to the bottom of the figure; returns marks and its top y. */
export function footnote(
  key: string,
  text: string,
  width: number,
  height: number,
  fontSize = smallType(width < NARROW_BREAKPOINT),
): { marks: TextMark[]; top: number } {
  const lh = Math.round(fontSize * 1.3);
  const slots = 3;
  const ls = wrap(text, { width, size: fontSize });
  const used = Math.min(ls.length, slots);
  const first = height - 3 - (used - 1) * lh;
  return { marks: lines(key, ls, 0, first, { className: 'tcm-note', fontSize, lineHeight: lh, slots }), top: first - fontSize - 4 };
}

/**
 * Spread label centres apart so none are closer than `gap`, keeping them inside
 * [lo, hi] and as near their targets as possible (order preserved).
 */
export function spread(targets: readonly number[], gap: number, lo: number, hi: number): number[] {
  const idx = targets.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0]);
  const pos = idx.map(([t]) => Math.min(hi, Math.max(lo, t)));
  for (let pass = 0; pass < 4; pass++) {
    for (let i = 1; i < pos.length; i++) if (pos[i]! - pos[i - 1]! < gap) pos[i] = pos[i - 1]! + gap;
    if (pos.length && pos[pos.length - 1]! > hi) pos[pos.length - 1] = hi;
    for (let i = pos.length - 2; i >= 0; i--) if (pos[i + 1]! - pos[i]! < gap) pos[i] = pos[i + 1]! - gap;
    if (pos.length && pos[0]! < lo) pos[0] = lo;
  }
  const out: number[] = new Array(targets.length);
  idx.forEach(([, i], k) => (out[i] = pos[k]!));
  return out;
}

const f0 = format(',.0f');
/** 2664000 -> "2,664,000". */
export const int = (v: number) => f0(v);
/** Dollars with cents: 2.74 -> "$2.74"; large values in thousands separators. */
export const usd = (v: number) => (v >= 100 ? `$${format(',.0f')(v)}` : `$${format(',.2f')(v)}`);
/** Millions of dollars: 5576000 -> "$5.576M". */
export const usdM = (v: number, digits = 3) => `$${format(`.${digits}f`)(v / 1e6)}M`;
/** GB with sensible precision: 0.75 -> "0.75 GB", 16.8 -> "16.8 GB", 671 -> "671 GB", 1342 -> "1,342 GB". */
export function gb(v: number): string {
  if (v < 0.1) return `${format('.2f')(v)} GB`;
  if (v < 100) return `${format('.1f')(v).replace(/\.0$/, '')} GB`;
  return `${format(',.0f')(v)} GB`;
}
