/**
 * The Chinese edition's web font (scripts/fonts-zh.mjs): the collector reads the Chinese
 * sources wherever they are (tests/fixtures/zh-fonts/ is laid out like the project), a Chinese
 * page gets its own cut of Noto Sans SC with exactly what its headings and figures can show
 * (and an English page nothing), and the size-budget check counts the Chinese font apart and
 * fails a page over 100 KiB of it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as fontkitModule from 'fontkit';
import { addChineseFonts, chineseCharacters, chineseSourceFiles, isChinesePage, numberCharacters, pageCharacters, ZH_FAMILY } from '../../scripts/fonts-zh.mjs';
import { checkBudgets } from '../../scripts/check-budgets.mjs';

const fontkit = (
  (fontkitModule as { create?: unknown }).create ? fontkitModule : (fontkitModule as unknown as { default: typeof fontkitModule }).default
) as typeof fontkitModule;
const FIXTURE = 'tests/fixtures/zh-fonts';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

const zhPage = (body: string, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/site.css">${head}</head><body>${body}</body></html>`;
const enPage = (body: string) => `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`;

/** A built site in a temporary folder. */
function dist(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'r1-zh-fonts-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('the Chinese characters the sources write', () => {
  it('reads the chapters, scene catalogues, UI catalogue and data overlays that exist', () => {
    expect(chineseSourceFiles(FIXTURE).map((f) => f.slice(FIXTURE.length + 1))).toEqual([
      'content/zh/chapters/02-mixture-of-experts.mdx',
      'src/data/i18n/zh/glossary/moe.json',
      'src/i18n/ui/zh.json',
      'src/scenes/moe-routing/messages/zh.json',
    ]);
    const chars = chineseCharacters(FIXTURE);
    for (const [ch, from] of [
      ['唤', 'chapter title'],
      ['构', 'data overlay'],
      ['术', 'UI catalogue'],
      ['选', 'scene catalogue'],
      ['，', 'full-width comma'],
      ['亿', 'Intl (compact numbers)'],
      ['美', 'Intl (US dollars)'],
    ])
      expect(chars, from).toContain(ch);
    // Plex draws these on Chinese pages too: they are not in the Chinese cut.
    for (const ch of 'DeepSeek0123456789“”%…') expect(chars).not.toContain(ch);
    expect(numberCharacters()).toContain('万');
  });
});

describe('a cut of Noto Sans SC per Chinese page', () => {
  const svg =
    '<svg viewBox="0 0 10 10"><title>图题说明</title><text font-size="16" font-weight="700">路由器</text><text font-size="12">得分最高</text><text>MoE</text></svg>';

  it('collects a page’s headings (bold), figure text (by its weight) and its scenes’ catalogues', () => {
    const html = zhPage(`<h1>专家<a href="#x">#</a></h1><p>段落叙述</p><figure data-scene="moe-routing">${svg}</figure>`);
    expect(isChinesePage(html)).toBe(true);
    expect(isChinesePage(enPage('<h1>x</h1>'))).toBe(false);
    const c = pageCharacters(html, { root: FIXTURE });
    expect(c[700]).toContain('专');
    expect(c[700]).toContain('路');
    expect(c[400]).toContain('得');
    // The catalogue: a what-if redraw may set any of it (bold too, when the page can afford it: addChineseFonts).
    expect(c[400]).toContain('参');
    expect(c.catalogue).toContain('参');
    expect(c[700]).not.toContain('参');
    // Body prose and an SVG's accessible title are set in the reader's fonts, not the cut.
    for (const w of [400, 700] as const) for (const ch of '段落叙述图题说明') expect(c[w]).not.toContain(ch);
    // Without the catalogue, only what the page shows.
    const bare = pageCharacters(zhPage(`<h1>专家</h1>${svg}`), { root: FIXTURE });
    expect(bare[400]).not.toContain('参');
    expect(bare[400]).not.toContain('专');
  });

  it('links the cut from each Chinese page (shared by pages that show the same), and leaves English pages byte for byte', async () => {
    const english = enPage(`<h1>Experts</h1>${svg}`);
    const d = dist({
      'index.html': english,
      'zh/index.html': zhPage(`<h1>专家</h1>${svg}`),
      'zh/glossary/index.html': zhPage(`<h1>专家</h1>${svg}`),
    });
    const rows = await addChineseFonts(d, { base: '/', log: () => {}, root: FIXTURE });
    expect(rows.map((r) => r.page).sort()).toEqual(['zh/glossary/index.html', 'zh/index.html']);
    expect(readFileSync(join(d, 'index.html'), 'utf8')).toBe(english);
    const html = readFileSync(join(d, 'zh/index.html'), 'utf8');
    expect(readFileSync(join(d, 'zh/glossary/index.html'), 'utf8')).toBe(html);
    const css = /<link rel="stylesheet" href="\/_astro\/(noto-sans-sc\.\w+\.css)" data-zh-font>/.exec(html)![1]!;
    const text = readFileSync(join(d, '_astro', css), 'utf8');
    expect(text).toContain(`font-family:'${ZH_FAMILY}'`);
    const faces = [...text.matchAll(/font-weight:([\d ]+);.*?src:url\(([^)]+)\)/g)].map((m) => [m[1], m[2]!] as const);
    expect(faces.map((f) => f[0])).toEqual(['100 500', '600 900']);
    for (const [, file] of faces) expect(html).toContain(`<link rel="preload" href="/_astro/${file}" as="font" type="font/woff2" crossorigin>`);
    // The regular cut draws exactly the regular text (and the number characters), nothing of the heading.
    const regular = fontkit.create(readFileSync(join(d, '_astro', faces[0]![1])));
    for (const ch of '得分最高亿') expect(regular.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of '专M') expect(regular.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(false);
    // Run twice (a rebuild hook), the page is not given a second copy.
    await addChineseFonts(d, { log: () => {}, root: FIXTURE });
    expect(readFileSync(join(d, 'zh/index.html'), 'utf8')).toBe(html);
  }, 60_000);

  it('the bold cut has the scenes’ catalogues while the page can afford them, else only what the page shows bold', async () => {
    const boldCut = async (root: string) => {
      const d = dist({ 'zh/index.html': zhPage(`<h1>专家</h1><figure data-scene="moe-routing">${svg}</figure>`) });
      const [row] = await addChineseFonts(d, { log: () => {}, root });
      const css = readFileSync(
        join(
          d,
          '_astro',
          readdirSync(join(d, '_astro')).find((f) => f.endsWith('.css'))!,
        ),
        'utf8',
      );
      const file = /font-weight:600 900;[^}]*url\(([^)]+)\)/.exec(css)![1]!;
      return { font: fontkit.create(readFileSync(join(d, '_astro', file))), bytes: row!.bytes };
    };
    const has = (f: fontkitModule.Font, ch: string) => f.hasGlyphForCodePoint(ch.codePointAt(0)!);
    const small = await boldCut(FIXTURE);
    expect(has(small.font, '参')).toBe(true);
    // A catalogue of 500 distinct characters: regular and bold together would pass 100 KiB.
    const big = mkdtempSync(join(tmpdir(), 'r1-zh-root-'));
    try {
      const many = [...Array(500)].map((_, i) => String.fromCodePoint(0x4e00 + i * 5)).join('');
      mkdirSync(join(big, 'src/scenes/moe-routing/messages'), { recursive: true });
      writeFileSync(join(big, 'src/scenes/moe-routing/messages/zh.json'), JSON.stringify({ title: many }));
      const heavy = await boldCut(big);
      expect(has(heavy.font, many[1]!)).toBe(false);
      for (const ch of '专路') expect(has(heavy.font, ch)).toBe(true);
      expect(heavy.bytes).toBeLessThan(100 * 1024);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }, 120_000);

  it('under a sub-path the links carry the base', async () => {
    const d = dist({ 'zh/index.html': zhPage(`<h1>专家</h1>`) });
    await addChineseFonts(d, { base: '/r1-explained/', log: () => {}, root: FIXTURE });
    expect(readFileSync(join(d, 'zh/index.html'), 'utf8')).toMatch(/href="\/r1-explained\/_astro\/noto-sans-sc\.\w+\.css"/);
  }, 60_000);
});

describe('the size budget counts the Chinese font per page', () => {
  /** The smallest site checkBudgets accepts (a page of every kind), plus `extra`. */
  const site = (extra: Record<string, string>) =>
    dist({
      'index.html': enPage('<figure data-scene="x"></figure>'),
      'chapters/one/index.html': enPage('<div data-scrolly="x"></div>'),
      'embed/x/index.html': enPage('<figure data-scene="x"></figure>'),
      'search/index.html': enPage('<p>search</p>'),
      'glossary/index.html': enPage('<p>terms</p>'),
      '_astro/site.css': 'body{margin:0}',
      ...extra,
    });
  const fontFailures = (d: string) => checkBudgets(d).failures.filter((f: string) => /fonts/.test(f));
  /** `n` distinct Han characters from the common block. */
  const han = (n: number, from = 0x4e00) => [...Array(n)].map((_, i) => String.fromCodePoint(from + i * 3)).join('');

  it('a page within budget passes, and its Chinese bytes are counted apart from the Latin ones', async () => {
    const d = site({ 'zh/chapters/one/index.html': zhPage(`<div data-scrolly="x"></div><h1>${han(100)}</h1>`) });
    await addChineseFonts(d, { log: () => {}, root: FIXTURE });
    const r = checkBudgets(d);
    const row = r.rows.find((x: { path: string }) => x.path === '/zh/chapters/one/')!;
    expect(row.zhFontBytes).toBeGreaterThan(100 * 100);
    expect(row.zhFontBytes).toBeLessThan(100 * 1024);
    expect(row.fontBytes).toBe(0);
    expect(fontFailures(d)).toEqual([]);
  }, 60_000);

  it('a Chinese page may make three more requests than 25 (its font stylesheet and two cuts), not four', async () => {
    const links = (n: number) => [...Array(n)].map((_, i) => `<link rel="stylesheet" href="/_astro/s${i}.css">`).join('');
    const styles = Object.fromEntries([...Array(30)].map((_, i) => [`_astro/s${i}.css`, 'p{margin:0}']));
    const at = (n: number) => site({ ...styles, 'zh/chapters/one/index.html': zhPage(`<div data-scrolly="x"></div><h1>专家</h1>`, links(n)) });
    const requestFailures = (d: string) => checkBudgets(d).failures.filter((f: string) => /requests at load/.test(f));
    // The page, site.css and 23 more: 25. With the Chinese font: 28, within 25 + 3.
    let d = at(23);
    await addChineseFonts(d, { log: () => {}, root: FIXTURE });
    expect(checkBudgets(d).rows.find((x: { path: string }) => x.path === '/zh/chapters/one/')!.requests).toBe(28);
    expect(requestFailures(d)).toEqual([]);
    rmSync(d, { recursive: true, force: true });
    d = at(24);
    await addChineseFonts(d, { log: () => {}, root: FIXTURE });
    expect(requestFailures(d)).toEqual([expect.stringMatching(/^\/zh\/chapters\/one\/ \(chapter\): 29 requests at load > budget 28\./)]);
  }, 60_000);

  it('an over-budget page fails (planted: 900 distinct characters in its headings and figure)', async () => {
    const d = site({
      'zh/chapters/one/index.html': zhPage(`<div data-scrolly="x"></div><h1>${han(450)}</h1><svg><text>${han(450, 0x6000)}</text></svg>`),
    });
    const [row] = await addChineseFonts(d, { log: () => {}, root: FIXTURE });
    expect(row!.bytes).toBeGreaterThan(100 * 1024);
    expect(fontFailures(d)).toEqual([
      expect.stringMatching(/^\/zh\/chapters\/one\/ \(chapter\): Chinese fonts 1\d\d\.\d KiB > budget 100\.0 KiB\. Fix: fewer distinct characters/),
    ]);
    expect(existsSync(join(d, '_astro'))).toBe(true);
  }, 120_000);
});

describe('Chinese in PNG downloads and cards (resvg)', () => {
  // 亿美元: Intl writes them, so the site-wide cut has them whatever the Chinese sources say.
  it('draws Han characters with the Chinese options, and English stays with Plex alone', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const { resvgFontOptions } = await import('../../src/fonts/files');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="28" font-size="24" font-family="IBM Plex Sans">5亿美元</text></svg>`;
    const ink = (font: ReturnType<typeof resvgFontOptions>) => {
      const px = new Resvg(svg, { font }).render().pixels;
      let n = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
      return n;
    };
    expect(ink(resvgFontOptions('zh'))).toBeGreaterThan(100);
    // Plex alone draws the 5 only.
    expect(ink(resvgFontOptions('zh'))).toBeGreaterThan(3 * ink(resvgFontOptions()));
    expect(resvgFontOptions().fontFiles.every((f) => /plex-sans/.test(f))).toBe(true);
  });
});
