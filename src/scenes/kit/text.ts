/**
 * Text metrics for layout without a DOM: the widths the browser will draw, from IBM Plex
 * Sans's own advance widths and kerning (src/scenes/kit/font-metrics.ts, generated from the
 * font files the pages load). Every scene, the downloads and the Open Graph cards measure
 * and wrap with these two functions, so a label fitted here fits on the page.
 *
 * Chinese: what Plex lacks (Han characters, full-width punctuation) is drawn in Noto Sans SC,
 * the next font in the Chinese pages' stack (src/fonts/chinese.css), and measured with its
 * advances (one em for the CJK ranges). A text with Chinese in it wraps by Chinese rules
 * (wrapChinese below); a text without is measured and wrapped exactly as before.
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

/** True for a code point Noto Sans SC draws one em wide unless CJK_FACES says otherwise. */
function inCjkRange(cp: number): boolean {
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
/** Wrapped texts by style, width and text (see REMEMBER). */
const wrapped = new Map<string, string[]>();

function wrapLines(text: string, o: WrapOptions): string[] {
  if (hasChinese(text)) return wrapChinese(text, o);
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

/**
 * Marks that may not start a line (clreq 3.1.7, GB/T 15834): pause and stop marks, closing
 * brackets and quotes, and the halves of the ellipsis and the dash, which stay with what they
 * follow. Latin closing marks are here too, for a Latin word's own punctuation after Chinese.
 */
const NO_LINE_START = new Set('，。、；：？！）》」』】〕〉〗〙〛］｝｠”’…‥—–·・％‰%)]},.;:!?'.split(''));
/** Marks that may not end a line: opening brackets and quotes. */
const NO_LINE_END = new Set('（《「『【〔〈〖〘〚［｛｟“‘([{'.split(''));
/** Unit characters a number keeps on its line (6710亿, 3万). */
const NUMBER_UNITS = new Set('万亿兆千百'.split(''));

/** A piece of text no line may break inside, and whether a space separated it from the piece before. */
interface Piece {
  text: string;
  space: boolean;
}

/**
 * The unbreakable pieces of a text with Chinese in it: each Han character (or full-width mark)
 * alone, each run of Latin letters, digits and their punctuation whole; a mark that may not
 * start a line joins the piece before it, one that may not end a line joins the piece after,
 * and a number keeps the 万 or 亿 after it. A line may break between any two pieces: between
 * two Han characters (Chinese breaks anywhere between characters), between Chinese and Latin,
 * and at a space (which the break drops).
 */
function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  let space = false;
  let opening = '';
  let word = '';
  const push = (t: string) => {
    pieces.push({ text: opening + t, space: space && pieces.length > 0 });
    opening = '';
    space = false;
  };
  const endWord = () => {
    if (word) push(word);
    word = '';
  };
  const last = () => pieces[pieces.length - 1];
  for (const ch of text) {
    if (/\s/.test(ch)) {
      endWord();
      // A space after an opening mark stays inside the piece; elsewhere it is a break opportunity.
      if (opening) opening += ' ';
      else space = true;
    } else if (NO_LINE_START.has(ch) && !word && !opening && last()) {
      // After a space too: "GPU ）" keeps its space and its bracket on one line.
      last()!.text += (space ? ' ' : '') + ch;
      space = false;
    } else if (NO_LINE_START.has(ch) && word) word += ch;
    else if (NO_LINE_END.has(ch)) {
      endWord();
      if (space && pieces.length) {
        // The space before an opening mark is where the line may break.
        pieces.push({ text: '', space: true });
        space = false;
      }
      opening += ch;
    } else if (inCjkRange(ch.codePointAt(0)!)) {
      if (word && NUMBER_UNITS.has(ch) && /\d$/.test(word)) {
        word += ch;
        continue;
      }
      endWord();
      push(ch);
    } else word += ch;
  }
  endWord();
  if (opening) push('');
  // Empty pieces only carry a space: fold them into the next piece.
  const out: Piece[] = [];
  let carry = false;
  for (const p of pieces) {
    if (!p.text) {
      carry = true;
      continue;
    }
    out.push({ text: p.text, space: (p.space || carry) && out.length > 0 });
    carry = false;
  }
  return out;
}

/**
 * Greedy wrap of a text with Chinese in it, by Chinese rules: a line breaks between any two
 * pieces (piecesOf), so never inside a Latin word or a number, never before a closing mark and
 * never after an opening one. Deterministic and without a dictionary: the server and every
 * browser break a label at the same places (Intl.Segmenter's word boundaries come from each
 * engine's own ICU data, and could differ between the frame the server draws and the one the
 * browser redraws).
 */
function wrapChinese(text: string, o: WrapOptions): string[] {
  const lines: string[] = [];
  let line = '';
  for (const p of piecesOf(text)) {
    const next = line ? line + (p.space ? ' ' : '') + p.text : p.text;
    if (line && measure(next, o) > o.width) {
      lines.push(line);
      line = p.text;
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
  // Chinese ink fills the ideographic em box, higher than Plex's capitals (from Noto Sans SC's OS/2).
  if (text && hasChinese(text)) band[0] = Math.min(band[0], base - (CJK_TOP / 1000) * size);
  if (text && hasChinese(text)) band[1] = Math.max(band[1], base - (CJK_BOTTOM / 1000) * size);
  return band;
}

/**
 * The first of `options` (longest wording first) that fits in `width`; if none does, the
 * last, cut at a word with an ellipsis.
 */
export function fitLine(options: readonly string[], o: WrapOptions): string {
  for (const t of options) if (measure(t, o) <= o.width) return t;
  let t = options.at(-1) ?? '';
  if (hasChinese(t)) {
    // Chinese is cut between pieces (a Han character, a whole Latin word), never inside a word.
    const pieces = piecesOf(t);
    while (pieces.length > 1 && measure(`${pieces.map((p, i) => (i && p.space ? ' ' : '') + p.text).join('')}…`, o) > o.width) pieces.pop();
    t = pieces.map((p, i) => (i && p.space ? ' ' : '') + p.text).join('');
    return `${t.replace(/[\s,;:.·–—\-，、；：。]+$/, '')}…`;
  }
  while (t.includes(' ') && measure(`${t}…`, o) > o.width) t = t.replace(/\s+\S*$/, '');
  return `${t.replace(/[\s,;:.·–—-]+$/, '')}…`;
}
