/**
 * Chinese line breaking for the text kit (kit/text.ts): imported where a scene's Chinese
 * messages are loaded, it registers itself, so English pages never ship it. Without it the
 * kit refuses to wrap Chinese rather than wrap it wrong.
 *
 *   import '../kit/text-zh';   // next to the code that loads messages/zh.json
 *
 * Rules (W3C clreq, GB/T 15834): a line may break between any two Han characters and between
 * Chinese and Latin, never before a closing mark (，。、；：？！）》」』”’…—), never after an
 * opening one (（《「『“‘), never inside a Latin word or a number, and a number keeps its 万 or
 * 亿, its currency (美元) and its measure word (个); a full-width mark after a Latin word ends
 * that word, so a line may break after "MATH-500：". Deterministic and without a dictionary: the server and every browser break a label at
 * the same places. (Intl.Segmenter's word boundaries come from each engine's ICU data and could
 * differ between the frame the server draws and the one the browser redraws; BudouX would add a
 * model of several KiB to every Chinese page for phrase breaks that short labels rarely need.)
 */
import { inCjkRange, measure, useChineseBreaker, type WrapOptions } from './text';

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
/** Unit words a number keeps whole after it (0.55美元, 5890亿美元): a line never ends in 美 with 元 below. */
const UNIT_WORDS = ['美元', '欧元', '港元', '元'];
/** Measure words a bare number keeps (8个, 2,048块, 2025年): a line never ends in a number whose measure word is below. */
const MEASURE_WORDS = new Set('个块张台条种层步位名次倍天年月日项家篇节章轮'.split(''));

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
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/\s/.test(ch)) {
      endWord();
      // A space after an opening mark stays inside the piece; elsewhere it is a break opportunity.
      if (opening) opening += ' ';
      else space = true;
    } else if (NO_LINE_START.has(ch) && !word && !opening && last()) {
      // After a space too: "GPU ）" keeps its space and its bracket on one line.
      last()!.text += (space ? ' ' : '') + ch;
      space = false;
    } else if (NO_LINE_START.has(ch) && word) {
      word += ch;
      // A full-width mark closes the Latin word it follows: "MATH-500：Codeforces" may break after the colon.
      if (inCjkRange(ch.codePointAt(0)!)) endWord();
    } else if (NO_LINE_END.has(ch)) {
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
      const unit = /\d[万亿兆千百]?$/.test(word) ? UNIT_WORDS.find((u) => chars.slice(i, i + u.length).join('') === u) : undefined;
      if (unit) {
        word += unit;
        i += unit.length - 1;
        continue;
      }
      if (/^[\d.,]+[万亿兆千百]?$/.test(word) && MEASURE_WORDS.has(ch)) {
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
 * Greedy wrap of a text with Chinese in it: a line breaks between any two pieces (piecesOf),
 * and only there.
 */
function wrapChinese(text: string, o: WrapOptions): string[] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  for (const p of piecesOf(text)) {
    if (line.length && measure(joined([...line, p]), o) > o.width) {
      lines.push(line);
      line = [p];
    } else line.push(p);
  }
  if (line.length) lines.push(line);
  // A last line under two characters wide (a lone 的 under a full line) reads as a widow: it takes
  // pieces from the line before, while that line keeps more than three and the last line still fits.
  const last = lines.at(-1);
  const before = lines.at(-2);
  while (last && before && measure(joined(last), o) < 2 * o.size && before.length > 3 && measure(joined([before.at(-1)!, ...last]), o) <= o.width)
    last.unshift(before.pop()!);
  return lines.map(joined);
}

function joined(pieces: Piece[]): string {
  return pieces.map((p, i) => (i && p.space ? ' ' : '') + p.text).join('');
}

/** fitLine's last resort for Chinese: cut between pieces (a Han character, a whole Latin word), then an ellipsis. */
function fitChinese(text: string, o: WrapOptions): string {
  const pieces = piecesOf(text);
  while (pieces.length > 1 && measure(`${joined(pieces)}…`, o) > o.width) pieces.pop();
  return `${joined(pieces).replace(/[\s,;:.·–—\-，、；：。]+$/, '')}…`;
}

useChineseBreaker({ wrap: wrapChinese, fit: fitChinese });
