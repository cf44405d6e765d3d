/** Build-time pieces of issue 5: Open Graph card text fitting, theme CSS for resvg, the Chinese edition's cards, sitemap. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as fontkitModule from 'fontkit';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wrapText } from '../../src/lib/og/fonts';
import { inCjkRange, measure } from '../../src/scenes/kit/text';
import { chineseTtfFiles } from '../../src/fonts/files';
import { lightPalette, sceneCss } from '../../src/lib/og/theme';
import { tokens } from '../../src/styles/tokens';
import { ogCardSvg, textContent, OG_WIDTH, OG_HEIGHT } from '../../src/lib/og/card';
import { chapterCard, ogPath, sceneCard, siteCard } from '../../src/lib/og/cards';
import { scenes } from '../../src/scenes/registry';
import { initialData } from '../../src/scenes/contract';
import { sceneText } from '../../src/scenes/words';
import { untranslated, dataWordsOf } from '../helpers/latin';
import { renderPng } from '../../src/lib/og/render';
import { builtPages, sitemapPages, sitemapXml } from '../../src/integrations/sitemap';

const fontkit = (
  (fontkitModule as { create?: unknown }).create ? fontkitModule : (fontkitModule as unknown as { default: typeof fontkitModule }).default
) as typeof fontkitModule;

describe("Open Graph text fitting (the kit's IBM Plex Sans metrics)", () => {
  it('wraps within the width and the line limit, ending with an ellipsis when text is cut', () => {
    const text = 'DeepSeek first let a model teach itself by trial and reward, then used four careful stages to make it readable.';
    const style = { size: 27 };
    const lines = wrapText(text, style, 400, 3);
    expect(lines.length).toBe(3);
    for (const l of lines) expect(measure(l, style)).toBeLessThanOrEqual(400);
    expect(lines.at(-1)).toMatch(/…$/);
    const all = wrapText(text, style, 400, 10);
    expect(all.join(' ')).toBe(text);
    expect(all.at(-1)).not.toMatch(/…$/);
  });
});

describe('theme CSS for build-time images', () => {
  it('takes the light palette from src/styles/tokens.ts', () => {
    const p = lightPalette();
    expect(p['--bg']).toBe(tokens.bg.light);
    expect(p['--fg']).toBe(tokens.fg.light);
    expect(p['--verdict-wrong-fill']).toBe(tokens['verdict-wrong-fill'].light);
  });
  it('resolves every var(), light-dark() and color-mix() of the scene styles, scoped to the figure', () => {
    const css = sceneCss();
    expect(css).not.toMatch(/var\(|light-dark\(|color-mix\(/);
    expect(css).toContain('.scene-frame .bar.mark-r1');
    for (const line of css.split('\n')) expect(line.startsWith('.scene-frame')).toBe(true);
  });
  it('renders a card to a 1200×630 PNG', () => {
    const svg = ogCardSvg(
      { locale: 'en', kicker: 'Test', title: 'A title that is long enough to wrap onto a second line', summary: 'A summary.', footer: 'Footer' },
      lightPalette(),
      sceneCss(),
    );
    const png = renderPng(svg);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
  });
});

describe('Open Graph cards in Chinese (og/zh/…)', () => {
  const style = { size: 27 };
  const zhText = '那个广为流传的“几百万美元”，是DeepSeek-V3最后一次训练按GPU租金折算出的价格，并不是R1的全部花销。本章讲清它算了什么、漏了什么。';

  it('wraps Chinese between characters (it has no spaces), within the width, never starting a line with a closing mark', () => {
    const all = wrapText(zhText, style, 400, 10);
    expect(all.length).toBeGreaterThan(2);
    expect(all.join('')).toBe(zhText);
    for (const l of all) {
      expect(measure(l, style)).toBeLessThanOrEqual(400);
      expect(l).not.toMatch(/^[，。、；：？！）》”]/);
    }
    // Cut to three lines: the last ends with an ellipsis, still within the width.
    const three = wrapText(zhText, style, 400, 3);
    expect(three.length).toBe(3);
    expect(three.at(-1)).toMatch(/…$/);
    for (const l of three) expect(measure(l, style)).toBeLessThanOrEqual(400);
    // No last line of one to three characters left alone ("处。").
    for (let w = 300; w <= 600; w += 10) expect([...wrapText(zhText, style, w, 10).at(-1)!].length, `width ${w}`).toBeGreaterThanOrEqual(4);
  });

  it('puts a Chinese page at a Chinese card and leaves the English paths as they were', () => {
    expect([ogPath.site('en'), ogPath.chapter('en', 'benchmarks'), ogPath.scene('en', 'model-size')]).toEqual([
      'og/site.png',
      'og/chapters/benchmarks.png',
      'og/scenes/model-size.png',
    ]);
    expect([ogPath.site('zh'), ogPath.chapter('zh', 'benchmarks'), ogPath.scene('zh', 'model-size')]).toEqual([
      'og/zh/site.png',
      'og/zh/chapters/benchmarks.png',
      'og/zh/scenes/model-size.png',
    ]);
    const en = siteCard('en');
    expect([en.kicker, en.title, en.footer]).toEqual(['An explainer', 'DeepSeek-R1, explained', 'A scrollytelling explainer · every figure sourced']);
  });

  // A chapter as the route passes it (front matter of the Chinese file), the site card, and the scenes that speak Chinese.
  /** A Chinese chapter as the route passes it to chapterCard (its one-line front-matter fields: title, summary, order). */
  const zhChapter = (file: string) => {
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(`content/zh/chapters/${file}`, 'utf8'))!;
    const field = (key: string) => new RegExp(`^${key}: (.+)$`, 'm').exec(front!)![1]!.replace(/^"(.*)"$/, '$1');
    return { slug: file.replace(/^\d\d-|\.mdx$/g, ''), order: Number(field('order')), title: field('title'), summary: field('summary'), body: body! };
  };
  const data = zhChapter('05-benchmarks.mdx');
  const opening = /<Scrolly\s+scene="([^"]+)"/.exec(data.body)![1]!;
  const chineseScenes = Object.keys(scenes).filter((name) => existsSync(`src/scenes/${name}/messages/zh.json`));
  const cards = {
    site: siteCard('zh'),
    chapter: chapterCard('zh', data),
    ...Object.fromEntries(chineseScenes.map((name) => [name, sceneCard('zh', name)])),
  };

  it('says everything in Chinese: no Latin words but names (kicker, title, summary, footer, and the figure of a scene that speaks Chinese)', () => {
    expect(chineseScenes.length).toBeGreaterThanOrEqual(3);
    expect(cards.chapter.kicker).toBe(`图解R1 · 第${data.order}章`);
    expect(cards.chapter.frames?.length, 'the chapter opens with a figure').toBe(2);
    for (const [name, card] of Object.entries(cards)) {
      expect(card.locale).toBe('zh');
      // A scene's data words (its example sentence, in the card's language) are data, not its own words.
      const data = name in scenes ? dataWordsOf(scenes[name]!, initialData(scenes[name]!, sceneText(name, 'zh'))) : new Set<string>();
      const english = (text: string) => untranslated(text).filter((w) => !data.has(w));
      for (const text of [card.kicker, card.title, card.summary, card.footer]) {
        expect(text, name).toMatch(/\p{Script=Han}/u);
        expect(english(text), `${name}: ${text}`).toEqual([]);
      }
      // A figure speaks Chinese once its scene has messages/zh.json (the chapter's: its opening scene's).
      if (name !== 'chapter' || chineseScenes.includes(opening))
        for (const f of card.frames ?? []) for (const m of f.marks) if (m.kind === 'text') expect(english(m.text), `${name}: ${m.text}`).toEqual([]);
    }
  });

  it('sets each line within the text column, Chinese in Noto Sans SC at the line’s own weight, and draws it', () => {
    const palette = lightPalette();
    const css = sceneCss();
    for (const [name, card] of Object.entries(cards)) {
      const svg = ogCardSvg(card, palette, css);
      const own = svg.slice(0, svg.indexOf('<svg class="scene-frame"'));
      const lines = [...own.matchAll(/<text x="64" y="\d+" font-family="IBM Plex Sans"( font-weight="700")? font-size="(\d+)"[^>]*>(.*?)<\/text>/g)];
      expect(lines.length, name).toBeGreaterThanOrEqual(5);
      for (const [, bold, size, content] of lines) {
        // Each run of Chinese is a <tspan> naming Noto Sans SC (resvg's own fallback took the regular face for bold text).
        expect(content!.replace(/<tspan font-family="Noto Sans SC">[^<]*<\/tspan>/g, ''), name).not.toMatch(/\p{Script=Han}|</u);
        const text = content!
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&');
        expect(measure(text, { size: Number(size), weight: bold ? 700 : 400 }), `${name}: ${text}`).toBeLessThanOrEqual(640 - 64);
      }
    }
    // The Chinese fonts draw it: Plex alone would leave the Han characters out.
    const svg = ogCardSvg({ ...cards.site, frames: undefined }, palette, css);
    expect(renderPng(svg, 'zh').length).toBeGreaterThan(renderPng(svg, 'en').length * 1.5);
  });

  it('the Chinese cut resvg draws with has every Chinese character of every Chinese card, in both weights', () => {
    const all = [
      siteCard('zh'),
      ...readdirSync('content/zh/chapters').map((f) => chapterCard('zh', zhChapter(f))),
      ...Object.keys(scenes).map((n) => sceneCard('zh', n)),
    ];
    const texts = all.flatMap((c) => [
      c.kicker,
      c.title,
      c.summary,
      c.footer,
      ...(c.frames ?? []).flatMap((f) => f.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []))),
    ]);
    const chars = [...new Set(texts.join(''))].filter((ch) => inCjkRange(ch.codePointAt(0)!));
    expect(chars.length).toBeGreaterThan(100);
    for (const file of chineseTtfFiles()) {
      const font = fontkit.create(readFileSync(file)) as fontkitModule.Font;
      expect(
        chars.filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!)),
        `${file}: characters a Chinese card shows (scripts/fonts-zh.mjs collects what the Chinese sources write)`,
      ).toEqual([]);
    }
  });

  it('leaves English text as it was (no <tspan>)', () => {
    expect(textContent('R1 & “MoE” · 2,048 GPUs')).toBe('R1 &amp; “MoE” · 2,048 GPUs');
    expect(textContent('R1的总参数')).toBe('R1<tspan font-family="Noto Sans SC">的总参数</tspan>');
  });
});

describe('sitemap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  const page = (p: string, head = '') => {
    mkdirSync(join(dir, p), { recursive: true });
    writeFileSync(join(dir, p, 'index.html'), `<html><head>${head}</head></html>`);
  };
  page('');
  page('chapters/a');
  page('embed/scene');
  page('embed/scene/step');
  page('search', '<meta name="robots" content="noindex" />');
  writeFileSync(join(dir, '404.html'), '<html></html>');

  it('lists built pages, leaving out one-step embeds, noindex pages and 404', () => {
    expect(builtPages(dir)).toEqual(['/', '/chapters/a/', '/embed/scene/', '/embed/scene/step/', '/search/']);
    expect(sitemapPages(dir)).toEqual(['/', '/chapters/a/', '/embed/scene/']);
  });
  it('writes absolute, escaped URLs under the base path', () => {
    const xml = sitemapXml(['/', '/chapters/a&b/'], 'https://example.org', '/r1/');
    expect(xml).toContain('<loc>https://example.org/r1/</loc>');
    expect(xml).toContain('<loc>https://example.org/r1/chapters/a&amp;b/</loc>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });
});
