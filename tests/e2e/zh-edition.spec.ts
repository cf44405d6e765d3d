/**
 * The Chinese edition, in two page loads plus one switch (desktop only: the layout is the English
 * one, walked by the other specs). Checks, per load: <html lang>, hreflang alternates, the language
 * switch (same page, same step), no English words in the site's own chrome, and axe.
 *
 * Scene text: a page hands its live figure the one catalogue of its language (SceneFigure's
 * `data-scene-text`), and the browser lays out every step from it; the scene's code ships no words
 * of any language, so a page never downloads the other edition's.
 */
import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ready, axe, scrollToStep, expectFigureAt } from './fixtures';
import { builtPages } from '../../src/integrations/sitemap';
import { localeOfPath } from '../../src/i18n/paths';
import { untranslated } from '../helpers/latin';

/** Latin-letter words a Chinese page may show: names, units, the other edition's own name. */
const NAMES = /\b(DeepSeek(-R1|-V3)?|R1|V3|MoE|Codeforces|AIME|MATH-500|GPU|AI|API|IBM|Plex|Sans|SIL|Cookie|English|SVG|PNG|CSV|BibTeX|GB\/T|EB\/OL|APA)\b/g;

/**
 * Text of the site's chrome on this page: header, skip link, footer, a chapter's contents, pager and
 * citation. (The step links name the scene's step labels, which come from the scenes' catalogues.)
 */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.skip-link, header.site-header, footer.site-footer, nav.toc, nav.pager, .cite-this')]
      .map((e) => (e as HTMLElement).innerText)
      .join('\n'),
  );
}

async function expectChineseChrome(page: Page) {
  const text = (await chromeText(page)).replace(NAMES, '');
  expect(text.length, 'the chrome has text').toBeGreaterThan(20);
  expect(text.match(/[A-Za-z]{2,}/g) ?? [], 'English words in the chrome of a Chinese page').toEqual([]);
}

async function alternates(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, new URL(l.href).pathname])),
  );
}

test.describe('Chinese edition @desktop-only', () => {
  test('home: lang, alternates, switch, Chinese chrome, axe; a chapter keeps its step across the switch', async ({ page }) => {
    await page.goto('/zh/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await alternates(page)).toEqual({ en: '/', 'zh-CN': '/zh/', 'x-default': '/' });
    const toEnglish = page.locator('a[data-lang-switch="en"]');
    await expect(toEnglish).toHaveAttribute('href', '/');
    await expect(toEnglish).toHaveAttribute('hreflang', 'en');
    await expect(toEnglish).toHaveAttribute('lang', 'en');
    await expect(toEnglish).toHaveText('English');
    await expectChineseChrome(page);
    await axe(page, 'zh home');

    // A translated chapter with a figure: open it on its second step.
    const chapterLinks = await page
      .locator('.chapter-list .chapter-title a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(chapterLinks.length, 'at least one chapter is translated').toBeGreaterThan(0);
    expect(chapterLinks.every((p) => /^\/zh\/chapters\/[a-z0-9-]+\/$/.test(p))).toBe(true);
    let target: { path: string; anchor: string; first: string } | undefined;
    for (const path of chapterLinks) {
      await page.goto(path);
      const anchors = await page.locator('[data-step][data-step-scene]').evaluateAll((els) => els.map((e) => e.id));
      if (anchors.length >= 2) {
        target = { path, anchor: anchors[1]!, first: anchors[0]! };
        break;
      }
    }
    expect(target, 'a translated chapter with a scrollytelling figure').toBeDefined();
    const { path, anchor, first } = target!;
    await page.goto(`${path}#${anchor}`);
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const english = path.replace(/^\/zh/, '');
    expect(await alternates(page)).toEqual({ en: english, 'zh-CN': path, 'x-default': english });
    const [scene, step] = anchor.split('--') as [string, string];
    await expect(page.locator(`figure[data-scene="${scene}"]`).first()).toHaveAttribute('data-current-step', step);
    await expectChineseChrome(page);
    await axe(page, 'zh chapter');

    // The reader scrolls up to the switch, passing the first step on the way; the switch still goes
    // to the same chapter in English on the step they were reading.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.locator(`#${first}`)).toHaveClass(/is-active/);
    const switchLink = page.locator('a[data-lang-switch="en"]');
    await switchLink.hover();
    expect(await switchLink.evaluate((a: HTMLAnchorElement) => a.pathname + a.hash)).toBe(`${english}#${anchor}`);
    await switchLink.click();
    await page.waitForURL((u) => u.pathname === english);
    expect(new URL(page.url()).hash).toBe(`#${anchor}`);
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator(`figure[data-scene="${scene}"]`).first()).toHaveAttribute('data-current-step', step);
    await expect(page.locator('a[data-lang-switch="zh"]')).toHaveAttribute('href', path);
  });
});

const SCENE = 'benchmark-bars';
const catalogue = (locale: string) => JSON.parse(readFileSync(`src/scenes/${SCENE}/messages/${locale}.json`, 'utf8')) as Record<string, unknown>;
const strings = (c: Record<string, unknown>) =>
  Object.entries(c)
    .filter(([k]) => k !== '$translates')
    .flatMap(([, v]) => (typeof v === 'string' ? [v] : Object.values(v as Record<string, string>)));

test('@desktop-only a live figure speaks its page’s one catalogue, and no script carries scene words of either language', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
  });
  await page.goto('chapters/benchmarks/');
  await ready(page);
  const fig = page.locator(`figure[data-scene="${SCENE}"]`);
  const payload = JSON.parse((await fig.getAttribute('data-scene-text')) ?? 'null') as { locale: string; messages: Record<string, string> };
  expect(payload.locale).toBe('en');
  const { $translates: _, ...english } = catalogue('en');
  expect(payload.messages).toEqual(english);
  await expect(fig.locator('.scene-title')).toHaveText(payload.messages['title']!);

  // The browser draws the last step from the catalogue: its headline and step label come from it.
  await scrollToStep(page, SCENE, 'summary');
  await expectFigureAt(page, SCENE, 'summary');
  await expect(fig.locator('svg title').first()).toHaveText(payload.messages['summary.title']!);

  expect(scripts.length).toBeGreaterThan(0);
  const chinese = strings(catalogue('zh')).filter((s) => /\p{Script=Han}/u.test(s));
  const longEnglish = strings(english).filter((s) => s.length >= 25 && !s.includes('{'));
  expect(chinese.length).toBeGreaterThan(10);
  expect(longEnglish.length).toBeGreaterThan(5);
  for (const js of scripts) {
    expect(chinese.filter((s) => js.includes(s))).toEqual([]);
    expect(longEnglish.filter((s) => js.includes(JSON.stringify(s).slice(1, -1)) || js.includes(s))).toEqual([]);
  }
});

test('@desktop-only a Chinese embed page says its step title, step count and live text in Chinese as the reader steps', async ({ page }) => {
  await page.goto('zh/embed/benchmark-bars/');
  await ready(page);
  const fig = page.locator('figure[data-scene="benchmark-bars"]');
  await fig.locator('[data-goto-step="coding"]').click();
  await expect(fig).toHaveAttribute('data-current-step', 'coding');
  await expect(fig.locator('.scene-step-count')).toHaveText(/^第2步，共\d+步$/);
  await expect(fig.locator('.scene-step-title')).toHaveText(/^——\S.*。$/);
  await expect(fig.locator('.scene-live')).toHaveText(/^图，第2步，共\d+步，\S+：\S/);
  const chrome = await fig.evaluate((f) =>
    [f.querySelector('.scene-step-count'), f.querySelector('.scene-step-title'), f.querySelector('.scene-live')].map((e) => e!.textContent).join(' '),
  );
  expect(chrome, 'no English sentence around the figure').not.toMatch(/\b(Step|of|Figure)\b/);
});

test('@desktop-only the router’s sentence form on a Chinese page: a Chinese example is routed in two-character tokens, the status says so in Chinese, and a source cell the browser rewrites names its source in Chinese', async ({
  page,
}) => {
  await page.goto('zh/embed/moe-routing/every-token/');
  await ready(page);
  const fig = page.locator('figure[data-scene="moe-routing"]');
  const box = fig.locator('[data-scene-input-box]');
  if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator('summary').click();
  const example = fig.locator('[data-example]').first();
  const sentence = (await example.getAttribute('data-example'))!;
  expect(sentence, 'the first example is Chinese').toMatch(/^\p{Script=Han}/u);
  await example.click();
  await expect(fig.locator('[data-input-status]')).toHaveText(`图中现在显示的是：“${sentence}”。`);
  // Each row of the every-token step is a token: the Chinese ones are two characters (a last one alone).
  const words = () => fig.locator('.scene-box svg').evaluate((s) => [...s.querySelectorAll('text:not([data-exiting])')].map((t) => t.textContent ?? ''));
  await expect.poll(words).toContain(sentence.slice(0, 2));
  // Drawn as two-character tokens: the first two characters are one row's label, the first three are none.
  const svgWords = await words();
  expect(svgWords).not.toContain(sentence.slice(0, 3));
  expect(svgWords).not.toContain(sentence.slice(0, 4));

  // The data table, rewritten in the browser at another step, names its sources in Chinese and links the Chinese list.
  await page.goto('zh/embed/memory-fit/');
  await ready(page);
  const mf = page.locator('figure[data-scene="memory-fit"]');
  await mf.locator('[data-goto-step="hardware"]').click();
  await expect(mf).toHaveAttribute('data-current-step', 'hardware');
  const data = mf.locator('details:has(.scene-table)');
  if (!(await data.evaluate((d) => (d as HTMLDetailsElement).open))) await data.locator('summary').click();
  const links = mf.locator('.scene-table a[data-source-id]');
  await expect(links.first()).toBeVisible();
  for (const a of await links.all()) {
    await expect(a).toHaveAttribute('href', /\/zh\/sources\/#[A-Z0-9_]+$/);
    expect(untranslated((await a.textContent()) ?? ''), 'a source named in Chinese').toEqual([]);
  }
});

test('@desktop-only a Chinese page’s figure files are the Chinese ones: downloads, the embed snippet’s title and the oEmbed answer', async ({ page }) => {
  await page.goto('zh/embed/benchmark-bars/');
  await ready(page);
  const fig = page.locator('figure[data-scene="benchmark-bars"]');
  await fig.locator('[data-goto-step="coding"]').click();
  await expect(fig).toHaveAttribute('data-current-step', 'coding');
  // The download links follow the step and stay in the Chinese edition.
  const links = fig.locator('.figure-downloads a');
  for (const ext of ['svg', 'png', 'csv'])
    await expect(links.filter({ hasText: new RegExp(ext, 'i') })).toHaveAttribute('href', new RegExp(`/zh/downloads/benchmark-bars/coding\\.${ext}$`));
  const svgHref = (await links.first().getAttribute('href'))!;
  const svg = await (await page.request.get(new URL(svgHref, page.url()).href)).text();
  expect(svg).toContain('来源：');
  expect(svg).toContain('图解R1 · ');
  expect(svg).not.toContain('R1, Explained');
  const csv = await (await page.request.get(new URL(svgHref.replace(/\.svg$/, '.csv'), page.url()).href)).text();
  expect(csv, 'the data table’s header is Chinese').toMatch(/^\uFEFF?[^\n]*\p{Script=Han}/u);
  // oEmbed: the Chinese title, the Chinese site name, a snippet framing the Chinese embed page.
  const oembed = await (await page.request.get(new URL('../../oembed/benchmark-bars/coding.json', page.url()).href)).json();
  expect(oembed.provider_name).toBe('图解R1');
  expect(oembed.title).toMatch(/：/);
  expect(oembed.html).toContain('/zh/embed/benchmark-bars/coding/');
  expect(oembed.html).toMatch(/title="[^"]*（图解R1的图）"|title="[^"]*（图解R1的交互图）"/);
});

const dist = process.env.DIST_DIR ?? 'dist';
const metaOf = (page: string, key: string) =>
  new RegExp(`<meta property="${key}" content="([^"]*)"`).exec(readFileSync(join(dist, page, 'index.html'), 'utf8'))?.[1];
const ogImage = (page: string) => metaOf(page, 'og:image');

test('@desktop-only every Chinese page’s link preview is a Chinese card the build wrote (og/zh/…), 1200×630', async ({}) => {
  const pages = builtPages(dist).filter((p) => localeOfPath(p) === 'zh');
  expect(pages.length).toBeGreaterThan(20);
  const cards = new Set<string>();
  for (const p of pages) {
    const image = new URL(ogImage(p) ?? 'http://x/none').pathname;
    const chapter = /^\/zh\/chapters\/([^/]+)\/$/.exec(p)?.[1];
    const scene = /^\/zh\/embed\/([^/]+)\//.exec(p)?.[1];
    expect(image, p).toBe(chapter ? `/og/zh/chapters/${chapter}.png` : scene ? `/og/zh/scenes/${scene}.png` : '/og/zh/site.png');
    // Its English twin keeps the English card.
    const english = p.replace(/^\/zh/, '');
    if (existsSync(join(dist, english, 'index.html'))) expect(new URL(ogImage(english)!).pathname, english).toBe(image.replace(/^\/og\/zh\//, '/og/'));
    // Its description joins title and summary with a Chinese colon.
    expect(metaOf(p, 'og:image:alt'), p).toMatch(/^[^:]+：/);
    cards.add(image);
  }
  for (const image of cards) {
    const png = readFileSync(join(dist, image));
    expect(png.subarray(1, 4).toString('latin1'), image).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
});

/** The method page's text as read: footnote list left out, and (`facts: false`) the figures too (their format is format-fact's). */
async function methodText(page: Page, facts: boolean): Promise<string> {
  return page.evaluate((facts) => {
    const body = document.querySelector('.how-we-checked')!.cloneNode(true) as HTMLElement;
    body.querySelectorAll(`section, sup.cite${facts ? '' : ', .fact'}`).forEach((e) => e.remove());
    document.body.append(body);
    const text = body.innerText;
    body.remove();
    return text;
  }, facts);
}

/** The method page's structure: section and case ids, the figures it cites in order, its footnote marks and list. */
async function methodStructure(page: Page) {
  return page.evaluate(() => ({
    ids: [...document.querySelectorAll('.how-we-checked :is(h2, h3)[id]')].map((h) => h.id),
    facts: [...document.querySelectorAll('.how-we-checked [data-fact]')].map((f) => f.getAttribute('data-fact')).sort(),
    marks: [...document.querySelectorAll('.how-we-checked sup.cite a')].map((a) => Number(a.textContent!.replace(/\D/g, ''))),
    sources: document.querySelectorAll('.how-we-checked ol.footnotes > li').length,
  }));
}

test('@desktop-only the method page (how we checked) is written in Chinese on /zh/, with the English page’s sections, figures and footnotes', async ({
  page,
}) => {
  await page.goto('how-we-checked/');
  const english = await methodStructure(page);
  await page.goto('zh/how-we-checked/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const foreign = await page.evaluate(() =>
    [...document.querySelectorAll('.how-we-checked [lang]')]
      .filter((e) => !e.closest('section') && !e.getAttribute('lang')!.startsWith('zh'))
      .map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(foreign, 'no part of the text marked as another language').toEqual([]);
  const chinese = await methodStructure(page);
  expect(chinese.ids).toEqual(english.ids);
  expect(chinese.facts).toEqual(english.facts);
  expect(chinese.sources).toBe(english.sources);
  // Footnotes numbered in order of first use, each to a source in the list.
  for (const s of [english, chinese]) {
    const first = [...new Set(s.marks)];
    expect(first).toEqual(first.map((_, i) => i + 1));
    expect(first.length).toBe(s.sources);
  }
  // The prose: Chinese, with no English left but names (the page's own: README, R1-Zero, QwQ-32B-Preview, HBM in a quoted claim).
  const prose = await methodText(page, false);
  expect(prose.match(/\p{Script=Han}/gu)?.length ?? 0).toBeGreaterThan(1500);
  expect(untranslated(prose.replace(/README|R1-Zero|QwQ-32B-Preview|HBM/g, ' ')), 'English words in the Chinese method page').toEqual([]);
  // No space where the source's line breaks met a figure or a tag: Chinese runs on without spaces.
  const text = await methodText(page, true);
  expect(
    text.match(/[\p{Script=Han}，。；：（）“”][ \t]+[\p{Script=Han}\d（“]|[\d%][ \t]+[\p{Script=Han}，。；：）]/gu) ?? [],
    'a space inside Chinese text',
  ).toEqual([]);
  await axe(page, 'zh how-we-checked');
});
