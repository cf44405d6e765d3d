/**
 * Fonts for the build-time images (Open Graph PNGs): DejaVu from node_modules, never the
 * system's, so every machine draws the same pixels. Also measures text with the fonts'
 * own advance widths (cmap + hmtx tables), so titles wrap where they really end.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const FONT_DIR = join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

export const OG_FONTS = {
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
  sansOblique: 'DejaVuSans-Oblique.ttf',
  sansBoldOblique: 'DejaVuSans-BoldOblique.ttf',
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
} as const;
export type OgFont = keyof typeof OG_FONTS;

/** Absolute paths of every font the images use; a missing file is a clear error. */
export function ogFontFiles(): string[] {
  return Object.values(OG_FONTS).map((f) => {
    const p = join(FONT_DIR, f);
    if (!existsSync(p)) throw new Error(`Open Graph images: font ${p} is missing. Fix: run \`npm install\` (the dejavu-fonts-ttf package provides it).`);
    return p;
  });
}

interface Metrics {
  unitsPerEm: number;
  advance(codePoint: number): number;
}

const cache = new Map<string, Metrics>();

/** Parse the cmap (format 4) and hmtx tables of a TrueType font. */
function parseFont(file: string): Metrics {
  const buf = readFileSync(file);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const numTables = dv.getUint16(4);
  const tables: Record<string, number> = {};
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(buf[rec]!, buf[rec + 1]!, buf[rec + 2]!, buf[rec + 3]!);
    tables[tag] = dv.getUint32(rec + 8);
  }
  for (const t of ['head', 'hhea', 'hmtx', 'cmap']) if (tables[t] === undefined) throw new Error(`${file}: no ${t} table`);
  const unitsPerEm = dv.getUint16(tables['head']! + 18);
  const numHMetrics = dv.getUint16(tables['hhea']! + 34);
  const hmtx = tables['hmtx']!;
  const widthOfGlyph = (g: number) => dv.getUint16(hmtx + 4 * Math.min(g, numHMetrics - 1));

  const cmap = tables['cmap']!;
  const n = dv.getUint16(cmap + 2);
  let sub = -1;
  for (let i = 0; i < n; i++) {
    const platform = dv.getUint16(cmap + 4 + i * 8);
    const encoding = dv.getUint16(cmap + 6 + i * 8);
    const offset = dv.getUint32(cmap + 8 + i * 8);
    if (dv.getUint16(cmap + offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) { sub = cmap + offset; break; }
  }
  if (sub < 0) throw new Error(`${file}: no Unicode cmap (format 4)`);
  const segX2 = dv.getUint16(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  const glyphOf = (cp: number): number => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segX2; i += 2) {
      if (cp > dv.getUint16(ends + i)) continue;
      const start = dv.getUint16(starts + i);
      if (cp < start) return 0;
      const delta = dv.getInt16(deltas + i);
      const ro = dv.getUint16(ranges + i);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = dv.getUint16(ranges + i + ro + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const memo = new Map<number, number>();
  return {
    unitsPerEm,
    advance(cp) {
      let w = memo.get(cp);
      if (w === undefined) { w = widthOfGlyph(glyphOf(cp)); memo.set(cp, w); }
      return w;
    },
  };
}

function metrics(font: OgFont): Metrics {
  let m = cache.get(font);
  if (!m) { m = parseFont(join(FONT_DIR, OG_FONTS[font])); cache.set(font, m); }
  return m;
}

/** Width in px of `text` set in `font` at `size` px (no kerning: a hair wider than drawn). */
export function textWidth(text: string, font: OgFont, size: number): number {
  const m = metrics(font);
  let units = 0;
  for (const ch of text) units += m.advance(ch.codePointAt(0)!);
  return (units / m.unitsPerEm) * size;
}

/**
 * Greedy word wrap to `maxWidth`, at most `maxLines` lines; text that does not fit ends
 * with an ellipsis on the last line (never mid-word unless one word is wider than a line).
 */
export function wrapText(text: string, font: OgFont, size: number, maxWidth: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (textWidth(next, font, size) <= maxWidth || !line) { line = next; continue; }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) { lines.push(line); i = words.length; }
  if (i < words.length || textWidth(lines.at(-1) ?? '', font, size) > maxWidth) {
    let last = lines.at(-1) ?? '';
    while (last && textWidth(`${last}…`, font, size) > maxWidth) last = last.includes(' ') ? last.replace(/\s+\S*$/, '') : last.slice(0, -1);
    lines[lines.length - 1] = `${last.replace(/[\s,;:.·–—-]+$/, '')}…`;
  }
  return lines;
}
