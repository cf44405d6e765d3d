/**
 * The site's one typeface, IBM Plex Sans (SIL Open Font License 1.1), from IBM's own npm
 * package @ibm/plex-sans. (The @fontsource splits of Plex, Inter, Source Sans 3 and
 * Public Sans leave out ← → ≈ ≤ ✓ ⁹, which the figures print; IBM's complete files have
 * them.) Plex's figures are tabular by default, so numbers line up in tables and a
 * label's width does not change when its digits do.
 *
 *   node scripts/fonts.mjs           subset the fonts into src/fonts/build/ (woff2 for the
 *                                    pages, TTF for resvg's PNGs) unless already up to date
 *   node scripts/fonts.mjs --metrics also rewrite src/scenes/kit/font-metrics.ts, the advance
 *                                    widths and kerning the figures are laid out with
 *
 * The subset keeps printable ASCII, Latin-1 and every other character written anywhere in
 * content/ and src/ that the font has (so a reader's own sentence in Latin script still
 * renders in Plex). The Astro integration src/integrations/fonts.ts calls subsetFonts()
 * before every build and dev server, so nothing generated is committed except the metrics.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkitModule from 'fontkit';
import subsetFont from 'subset-font';
import { readChineseMetrics, subsetChinese } from './fonts-zh.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLEX = join(ROOT, 'node_modules', '@ibm', 'plex-sans', 'fonts', 'complete', 'woff2');
export const OUT_DIR = join(ROOT, 'src', 'fonts', 'build');
const METRICS_FILE = join(ROOT, 'src', 'scenes', 'kit', 'font-metrics.ts');
/** The Chinese line breaker lists every Chinese mark: punctuation to break by, not pairs a figure draws. */
const ZH_BREAKER = join(ROOT, 'src', 'scenes', 'kit', 'text-zh.ts');

/** The faces the site uses: weight (and style) → IBM's file. 800 in a figure renders as 700. */
export const FACES = [
  { id: '400', weight: 400, style: 'normal', file: 'IBMPlexSans-Regular.woff2', ttf: true },
  { id: '400i', weight: 400, style: 'italic', file: 'IBMPlexSans-Italic.woff2', ttf: false },
  { id: '600', weight: 600, style: 'normal', file: 'IBMPlexSans-SemiBold.woff2', ttf: true },
  { id: '700', weight: 700, style: 'normal', file: 'IBMPlexSans-Bold.woff2', ttf: true },
];

function plexFile(name) {
  const p = join(PLEX, name);
  if (!existsSync(p)) throw new Error(`Fonts: ${p} is missing. Fix: run \`npm install\` (the @ibm/plex-sans package provides it).`);
  return p;
}

function* walk(dir, exts) {
  for (const name of readdirSync(dir)) {
    if (name === 'build' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p, exts);
    else if (exts.some((e) => name.endsWith(e))) yield p;
  }
}

const PRINTABLE = [...Array(0x7f - 0x20)].map((_, i) => String.fromCharCode(0x20 + i)).join('');
const LATIN1 = [...Array(0x100 - 0xa0)].map((_, i) => String.fromCharCode(0xa0 + i)).join('');

/** Every character written in the given folders (text files only), sorted. */
function charsIn(dirs, exts, skip = []) {
  const set = new Set();
  for (const d of dirs) for (const f of walk(join(ROOT, d), exts)) if (!skip.includes(f)) for (const ch of readFileSync(f, 'utf8')) set.add(ch);
  return set;
}

/** Characters the pages may show: ASCII, Latin-1, and whatever content/ and src/ write. */
export function siteCharacters() {
  const set = charsIn(['content', 'src'], ['.mdx', '.md', '.ts', '.tsx', '.astro', '.json'], [ZH_BREAKER]);
  for (const ch of PRINTABLE + LATIN1) set.add(ch);
  return [...set]
    .filter((c) => c.codePointAt(0) >= 0x20)
    .sort()
    .join('');
}

/** Characters figures draw: ASCII plus what the scenes, their data and models write. */
export function figureCharacters() {
  const set = charsIn(['src/scenes', 'src/data', 'src/model'], ['.ts', '.json'], [ZH_BREAKER]);
  for (const ch of PRINTABLE) set.add(ch);
  return [...set]
    .filter((c) => c.codePointAt(0) >= 0x20 && c.codePointAt(0) !== 0x7f)
    .sort()
    .join('');
}

/**
 * Character pairs figures can draw, for the kerning table that ships to the browser: every
 * pair written side by side in the scenes, their data and models (not the generated table
 * itself), plus every pair of the characters numbers are formatted with, whose neighbours
 * only exist at run time. Kerning between other pairs is left out (about 8 KiB of gzip per
 * page): a reader's own sentence may be off by a kerning unit or two, which the figure's
 * layout tolerates, while every label the site itself draws stays exact (text-metrics test).
 */
export function figurePairs() {
  const pairs = new Set();
  const add = (text) => {
    const chars = [...text];
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i] + chars[i + 1]);
  };
  for (const d of ['src/scenes', 'src/data', 'src/model'])
    for (const f of walk(join(ROOT, d), ['.ts', '.json'])) if (f !== METRICS_FILE && f !== ZH_BREAKER) add(readFileSync(f, 'utf8'));
  const NUMBER = '0123456789 .,%$€¥£+-−–—×≈~<>≤≥()/:KMBGTkmb';
  for (const a of NUMBER) for (const b of NUMBER) pairs.add(a + b);
  // Quotations and lists are built at run time too (a quoted sentence, a joined title): letters
  // and the punctuation around them pair freely. Letter pairs come from the words written above.
  const WORDS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const QUOTES = '“”‘’"\'';
  const PUNCT = QUOTES + ' .,;:!?…()-–—';
  for (const a of WORDS)
    for (const q of QUOTES) {
      pairs.add(a + q);
      pairs.add(q + a);
    }
  for (const a of PUNCT) for (const b of PUNCT) pairs.add(a + b);
  return pairs;
}

// Static imports: Astro loads this through its config, whose module runner is closed by the time hooks run.
const fontkit = fontkitModule.create ? fontkitModule : fontkitModule.default;

/** The subset files are rebuilt only when the characters or the font package change. */
function stampOf(chars) {
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@ibm', 'plex-sans', 'package.json'), 'utf8')).version;
  return createHash('sha256')
    .update(`${version}\n${chars}\n${JSON.stringify(FACES)}`)
    .digest('hex')
    .slice(0, 16);
}

/**
 * Writes src/fonts/build/plex-sans-<id>.woff2 (+ .ttf for resvg) and the licence, and the
 * Chinese edition's Noto Sans SC cut (scripts/fonts-zh.mjs); returns the output folder.
 */
export async function subsetFonts({ force = false, log = console.log } = {}) {
  await subsetPlex({ force, log });
  await subsetChinese({ force, log });
  return OUT_DIR;
}

async function subsetPlex({ force, log }) {
  const wanted = siteCharacters();
  const stampFile = join(OUT_DIR, 'stamp.txt');
  const stamp = stampOf(wanted);
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return OUT_DIR;
  mkdirSync(OUT_DIR, { recursive: true });
  const report = [];
  for (const face of FACES) {
    const src = readFileSync(plexFile(face.file));
    const font = fontkit.create(src);
    // Only characters the font draws: the rest fall back to the next font in the stack anyway.
    const text = [...wanted].filter((c) => font.hasGlyphForCodePoint(c.codePointAt(0))).join('');
    const woff2 = await subsetFont(src, text, { targetFormat: 'woff2' });
    writeFileSync(join(OUT_DIR, `plex-sans-${face.id}.woff2`), woff2);
    report.push(`${face.id} ${(woff2.length / 1024).toFixed(1)} KiB`);
    if (face.ttf) writeFileSync(join(OUT_DIR, `plex-sans-${face.id}.ttf`), await subsetFont(src, text, { targetFormat: 'sfnt' }));
  }
  writeFileSync(join(OUT_DIR, 'OFL.txt'), readFileSync(plexFile('license.txt')));
  writeFileSync(stampFile, stamp);
  log(`fonts: IBM Plex Sans subset to ${[...wanted].length} characters (${report.join(', ')}) in ${relative(ROOT, OUT_DIR)}/`);
  return OUT_DIR;
}

/**
 * Advance widths and kerning (with ligatures folded in as a pair's correction) for the
 * figure characters, read with fontkit from the same files the pages use. Units: 1/1000 em.
 */
export async function readMetrics() {
  const chars = figureCharacters();
  const pairs = figurePairs();
  const weights = {};
  // Figures set text in regular and bold only (semibold is for the page's own UI), so the table
  // that ships with every figure carries those two.
  for (const face of FACES.filter((f) => f.style === 'normal' && f.weight !== 600)) {
    const font = fontkit.create(readFileSync(plexFile(face.file)));
    if (font.unitsPerEm !== 1000) throw new Error(`Fonts: ${face.file} has ${font.unitsPerEm} units per em; the metrics table assumes 1000.`);
    const has = [...chars].filter((c) => font.hasGlyphForCodePoint(c.codePointAt(0)));
    const width = (s) => font.layout(s).positions.reduce((a, p) => a + p.xAdvance, 0);
    const adv = {};
    for (const c of has) adv[c] = width(c);
    const kern = {};
    for (const a of has)
      for (const b of has) {
        const d = width(a + b) - adv[a] - adv[b];
        if (d !== 0 && pairs.has(a + b)) kern[a + b] = d;
      }
    weights[face.weight] = { adv, kern };
  }
  const f = fontkit.create(readFileSync(plexFile(FACES[0].file)));
  return { chars, weights, ascent: f.ascent, descent: f.descent, zh: readChineseMetrics() };
}

/** Compact source: per weight, one advance per character and kerning grouped by its value. */
function metricsSource(m) {
  const lines = [];
  lines.push('// Generated by `node scripts/fonts.mjs --metrics` from @ibm/plex-sans. Do not edit.');
  lines.push('// tests/unit/text-metrics.test.ts fails when this no longer matches the font files.');
  lines.push('/* eslint-disable */');
  lines.push('');
  lines.push(`export const FONT_FAMILY = 'IBM Plex Sans';`);
  lines.push(`/** Ascender and descender in 1/1000 em (hhea). */`);
  lines.push(`export const ASCENT = ${m.ascent};`);
  lines.push(`export const DESCENT = ${m.descent};`);
  lines.push('/** Per weight: the characters in order, their advances, and kerning pairs keyed by correction. */');
  lines.push('export const FACES: Record<number, { chars: string; adv: number[]; kern: Record<number, string> }> = {');
  for (const [w, { adv, kern }] of Object.entries(m.weights)) {
    const chars = Object.keys(adv).join('');
    const byValue = {};
    for (const [pair, d] of Object.entries(kern)) (byValue[d] ??= []).push(pair);
    lines.push(`  ${w}: {`);
    lines.push(`    chars: ${JSON.stringify(chars)},`);
    lines.push(`    adv: [${Object.values(adv).join(',')}],`);
    lines.push(`    kern: {`);
    for (const d of Object.keys(byValue)
      .map(Number)
      .sort((a, b) => a - b))
      lines.push(`      ${JSON.stringify(String(d))}: ${JSON.stringify(byValue[d].join(''))},`);
    lines.push('    },');
    lines.push('  },');
  }
  lines.push('};');
  const { zh } = m;
  lines.push('');
  lines.push('/**');
  lines.push(' * Chinese, for what Plex lacks (Noto Sans SC, scripts/fonts-zh.mjs): code points in CJK_RANGES are CJK_EM');
  lines.push(' * wide unless CJK_FACES lists them; CJK_FACES also lists the other characters the Chinese sources write.');
  lines.push(' * CJK_TOP and CJK_BOTTOM bound the ideographic em box (where Chinese ink lies), in 1/1000 em.');
  lines.push(' */');
  lines.push(`export const CJK_RANGES: [number, number][] = ${JSON.stringify(zh.ranges)};`);
  lines.push(`export const CJK_EM = ${zh.em};`);
  lines.push(`export const CJK_TOP = ${zh.top};`);
  lines.push(`export const CJK_BOTTOM = ${zh.bottom};`);
  lines.push('export const CJK_FACES: Record<number, { chars: string; adv: number[] }> = {');
  for (const [w, adv] of Object.entries(zh.weights)) {
    lines.push(`  ${w}: {`);
    lines.push(`    chars: ${JSON.stringify(Object.keys(adv).join(''))},`);
    lines.push(`    adv: [${Object.values(adv).join(',')}],`);
    lines.push('  },');
  }
  lines.push('};');
  return lines.join('\n') + '\n';
}

export async function writeMetrics() {
  const src = metricsSource(await readMetrics());
  writeFileSync(METRICS_FILE, src);
  console.log(`fonts: wrote ${relative(ROOT, METRICS_FILE)} (${(src.length / 1024).toFixed(1)} KiB)`);
}

export async function metricsAreCurrent() {
  return existsSync(METRICS_FILE) && readFileSync(METRICS_FILE, 'utf8') === metricsSource(await readMetrics());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const force = process.argv.includes('--force');
  if (process.argv.includes('--metrics')) await writeMetrics();
  await subsetFonts({ force });
}
