/** Build-time pieces of issue 5: Open Graph card text fitting, theme CSS for resvg, sitemap. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wrapText } from '../../src/lib/og/fonts';
import { measure } from '../../src/scenes/kit/text';
import { lightPalette, sceneCss } from '../../src/lib/og/theme';
import { tokens } from '../../src/styles/tokens';
import { ogCardSvg, OG_WIDTH, OG_HEIGHT } from '../../src/lib/og/card';
import { renderPng } from '../../src/lib/og/render';
import { builtPages, sitemapPages, sitemapXml } from '../../src/integrations/sitemap';

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
      { kicker: 'Test', title: 'A title that is long enough to wrap onto a second line', summary: 'A summary.', footer: 'Footer' },
      lightPalette(),
      sceneCss(),
    );
    const png = renderPng(svg);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
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
