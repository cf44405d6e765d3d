/**
 * What several steps of active-parameters share: number formats, the header with the
 * what-if badge and footnote, swatches, the stacked bar and R1's reference bar.
 */
import { format } from 'd3-format';
import { NARROW_BREAKPOINT, type Frame, type Mark, type Size } from '../contract';
import { px } from '../kit/format';
import { footnote, header, paragraph } from '../kit/chart';
import type { ActiveParamsData, DisplayPart } from './data';

export const B = 1e9;
export const M = 1e6;
export const f1 = format(',.1f');
export const f0 = format(',.0f');
/** 653908770816 -> "653.9 billion" (wide) or "653.9B" (narrow). */
export const billions = (v: number, narrow = false) => (narrow ? `${f1(v / B)}B` : `${f1(v / B)} billion`);
export const millions = (v: number, narrow = false) => (narrow ? `${f1(v / M)}M` : `${f1(v / M)} million`);
/** Percent with one decimal, or two below 0.1% (so the router's share is not "0.0%"). */
export const pct = (share: number) => (share < 0.001 ? `${format('.2f')(share * 100)}%` : `${f1(share * 100)}%`);
export const gbText = (v: number) => `${f0(v)} GB`;
export const gb1 = (v: number) => `${f1(v)} GB`;

export const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);
/** Words for the shared experts, which a what-if may set to none or several. */
export const sharedWords = (n: number, one: string, many: string, none = '') => (n === 0 ? none : n === 1 ? one : many.replace('N', String(n)));

/** Total divided by active, rounded: "about 1 in N". */
export const oneIn = (d: ActiveParamsData) => Math.round(d.count.total / d.count.active);

export interface Frame0 {
  narrow: boolean;
  W: number;
  H: number;
  marks: Mark[];
  top: number;
  bottom: number;
}

/**
 * While a reader's what-if shape is drawn, the title area says so first: "What if… — not R1"
 * and what differs (the controls list the rest when more than two settings changed).
 */
export function whatIfLine(d: ActiveParamsData): string | null {
  if (!d.changes.length) return null;
  const what = d.changes.length > 2 ? `${d.changes.length} settings changed` : d.changes.map((c) => `${c.label} ${f0(c.value)} (R1: ${f0(c.r1)})`).join(', ');
  return `What if… — not R1: ${what}`;
}

export function start(d: ActiveParamsData, size: Size, title: string, subtitle: string, foot: string): Frame0 {
  const narrow = size.width < NARROW_BREAKPOINT;
  const badge = whatIfLine(d);
  const b = badge ? paragraph('whatif', badge, 0, 12, size.width, { className: 'ap-whatif', fontSize: 12, fontWeight: 700, slots: 2 }) : null;
  const h = header(title, subtitle, size.width, narrow);
  const dy = b ? b.bottom + 8 : 0;
  const shifted = dy ? h.marks.map((m) => (m.kind === 'text' ? { ...m, y: m.y + dy } : m)) : h.marks;
  const f = footnote('foot', foot, size.width, size.height);
  return { narrow, W: size.width, H: size.height, marks: [...(b?.marks ?? []), ...shifted, ...f.marks], top: h.bottom + dy, bottom: f.top - 4 };
}

export const sourceLine = (narrow: boolean) =>
  narrow ? 'Counted from config_671B.json.' : "Counted from DeepSeek-V3's published configuration (config_671B.json).";

export function swatch(key: string, x: number, y: number, id: string, s = 11): Mark {
  return { kind: 'rect', key, x: px(x), y: px(y), width: s, height: s, rx: 2, className: `ap-part ap-${id}` };
}

/**
 * R1's own point, kept on the figure while a what-if shape is drawn: a label and an
 * outline bar on the same scale as the what-if bars. Returns the marks and the y below.
 */
export function r1Reference(key: string, text: string, value: number, scale: number, y: number, barH: number, fs: number): { marks: Mark[]; bottom: number } {
  return {
    marks: [
      { kind: 'text', key: `${key}:label`, x: 0, y: px(y + fs), text, className: 'bar-label ap-r1-label', fontSize: fs },
      { kind: 'rect', key: `${key}:bar`, x: 0.5, y: px(y + fs + 4), width: px(Math.max(1, value * scale - 1)), height: px(barH), className: 'ap-r1-ref' },
    ],
    bottom: y + fs + 4 + barH,
  };
}

/** Horizontal stacked bar: one segment per part, widths = value x scale. */
export function stacked(
  d: ActiveParamsData,
  keyPrefix: string,
  x: number,
  y: number,
  h: number,
  scale: number,
  value: (p: DisplayPart) => number,
  extraClass = '',
): { marks: Mark[]; right: number } {
  const marks: Mark[] = [];
  let xx = x;
  for (const p of d.display) {
    const w = value(p) * scale;
    marks.push({ kind: 'rect', key: `${keyPrefix}:${p.id}`, x: px(xx), y: px(y), width: px(w), height: px(h), className: `ap-part ap-${p.id}${extraClass}` });
    xx += w;
  }
  return { marks, right: xx };
}

/** Active parts in the order they are added up (the routed experts first). */
export function activeParts(d: ActiveParamsData): DisplayPart[] {
  return d.display;
}

/** One step of the figure (a file in steps/): its whole frame for the data and size. */
export type ActiveStep = (d: ActiveParamsData, size: Size) => Frame;
