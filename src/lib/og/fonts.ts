/**
 * Text for the build-time images (Open Graph PNGs), set in the site's IBM Plex Sans and
 * measured with the scene kit's metrics (src/scenes/kit/text.ts), so titles wrap where
 * they really end.
 */
import { measure, type TextStyle } from '../../scenes/kit/text';

/**
 * Greedy word wrap to `maxWidth`, at most `maxLines` lines; text that does not fit ends
 * with an ellipsis on the last line (never mid-word unless one word is wider than a line).
 */
export function wrapText(text: string, style: TextStyle, maxWidth: number, maxLines: number): string[] {
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
