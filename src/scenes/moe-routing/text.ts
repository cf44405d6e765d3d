/**
 * Rough text widths for SVG labels laid out without a DOM to measure. Widths are
 * those of DejaVu Sans, the widest common system sans-serif (Linux's default), so
 * with Helvetica, Roboto or Segoe UI a label only comes out a little shorter and
 * never runs into its neighbour.
 */
const LOWER: Record<string, number> = {
  a: 0.61, b: 0.63, c: 0.55, d: 0.63, e: 0.62, f: 0.35, g: 0.63, h: 0.63, i: 0.28, j: 0.28, k: 0.58, l: 0.28, m: 0.97,
  n: 0.63, o: 0.61, p: 0.63, q: 0.63, r: 0.41, s: 0.52, t: 0.39, u: 0.63, v: 0.59, w: 0.82, x: 0.59, y: 0.59, z: 0.53,
};
const NARROW = new Set([...'IJ.,:;!|\'’`()[]{}']);
const WIDE = new Set([...'MWmw@%&—']);

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ch in LOWER) em += LOWER[ch]!;
    else if (ch === ' ') em += 0.32;
    else if (NARROW.has(ch)) em += 0.34;
    else if (WIDE.has(ch)) em += 0.95;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else if (/[0-9]/.test(ch)) em += 0.64;
    else if (/\p{L}/u.test(ch)) em += 0.65;
    else em += 0.8;
  }
  return em * fontSize * (bold ? 1.1 : 1);
}

/** Greedy word wrap to lines no wider than `width`. */
export function wrap(text: string, fontSize: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
