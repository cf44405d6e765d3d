/**
 * Text for the build-time images (Open Graph PNGs), set in the site's IBM Plex Sans (and Noto
 * Sans SC for Chinese) and measured with the scene kit's metrics (src/scenes/kit/text.ts), so
 * titles wrap where they really end.
 */
import { fitLine, hasChinese, measure, wrap, type TextStyle } from '../../scenes/kit/text';
// Chinese line breaking (between characters, never before ，。 nor after （): build time only.
import '../../scenes/kit/text-zh';

/**
 * Greedy word wrap to `maxWidth`, at most `maxLines` lines; text that does not fit ends
 * with an ellipsis on the last line (never mid-word unless one word is wider than a line).
 * Text with Chinese in it breaks by the kit's Chinese rules instead (it has no spaces).
 */
export function wrapText(text: string, style: TextStyle, maxWidth: number, maxLines: number): string[] {
  if (hasChinese(text)) return wrapChinese(text.trim(), style, maxWidth, maxLines);
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (measure(next, style) <= maxWidth || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    i = words.length;
  }
  if (i < words.length || measure(lines.at(-1) ?? '', style) > maxWidth) {
    let last = lines.at(-1) ?? '';
    while (last && measure(`${last}…`, style) > maxWidth) last = last.includes(' ') ? last.replace(/\s+\S*$/, '') : last.slice(0, -1);
    lines[lines.length - 1] = `${last.replace(/[\s,;:.·–—-]+$/, '')}…`;
  }
  return lines;
}

/** Fewest characters a last line of Chinese may have: one to three left alone (处。) look dropped. */
const MIN_LAST_LINE = 4;

/**
 * The kit's Chinese wrap; past `maxLines`, the rest of the text is cut on the last line with an
 * ellipsis. A last line of three characters or fewer takes a few from the line before: the text is
 * wrapped up to three characters narrower, as long as that takes no more lines.
 */
function wrapChinese(text: string, style: TextStyle, maxWidth: number, maxLines: number): string[] {
  const o = { ...style, width: maxWidth };
  let lines = wrap(text, o);
  for (let less = 1; lines.length > 1 && lines.length <= maxLines && [...lines.at(-1)!].length < MIN_LAST_LINE && less <= 3; less++) {
    const narrower = wrap(text, { ...o, width: maxWidth - less * style.size });
    if (narrower.length === lines.length) lines = narrower;
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines - 1);
  // Where the last kept line ends in the text (the wrap drops a space it breaks at, nothing else).
  let at = 0;
  for (const l of kept) at = text.indexOf(l, at) + l.length;
  return [...kept, fitLine([text.slice(at).trim()], o)];
}
