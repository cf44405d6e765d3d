/**
 * The Chinese edition's type: Noto Sans SC (SIL Open Font License 1.1), from the complete
 * TTFs of @expo-google-fonts/noto-sans-sc (the @fontsource packages ship it only in ~100
 * unicode-range slices per weight, which a subsetter cannot merge back into one file).
 *
 * IBM Plex Sans stays first in every stack, so Latin letters, digits and the punctuation both
 * fonts have (“ ” … · —) are set in Plex on both editions; Noto Sans SC draws only what Plex
 * lacks: Han characters and the full-width marks (，。：；（）《》). What must be exact (figure
 * labels, headings) uses Noto Sans SC cut per page; body prose uses the reader's own Chinese
 * fonts (src/fonts/chinese.css). Three cuts:
 *
 *  - subsetChinese(): at build start, every character the Chinese sources write (chapters,
 *    scene catalogues, UI catalogue, data overlays) plus what Intl writes for numbers, as TTF
 *    in src/fonts/build/noto-sans-sc-<weight>.ttf. resvg draws the Chinese PNGs and cards
 *    with it, and the per-page cuts are taken from it (fast: it is small).
 *  - addChineseFonts(): after the build, for every page in Chinese, a woff2 per weight with
 *    only what that page's headings and figures can show: the text of its headings and SVG
 *    frames as built, the catalogues of its scenes (a what-if redraw writes from them) and the
 *    number characters. The page gets a preload and a stylesheet naming them.
 *  - readChineseMetrics(): the advances src/scenes/kit/text.ts measures Chinese labels with.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkitModule from 'fontkit';
import subsetFont from 'subset-font';
import { BUDGETS } from './check-budgets.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE = join(ROOT, 'node_modules', '@expo-google-fonts', 'noto-sans-sc');
const PLEX_REGULAR = join(ROOT, 'node_modules', '@ibm', 'plex-sans', 'fonts', 'complete', 'woff2', 'IBMPlexSans-Regular.woff2');
const OUT_DIR = join(ROOT, 'src', 'fonts', 'build');
const CACHE_DIR = join(ROOT, '.cache', 'zh-fonts');
const fontkit = fontkitModule.create ? fontkitModule : fontkitModule.default;
/** Bytes of Chinese font a page may load (npm run check:budgets holds every page to it). */
const ZH_PAGE_BUDGET = BUDGETS.chineseFonts;

/** The family name pages declare for the per-page cut (src/fonts/chinese.css uses it). */
export const ZH_FAMILY = 'R1 Noto Sans SC';
/** Chinese text is set in regular and bold only: semibold UI text takes the reader's own bold. */
export const ZH_FACES = [
  { weight: 400, file: join('400Regular', 'NotoSansSC_400Regular.ttf'), range: '100 500' },
  { weight: 700, file: join('700Bold', 'NotoSansSC_700Bold.ttf'), range: '600 900' },
];
/** The site-wide cut (TTF), for resvg and as the source of the per-page cuts. */
export const zhTtf = (weight) => join(OUT_DIR, `noto-sans-sc-${weight}.ttf`);

/**
 * Code points Noto Sans SC draws one em wide unless the metrics list them: the CJK symbols and
 * punctuation, the unified ideographs (and extension A, compatibility), vertical and
 * full-width forms. Shipping ranges, not a table of 20,000 ideographs, keeps the kit small.
 */
export const CJK_RANGES = [
  // (Without U+302A–302F, tone marks drawn over the character before them, with no advance of their own.)
  [0x3000, 0x3029],
  [0x3030, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
];
const inCjkRange = (cp) => CJK_RANGES.some(([a, b]) => cp >= a && cp <= b);

function notoFile(face) {
  const p = join(PACKAGE, face.file);
  if (!existsSync(p)) throw new Error(`Fonts: ${p} is missing. Fix: run \`npm install\` (the @expo-google-fonts/noto-sans-sc package provides it).`);
  return p;
}

const loaded = new Map();
/** fontkit fonts, parsed once (Noto Sans SC is 10 MB a weight). */
function font(path) {
  let f = loaded.get(path);
  if (!f) loaded.set(path, (f = fontkit.create(readFileSync(path))));
  return f;
}
const plex = () => font(PLEX_REGULAR);
const noto = (weight) => font(notoFile(ZH_FACES.find((f) => f.weight === weight)));

/** True when a Chinese page sets `ch` in Noto Sans SC: Plex lacks it and Noto draws it. */
export function needsChineseFont(ch) {
  const cp = ch.codePointAt(0);
  return cp >= 0x20 && !plex().hasGlyphForCodePoint(cp) && noto(400).hasGlyphForCodePoint(cp);
}

function* walk(dir, exts) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p, exts);
    else if (exts.some((e) => name.endsWith(e))) yield p;
  }
}

/**
 * The files Chinese readers' text comes from (whichever exist): the chapters, every scene's
 * Chinese catalogue, the UI catalogue and the data overlays. `root` is the project (or a test
 * fixture laid out the same way).
 */
export function chineseSourceFiles(root = ROOT) {
  const files = [...walk(join(root, 'content', 'zh'), ['.mdx', '.md'])];
  const scenes = join(root, 'src', 'scenes');
  if (existsSync(scenes))
    for (const name of readdirSync(scenes)) {
      const p = join(scenes, name, 'messages', 'zh.json');
      if (existsSync(p)) files.push(p);
    }
  const ui = join(root, 'src', 'i18n', 'ui', 'zh.json');
  if (existsSync(ui)) files.push(ui);
  files.push(...walk(join(root, 'src', 'data', 'i18n', 'zh'), ['.json']));
  return files.sort();
}

/**
 * What Intl writes for numbers in Chinese, which no source file spells out: the 万/亿 of compact
 * notation, currency names (美元), and dates, so that a figure redrawn with a reader's own
 * numbers stays in the font.
 */
export function numberCharacters() {
  const out = new Set();
  const add = (s) => {
    for (const ch of s) out.add(ch);
  };
  for (let e = 0; e <= 15; e++) {
    const n = 1.5 * 10 ** e;
    add(new Intl.NumberFormat('zh-CN', { notation: 'compact' }).format(n));
    add(new Intl.NumberFormat('zh-CN', { notation: 'compact', style: 'currency', currency: 'USD', currencyDisplay: 'name' }).format(n));
    add(new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'USD', currencyDisplay: 'name' }).format(n));
    add(new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', currencyDisplay: 'name' }).format(n));
  }
  add(new Intl.NumberFormat('zh-CN', { style: 'percent' }).format(0.5));
  add(new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' }).format(new Date(Date.UTC(2025, 0, 20))));
  add(new Intl.DateTimeFormat('zh-CN', { dateStyle: 'full' }).format(new Date(Date.UTC(2025, 0, 20))));
  return [...out].filter(needsChineseFont).sort().join('');
}

/** The characters of `texts` that need the Chinese font, sorted and distinct. */
export function chineseCharactersOf(texts) {
  const set = new Set();
  for (const t of texts) for (const ch of t) set.add(ch);
  return [...set].filter(needsChineseFont).sort().join('');
}

/** Every character the Chinese edition writes that needs the Chinese font, plus numberCharacters(). */
export function chineseCharacters(root = ROOT) {
  return chineseCharactersOf([...chineseSourceFiles(root).map((f) => readFileSync(f, 'utf8')), numberCharacters()]);
}

const packageVersion = () => JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).version;
const hashOf = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/**
 * Writes the site-wide cut src/fonts/build/noto-sans-sc-{400,700}.ttf and the font's licence,
 * unless the characters and the package are unchanged since the last run.
 */
export async function subsetChinese({ force = false, log = console.log, root = ROOT } = {}) {
  const chars = chineseCharacters(root);
  const stampFile = join(OUT_DIR, 'zh-stamp.txt');
  const stamp = hashOf(`${packageVersion()}\n${chars}\n${JSON.stringify(ZH_FACES)}`);
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && ZH_FACES.every((f) => existsSync(zhTtf(f.weight)))) return chars;
  mkdirSync(OUT_DIR, { recursive: true });
  const sizes = [];
  for (const face of ZH_FACES) {
    const ttf = await subsetFont(readFileSync(notoFile(face)), chars, { targetFormat: 'sfnt' });
    writeFileSync(zhTtf(face.weight), ttf);
    loaded.delete(zhTtf(face.weight));
    sizes.push(`${face.weight} ${(ttf.length / 1024).toFixed(0)} KiB`);
  }
  writeFileSync(join(OUT_DIR, 'Noto-Sans-SC-OFL.txt'), readFileSync(join(PACKAGE, 'LICENSE_FONT')));
  writeFileSync(stampFile, stamp);
  log(`fonts: Noto Sans SC cut to the ${[...chars].length} characters the Chinese edition writes (TTF ${sizes.join(', ')}) in ${relative(ROOT, OUT_DIR)}/`);
  return chars;
}

/**
 * A woff2 of Noto Sans SC at `weight` with `chars`, cut from the site-wide cut (small, so
 * fast), or from the whole font should a page show a character no Chinese source writes;
 * cached in .cache/zh-fonts/.
 */
export async function pageSubset(chars, weight) {
  const siteWide = existsSync(zhTtf(weight)) ? font(zhTtf(weight)) : null;
  const covered = siteWide && [...chars].every((c) => siteWide.hasGlyphForCodePoint(c.codePointAt(0)));
  const source = readFileSync(covered ? zhTtf(weight) : notoFile(ZH_FACES.find((f) => f.weight === weight)));
  const key = hashOf(`${hashOf(source)}\n${weight}\n${chars}`);
  const cached = join(CACHE_DIR, `${key}.woff2`);
  if (existsSync(cached)) return readFileSync(cached);
  const woff2 = await subsetFont(source, chars, { targetFormat: 'woff2' });
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, woff2);
  return woff2;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decodeHtml = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );
const textOf = (html) => decodeHtml(html.replace(/<[^>]*>/g, ''));

/** True for a page written in Chinese (`<html lang="zh…">`). */
export const isChinesePage = (html) => /<html\b[^>]*\slang=["']?zh/i.test(html);

/**
 * What a Chinese page can show in the exact font, per weight: headings (bold), the text of its
 * figures as built (bold where the frame says font-weight ≥ 550), and the number characters;
 * its scenes' catalogues (a what-if redraw writes from them) in regular, and in `catalogue` for
 * addChineseFonts to add to the bold cut too while the page stays within budget. Only the
 * characters Noto Sans SC draws for the page (needsChineseFont).
 */
export function pageCharacters(html, { root = ROOT } = {}) {
  const regular = [];
  const bold = [];
  const live = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  for (const [, inner] of live.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/gi)) bold.push(textOf(inner));
  for (const [svg] of live.matchAll(/<svg\b[\s\S]*?<\/svg>/gi))
    for (const [, attrs, inner] of svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/gi)) {
      const w = /font-weight\s*[=:]\s*["']?(\d+|bold)/i.exec(attrs)?.[1];
      (w && (w === 'bold' || Number(w) >= 550) ? bold : regular).push(textOf(inner));
    }
  const scenes = new Set([...live.matchAll(/data-scene="([\w-]+)"/g)].map((m) => m[1]));
  const catalogues = [];
  for (const scene of scenes) {
    const file = join(root, 'src', 'scenes', scene, 'messages', 'zh.json');
    if (!existsSync(file)) continue;
    const strings = [];
    const collect = (v) => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x);
    };
    const messages = JSON.parse(readFileSync(file, 'utf8'));
    delete messages.$translates;
    collect(messages);
    catalogues.push(...strings);
  }
  const numbers = numberCharacters();
  return {
    400: chineseCharactersOf([...regular, ...catalogues, numbers]),
    700: chineseCharactersOf([...bold, numbers]),
    catalogue: chineseCharactersOf(catalogues),
  };
}

/** The stylesheet a page's cut is declared in (file names are relative to it: both live in _astro/). */
export function fontFaceCss(files) {
  return (
    ZH_FACES.filter((f) => files[f.weight])
      .map(
        (f) => `@font-face{font-family:'${ZH_FAMILY}';font-style:normal;font-weight:${f.range};font-display:swap;src:url(${files[f.weight]}) format('woff2')}`,
      )
      .join('\n') + '\n'
  );
}

/**
 * After `astro build`: gives every Chinese page of `dist` its own cut of Noto Sans SC (pages
 * that show the same characters share the files), linked from <head> by a stylesheet (a
 * same-origin file: the Content Security Policy allows it, where an inline <style> would need
 * a hash in the page's policy) and preloads. Returns one row per page.
 */
export async function addChineseFonts(dist, { base = '/', log = console.log, root = ROOT } = {}) {
  const rows = [];
  const made = new Map();
  const prefix = `${base.replace(/\/?$/, '/')}_astro/`;
  mkdirSync(join(dist, '_astro'), { recursive: true });
  for (const file of walk(dist, ['.html'])) {
    if (relative(dist, file).startsWith('pagefind')) continue;
    const html = readFileSync(file, 'utf8');
    if (!isChinesePage(html) || !/<\/head>/i.test(html) || html.includes('data-zh-font')) continue;
    const chars = pageCharacters(html, { root });
    const key = hashOf(`${chars[400]}\n${chars[700]}\n${chars.catalogue}`);
    let entry = made.get(key);
    if (!entry) {
      const regular = await pageSubset(chars[400], 400);
      // Bold with the catalogues too (a redraw's bold title stays in the font) when the page can
      // afford it; else bold what the page shows, and a redraw's new bold words take the reader's bold.
      const boldAll = chineseCharactersOf([chars[700], chars.catalogue]);
      let bold = boldAll ? await pageSubset(boldAll, 700) : null;
      if (bold && boldAll !== chars[700] && regular.length + bold.length > ZH_PAGE_BUDGET) bold = chars[700] ? await pageSubset(chars[700], 700) : null;
      const files = {};
      let bytes = 0;
      for (const [weight, woff2] of [
        [400, chars[400] ? regular : null],
        [700, bold],
      ]) {
        if (!woff2) continue;
        const name = `noto-sans-sc-${weight}.${hashOf(woff2).slice(0, 8)}.woff2`;
        writeFileSync(join(dist, '_astro', name), woff2);
        files[weight] = name;
        bytes += woff2.length;
      }
      const css = fontFaceCss(files);
      const cssName = `noto-sans-sc.${hashOf(css).slice(0, 8)}.css`;
      writeFileSync(join(dist, '_astro', cssName), css);
      entry = { files, css: cssName, bytes };
      made.set(key, entry);
    }
    const tags = [
      ...Object.values(entry.files).map((n) => `<link rel="preload" href="${prefix}${n}" as="font" type="font/woff2" crossorigin>`),
      `<link rel="stylesheet" href="${prefix}${entry.css}" data-zh-font>`,
    ].join('');
    writeFileSync(file, html.replace(/<\/head>/i, `${tags}</head>`));
    rows.push({ page: relative(dist, file), chars: { 400: [...chars[400]].length, 700: [...chars[700]].length }, bytes: entry.bytes });
  }
  if (rows.length) {
    const max = Math.max(...rows.map((r) => r.bytes));
    log(`fonts: Noto Sans SC cut for ${rows.length} Chinese pages (${made.size} distinct cuts, largest ${(max / 1024).toFixed(1)} KiB)`);
  }
  return rows;
}

/**
 * Advances for the Chinese characters figures draw, from the same Noto Sans SC files, in
 * 1/1000 em: per weight the advance of the CJK ranges (one em), the exceptions within them,
 * and every other character the Chinese sources write that Plex lacks. No kerning: the cut
 * pages load keeps no `kern` or `palt` feature (hb-subset drops them), so none is drawn.
 */
export function readChineseMetrics(root = ROOT) {
  const used = [...chineseCharacters(root)].filter((c) => !inCjkRange(c.codePointAt(0)));
  const weights = {};
  for (const face of ZH_FACES) {
    const f = noto(face.weight);
    if (f.unitsPerEm !== 1000) throw new Error(`Fonts: Noto Sans SC has ${f.unitsPerEm} units per em; the metrics table assumes 1000.`);
    const adv = {};
    for (const [a, b] of CJK_RANGES)
      for (let cp = a; cp <= b; cp++)
        if (f.hasGlyphForCodePoint(cp)) {
          const w = f.glyphForCodePoint(cp).advanceWidth;
          if (w !== 1000) adv[String.fromCodePoint(cp)] = w;
        }
    for (const c of used) adv[c] = f.glyphForCodePoint(c.codePointAt(0)).advanceWidth;
    weights[face.weight] = adv;
  }
  // Where a Chinese glyph's ink can reach: the top and bottom of the ideographic em box (OS/2).
  const os2 = noto(400)['OS/2'];
  return { ranges: CJK_RANGES, em: 1000, weights, top: os2.typoAscender, bottom: os2.typoDescender };
}
