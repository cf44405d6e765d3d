/**
 * Text metrics for layout without a DOM: the widths the browser will draw, from IBM Plex
 * Sans's own advance widths and kerning (src/scenes/kit/font-metrics.ts, generated from the
 * font files the pages load). Every scene, the downloads and the Open Graph cards measure
 * and wrap with these two functions, so a label fitted here fits on the page.
 *
 * Chinese: what Plex lacks (Han characters, full-width punctuation) is drawn in Noto Sans SC,
 * the next font in the Chinese pages' stack (src/fonts/chinese.css), and measured with its
 * advances (one em for the CJK ranges). A text with Chinese in it wraps by Chinese rules
 * (kit/text-zh.ts, loaded with the Chinese messages); a text without is measured and wrapped
 * exactly as before.
 */
import { ASCENT, CJK_BOTTOM, CJK_EM, CJK_FACES, CJK_RANGES, CJK_TOP, DESCENT, FACES } from './font-metrics';

/** The smallest text a figure may render on the phone the narrow frame is drawn for (issue 16), in CSS px. */
export const PHONE_MIN_TEXT = 12;

/**
 * The size of a figure's smallest text (ticks, legends, notes, value labels): 11 px in a
 * wide frame; in a narrow one PHONE_MIN_TEXT, since the narrow frame is drawn 1:1 on a
 * 390 px phone and nothing there may render below it (tests/unit/phone-type.test.ts).
 */
export function smallType(narrow: boolean): number {
  return narrow ? PHONE_MIN_TEXT : 11;
}

export interface TextStyle {
  /** Font size in px. */
  size: number;
  /** CSS font weight; 800 and 900 draw with the bold face (700), 500 with the regular. */
  weight?: number;
  /** CSS letter-spacing in px, added after every character (as the browser does). */
  letterSpacing?: number;
}

interface Face {
  /** Plex's advances, then Noto Sans SC's for the characters CJK_FACES lists. */
  adv: Map<string, number>;
  kern: Map<string, number>;
  /** For characters the font lacks (a reader's own text): the average lower-case advance. */
  fallback: number;
  /** Texts measured before, in font units, with their character counts (see measure). */
  widths: Map<string, [units: number, chars: number]>;
}

/**
 * A figure is laid out again for every frame of a dragged what-if slider, and most of its texts
 * (headers, notes, legends) are the same each time: remembered widths make that layout cheap.
 * Bounded, since a reader's own sentences come and go.
 */
const REMEMBER = 4000;

const faces = new Map<number, Face>();

function faceFor(weight = 400): Face {
  // Figures draw regular and bold only: anything from 550 up is set (and measured) bold.
  const w = weight >= 550 ? 700 : 400;
  let f = faces.get(w);
  if (!f) {
    const src = FACES[w]!;
    const adv = new Map<string, number>();
    [...src.chars].forEach((c, i) => adv.set(c, src.adv[i]!));
    const kern = new Map<string, number>();
    for (const [d, pairs] of Object.entries(src.kern)) {
      const chars = [...pairs];
      for (let i = 0; i + 1 < chars.length; i += 2) kern.set(chars[i]! + chars[i + 1]!, Number(d));
    }
    const lower = [...'abcdefghijklmnopqrstuvwxyz'].map((c) => adv.get(c) ?? 550);
    // Chinese after Plex: a character both fonts draw is set (and measured) in Plex, which comes first.
    const cjk = CJK_FACES[w]!;
    [...cjk.chars].forEach((c, i) => {
      if (!adv.has(c)) adv.set(c, cjk.adv[i]!);
    });
    f = { adv, kern, fallback: lower.reduce((a, b) => a + b, 0) / lower.length, widths: new Map() };
    faces.set(w, f);
  }
  return f;
}

/** True for a Han character or full-width mark: Noto Sans SC draws it one em wide unless CJK_FACES says otherwise. */
export function inCjkRange(cp: number): boolean {
  for (const [a, b] of CJK_RANGES) if (cp >= a && cp <= b) return true;
  return false;
}

/** True when `text` has a Han character or a full-width mark: it is measured and wrapped as Chinese. */
export function hasChinese(text: string): boolean {
  for (const ch of text) if (inCjkRange(ch.codePointAt(0)!)) return true;
  return false;
}

/** True when the fonts draw `ch` (else the browser picks a fallback font and widths are a guess). */
export function hasGlyph(ch: string, weight = 400): boolean {
  return faceFor(weight).adv.has(ch) || inCjkRange(ch.codePointAt(0)!);
}

/** Width in px of `text` set in IBM Plex Sans with `style` (kerning and ligatures included). */
export function measure(text: string, style: TextStyle): number {
  const f = faceFor(style.weight);
  let known = f.widths.get(text);
  if (!known) {
    let units = 0;
    let prev = '';
    let n = 0;
    for (const ch of text) {
      units += f.adv.get(ch) ?? (inCjkRange(ch.codePointAt(0)!) ? CJK_EM : f.fallback);
      if (prev) units += f.kern.get(prev + ch) ?? 0;
      prev = ch;
      n++;
    }
    if (f.widths.size >= REMEMBER) f.widths.clear();
    known = [units, n];
    f.widths.set(text, known);
  }
  return (known[0] / 1000) * style.size + known[1] * (style.letterSpacing ?? 0);
}

export interface WrapOptions extends TextStyle {
  /** Widest a line may be, in px. A single word wider than this gets a line of its own. */
  width: number;
}

/**
 * Greedy word wrap: lines no wider than `width` (a single long word may overflow). A text with
 * Chinese in it breaks by Chinese rules (see wrapChinese).
 */
export function wrap(text: string, o: WrapOptions): string[] {
  const key = `${o.size}|${o.weight ?? 400}|${o.letterSpacing ?? 0}|${o.width}|${text}`;
  const known = wrapped.get(key);
  // A copy: a caller may change the lines it gets.
  if (known) return [...known];
  const lines = wrapLines(text, o);
  if (wrapped.size >= REMEMBER) wrapped.clear();
  wrapped.set(key, lines);
  return [...lines];
}
/**
 * `wrap`, with its lines evened out (CSS text-wrap: balance): the narrowest width, to a pixel, that
 * keeps the same number of lines. A short paragraph set large then ends on a full line, not on a
 * word or two (in Chinese, a character or two) left alone.
 */
export function wrapBalanced(text: string, o: WrapOptions): string[] {
  const lines = wrap(text, o);
  if (lines.length < 2) return lines;
  let [lo, hi] = [Math.floor(o.width / 2), Math.floor(o.width)];
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrap(text, { ...o, width: mid }).length === lines.length) hi = mid;
    else lo = mid + 1;
  }
  return wrap(text, { ...o, width: hi });
}
/** Wrapped texts by style, width and text (see REMEMBER). */
const wrapped = new Map<string, string[]>();

/** How Chinese text breaks into lines: kit/text-zh.ts, which registers itself when imported. */
export interface ChineseBreaker {
  wrap(text: string, o: WrapOptions): string[];
  fit(text: string, o: WrapOptions): string;
}
let chinese: ChineseBreaker | undefined;

/**
 * Called by kit/text-zh.ts. Chinese line breaking ships only where Chinese is drawn: the code that
 * loads a scene's Chinese messages imports kit/text-zh (English pages never load it).
 */
export function useChineseBreaker(b: ChineseBreaker): void {
  chinese = b;
  wrapped.clear();
}

function chineseBreaker(what: string): ChineseBreaker {
  if (!chinese) throw new Error(`${what}(): Chinese text, and the Chinese line breaker is not loaded. Fix: import 'src/scenes/kit/text-zh'.`);
  return chinese;
}

function wrapLines(text: string, o: WrapOptions): string[] {
  if (hasChinese(text)) return chineseBreaker('wrap').wrap(text, o);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, o) > o.width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Cap height of Plex in em: where a text's ink starts above its baseline. */
const CAP = 0.698;

/**
 * The band a text's ink covers, relative to the mark's y: [top, bottom] in px. From a bit
 * above the capitals (accents, brackets) to the descenders; this, not the font's full
 * line box, is what must not touch another label or cross a line. `middle` is drawn as
 * dominant-baseline: central, the middle of the font's ascent-to-descent box.
 */
export function inkBand(size: number, baseline: 'auto' | 'middle' | 'hanging' = 'auto', text = ''): [number, number] {
  const base = baseline === 'middle' ? ((ASCENT + DESCENT) / 2000) * size : baseline === 'hanging' ? (ASCENT / 1000) * size * 0.8 : 0;
  const band: [number, number] = [base - (CAP + 0.05) * size, base + (-DESCENT / 1000 - 0.06) * size];
  // Chinese ink fills the ideographic em box, higher than Plex's capitals (the box is from Noto Sans SC's OS2 table).
  if (hasChinese(text)) {
    band[0] = Math.min(band[0], base - (CJK_TOP / 1000) * size);
    band[1] = Math.max(band[1], base - (CJK_BOTTOM / 1000) * size);
  }
  return band;
}

/**
 * The first of `options` (longest wording first) that fits in `width`; if none does, the
 * last, cut at a word with an ellipsis.
 */
export function fitLine(options: readonly string[], o: WrapOptions): string {
  for (const t of options) if (measure(t, o) <= o.width) return t;
  let t = options.at(-1) ?? '';
  if (hasChinese(t)) return chineseBreaker('fitLine').fit(t, o);
  while (t.includes(' ') && measure(`${t}…`, o) > o.width) t = t.replace(/\s+\S*$/, '');
  return `${t.replace(/[\s,;:.·–—-]+$/, '')}…`;
}
