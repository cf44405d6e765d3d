/**
 * What several steps of active-parameters share: number formats, the header with the
 * what-if badge and footnote, swatches, the stacked bar and R1's reference bar.
 */
import { NARROW_BREAKPOINT, type Frame, type Mark, type Size } from '../contract';
import { px } from '../kit/format';
import { footnote, header, paragraph } from '../kit/chart';
import type { SceneText } from '../kit/messages';
import { countIn, percent } from '../kit/numbers';
import type { ActiveParamsData, DisplayPart } from './data';
import type en from './messages/en.json';

/** The figure's words (messages/<locale>.json), keys checked against the English. */
export type APText = SceneText<keyof typeof en>;

export const B = 1e9;
export const M = 1e6;
/** 653908770816 -> "653.9 billion" (wide) or "653.9B" (narrow); 6539亿 in Chinese. */
export const billions = (text: APText, v: number, narrow = false) => countIn(text, v, B, 1, narrow ? 'short' : 'long');
export const millions = (text: APText, v: number, narrow = false) => countIn(text, v, M, 1, narrow ? 'short' : 'long');
/** Percent with one decimal, or two below 0.1% (so the router's share is not "0.0%"). */
export const pct = (text: APText, share: number) => percent(text, share * 100, share < 0.001 ? 2 : 1);
/** Whole gigabytes (1,342) and tenths (37.5), the number only: the messages say "GB". */
export const gb0 = (text: APText, v: number) => text.format(v, { maximumFractionDigits: 0 });
export const gb1 = (text: APText, v: number) => text.format(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A list in the language's way: "a, b, c" or "a、b、c". */
export const list = (text: APText, items: readonly string[]) => items.join(text.t('list.sep'));

/** A part's name (`short` for the phone legend). */
export const partName = (text: APText, p: DisplayPart, short = false) => text.t(short ? `part.${p.id}.short` : `part.${p.id}`);

/** Where a part sits in the model ("58 layers × 256", "first 3 layers"). */
export function partDetail(text: APText, d: ActiveParamsData, p: DisplayPart): string {
  const c = d.count;
  const s = c.shape;
  const layers = text.t('detail.layers', { count: c.moeLayers });
  switch (p.id) {
    case 'routed':
      return text.t('detail.perLayer', { layers, n: s.n_routed_experts });
    case 'shared':
      return text.t('detail.perLayer', { layers, n: s.n_shared_experts });
    case 'attention':
      return text.t('detail.attention', { count: s.n_layers });
    case 'dense':
      return text.t('detail.dense', { count: c.denseLayers });
    case 'embedding':
      return text.t('detail.embedding', { vocab: s.vocab_size, dim: s.dim });
    case 'head':
      return text.t('detail.head');
    case 'router':
      return layers;
  }
}

/** A fragment only when there are shared experts (the messages start it with their own space). */
export const ifShared = (
  text: APText,
  n: number,
  key: 'layer.title.shared' | 'layer.foot.lit.shared' | 'layer.foot.lit.shared.narrow' | 'layer.frame.lit.shared' | 'layer.describe.lit.shared',
) => (n === 0 ? '' : text.t(key, { count: n }));

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
export function whatIfLine(d: ActiveParamsData, text: APText): string | null {
  if (!d.changes.length) return null;
  const what =
    d.changes.length > 2
      ? text.t('whatIf.many', { count: d.changes.length })
      : list(
          text,
          d.changes.map((c) => text.t(`whatIf.change.${c.field}`, { value: c.value, r1: c.r1 })),
        );
  return text.t('whatIf.badge', { what });
}

/** A frame's title, said to be a what-if while the reader's shape is drawn. */
export const frameTitle = (d: ActiveParamsData, text: APText, title: string) => (d.changes.length ? text.t('whatIf.frame', { title }) : title);

export function start(d: ActiveParamsData, size: Size, text: APText, title: string, subtitle: string, foot: string): Frame0 {
  const narrow = size.width < NARROW_BREAKPOINT;
  const badge = whatIfLine(d, text);
  const b = badge ? paragraph('whatif', badge, 0, 12, size.width, { className: 'ap-whatif', fontSize: 12, fontWeight: 700, slots: 2 }) : null;
  const h = header(title, subtitle, size.width, narrow);
  const dy = b ? b.bottom + 8 : 0;
  const shifted = dy ? h.marks.map((m) => (m.kind === 'text' ? { ...m, y: m.y + dy } : m)) : h.marks;
  const f = footnote('foot', foot, size.width, size.height);
  return { narrow, W: size.width, H: size.height, marks: [...(b?.marks ?? []), ...shifted, ...f.marks], top: h.bottom + dy, bottom: f.top - 4 };
}

export const sourceLine = (text: APText, narrow: boolean) => text.t(narrow ? 'source.short' : 'source.long');

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
export type ActiveStep = (d: ActiveParamsData, size: Size, text: APText) => Frame;
