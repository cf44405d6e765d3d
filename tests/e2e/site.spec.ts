/**
 * The site as a whole (issue 5): link previews (title, description, canonical, Open
 * Graph image that really is a 1200×630 picture), sitemap and robots.txt, the 404 page,
 * search by keyboard (Pagefind loaded only on use), both colour themes (axe including
 * colour contrast, plus a contrast check of every figure's SVG text, which axe skips),
 * and print. Pages are read from the build, so new pages are covered without edits here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, ready, axe, builtChapters, builtScenes, builtSteps } from './fixtures';
import { builtPages } from '../../src/integrations/sitemap';
import { localeOfPath } from '../../src/i18n/paths';

const dist = process.env.DIST_DIR ?? 'dist';
/*
 * The English edition's pages. The Chinese edition (/zh/…) is the same templates in another language;
 * tests/e2e/zh-edition.spec.ts checks it in a few loads, so this walk's length does not double.
 */
const pages = builtPages(dist).filter((p) => localeOfPath(p) === 'en');
const rel = (p: string) => p.replace(/^\//, '');
const html = (p: string) => readFileSync(join(dist, p, 'index.html'), 'utf8');
const meta = (src: string, attr: 'name' | 'property', key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(src)?.[1];
/** Site-wide checks run once, in the desktop project: the phone project leaves out this tag (playwright.config.ts). */
const desktopOnly = { tag: '@desktop-only' };

test.describe('link previews', () => {
  test('every page has a title, description, canonical URL, Open Graph and Twitter tags', desktopOnly, async ({}) => {
    expect(pages.length).toBeGreaterThan(10);
    const titles = new Set<string>();
    for (const p of pages) {
      const src = html(p);
      const title = /<title>([^<]+)<\/title>/.exec(src)?.[1];
      expect(title, `${p}: <title>`).toBeTruthy();
      titles.add(title!);
      const desc = meta(src, 'name', 'description');
      expect(desc?.length ?? 0, `${p}: meta description`).toBeGreaterThan(40);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(src)?.[1];
      expect(canonical && new URL(canonical).pathname.endsWith(p), `${p}: canonical ${canonical}`).toBe(true);
      for (const k of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt']) expect(meta(src, 'property', k), `${p}: ${k}`).toBeTruthy();
      expect(meta(src, 'property', 'og:image'), `${p}: og:image is absolute`).toMatch(/^https?:\/\/.+\.png$/);
      expect(meta(src, 'property', 'og:image:width')).toBe('1200');
      expect(meta(src, 'property', 'og:image:height')).toBe('630');
      expect(meta(src, 'name', 'twitter:card'), `${p}: twitter:card`).toBe('summary_large_image');
      expect(meta(src, 'name', 'twitter:image')).toBe(meta(src, 'property', 'og:image'));
    }
    // Titles tell pages apart (embed step pages name their step).
    expect(titles.size).toBe(pages.length);
  });

  test('each chapter has its own preview image; embeds use their scene’s', desktopOnly, async ({}) => {
    for (const slug of builtChapters()) expect(meta(html(`chapters/${slug}/`), 'property', 'og:image')).toMatch(new RegExp(`/og/chapters/${slug}\\.png$`));
    for (const scene of builtScenes()) {
      expect(meta(html(`embed/${scene}/`), 'property', 'og:image')).toMatch(new RegExp(`/og/scenes/${scene}\\.png$`));
      expect(meta(html(`embed/${scene}/${builtSteps(scene)[0]}/`), 'property', 'og:image')).toMatch(new RegExp(`/og/scenes/${scene}\\.png$`));
    }
  });

  test('every Open Graph image is served as a 1200×630 PNG that is not blank', desktopOnly, async ({ page, request, baseURL }) => {
    const images = [...new Set(pages.map((p) => meta(html(p), 'property', 'og:image')!))];
    expect(images.length).toBeGreaterThan(builtChapters().length);
    await page.goto('');
    for (const abs of images) {
      // The absolute URL names the public site; fetch the same path from the test server.
      const path = new URL(abs).pathname;
      const local = new URL(rel(path.slice(new URL(baseURL!).pathname.length - 1)), baseURL).href;
      const res = await request.get(local);
      expect(res.status(), local).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      const buf = await res.body();
      expect(buf.subarray(1, 4).toString('latin1'), `${path} is a PNG`).toBe('PNG');
      expect([buf.readUInt32BE(16), buf.readUInt32BE(20)], `${path} size`).toEqual([1200, 630]);
      // Decode it in the browser: many colours and real variation, i.e. text and a figure were drawn.
      const stats = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        const colours = new Set<number>();
        let dark = 0;
        for (let i = 0; i < d.length; i += 4 * 7) {
          colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
          if (d[i]! + d[i + 1]! + d[i + 2]! < 200) dark++;
        }
        return { colours: colours.size, darkShare: dark / (d.length / 28) };
      }, local);
      expect(stats.colours, `${path}: colours`).toBeGreaterThan(50);
      expect(stats.darkShare, `${path}: share of dark (text) pixels`).toBeGreaterThan(0.01);
      expect(stats.darkShare, `${path}: not mostly dark`).toBeLessThan(0.5);
    }
  });
});

test.describe('sitemap, robots.txt, 404', () => {
  test('sitemap.xml lists every chapter, and every URL in it responds 200', desktopOnly, async ({ request, baseURL }) => {
    const res = await request.get('sitemap.xml');
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"( xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml")?>/,
    );
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const basePath = new URL(baseURL!).pathname;
    const paths = locs.map((l) => {
      expect(l, 'absolute URL').toMatch(/^https?:\/\//);
      const p = new URL(l).pathname;
      expect(p.startsWith(basePath), `${l} is under the base path ${basePath}`).toBe(true);
      return p.slice(basePath.length - 1);
    });
    for (const slug of builtChapters()) expect(paths).toContain(`/chapters/${slug}/`);
    expect(paths).toContain('/');
    expect(paths).not.toContain('/search/');
    expect(
      paths.filter((p) => /^(\/zh)?\/embed\/[^/]+\/[^/]+\/$/.test(p)),
      'one-step embed pages are left out',
    ).toEqual([]);
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) {
      const r = await request.get(rel(p), { maxRedirects: 0 });
      expect(r.status(), p).toBe(200);
    }
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toContain('User-agent: *');
    expect(robots).toMatch(new RegExp(`Sitemap: https?://[^\\s]+${basePath.replace(/\//g, '\\/')}sitemap\\.xml`));
  });

  test('an unknown address gets the 404 page, with status 404 and ways back', { tag: '@desktop-only' }, async ({ page }) => {
    const res = await page.goto('no-such-page/at/all/');
    expect(res!.status()).toBe(404);
    await expect(page).toHaveTitle(/not found/i);
    await expect(page.locator('h1')).toContainText(/no page at this address/i);
    const main = page.locator('main');
    await expect(main.locator('a', { hasText: /home page/i })).toHaveCount(1);
    await expect(main.locator('a', { hasText: /search/i })).toHaveCount(1);
    expect(await main.locator('.not-found-chapters a').count()).toBe(builtChapters().length);
    await axe(page, '404');
    // Its links work from any depth (absolute, under the base path).
    await main.locator('a', { hasText: /search the chapters/i }).click();
    await expect(page).toHaveURL(/\/search\/$/);
  });
});

/** A word of a chapter's text that names one topic: the first that the built chapters contain. */
function searchTerm(): { term: string; chapters: string[] } {
  for (const term of ['GRPO', 'distillation', 'Codeforces', 'H800']) {
    const chapters = builtChapters().filter((s) => new RegExp(`\\b${term}\\b`, 'i').test(html(`chapters/${s}/`).replace(/<[^>]+>/g, ' ')));
    if (chapters.length) return { term, chapters };
  }
  throw new Error('no search term found in the built chapters');
}

test.describe('search', () => {
  test('finds a term by keyboard; Pagefind loads only once the reader starts to search', { tag: '@desktop-only' }, async ({ page }) => {
    const { term, chapters } = searchTerm();
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) pagefind.push(r.url());
    });
    await page.goto('');
    // From the home page to the search page by keyboard (the header's Search link).
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Search') break;
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/$/);
    await page.waitForLoadState('networkidle');
    expect(pagefind, 'no Pagefind file before the reader searches').toEqual([]);
    // Tab into the field (skip link, header links, then the field).
    const input = page.locator('#search-q');
    for (let i = 0; i < 12 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    await page.keyboard.type(term, { delay: 30 });
    const first = page.locator('.search-results .search-result h2 a').first();
    await expect(first).toBeVisible();
    expect(pagefind.length, 'Pagefind loaded on use').toBeGreaterThan(0);
    await expect(page.locator('[data-search-status]')).toContainText(term);
    const hrefs = await page.locator('.search-results .search-result h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // Results are the chapters that contain the term (and the glossary, if it defines it).
    const glossaryHasIt = existsSync(join(dist, 'glossary', 'index.html')) && new RegExp(`\\b${term}\\b`, 'i').test(html('glossary/').replace(/<[^>]+>/g, ' '));
    for (const h of hrefs)
      expect(chapters.some((s) => h.endsWith(`/chapters/${s}/`)) || (glossaryHasIt && h.endsWith('/glossary/')), `${h} is a chapter containing “${term}”`).toBe(
        true,
      );
    expect(hrefs.filter((h) => /\/chapters\//.test(h)).length, 'chapters found').toBeGreaterThan(0);
    await expect(page.locator('.search-result mark').first()).toHaveText(new RegExp(term, 'i'));
    await expect(page).toHaveURL(new RegExp(`\\?q=${term}`));
    await axe(page, 'search results');
    // Tab to the first chapter result and follow it.
    const firstChapter = page.locator('.search-results .search-result h2 a[href*="/chapters/"]').first();
    for (let i = 0; i < 12 && !(await firstChapter.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(firstChapter).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/chapters/(${chapters.join('|')})/$`));
    await expect(page.locator('main')).toContainText(new RegExp(term, 'i'));
    // Back: the query in the address restores the results (nothing stored).
    await page.goBack();
    await expect(page.locator('#search-q')).toHaveValue(term);
    await expect(page.locator('.search-results .search-result').first()).toBeVisible();
  });

  test('no Pagefind file on chapter and home pages; a useless query says so', { tag: '@desktop-only' }, async ({ page }) => {
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind')) pagefind.push(r.url());
    });
    await page.goto('');
    await page.goto(`chapters/${builtChapters()[0]}/`);
    await ready(page);
    expect(pagefind).toEqual([]);
    await page.goto('search/?q=zzqxjv');
    await expect(page.locator('[data-search-status]')).toContainText('No page mentions');
    await expect(page.locator('.search-result')).toHaveCount(0);
  });

  test('without JavaScript the search page says so and lists the chapters', { tag: '@desktop-only' }, async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await ctx.newPage();
    await page.goto('search/?q=GRPO');
    // (Playwright's text engine skips <noscript>; the class finds it.)
    await expect(page.locator('.search-nojs')).toBeVisible();
    await expect(page.locator('.search-nojs')).toContainText('Search needs JavaScript');
    expect(await page.locator('.search-chapters a').count()).toBe(builtChapters().length);
    await ctx.close();
  });
});

/** Every SVG text in figures meets WCAG AA against what is behind it (axe skips SVG text). */
async function figureTextContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)/.exec(c);
      if (m) return [+m[1]!, +m[2]!, +m[3]!, m[4] === undefined ? 1 : +m[4]];
      const s = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(c);
      if (s) return [+s[1]! * 255, +s[2]! * 255, +s[3]! * 255, s[4] === undefined ? 1 : +s[4]];
      return null;
    };
    const over = (fg: number[], a: number, bg: number[]) => fg.slice(0, 3).map((v, i) => v * a + bg[i]! * (1 - a));
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const opacityChain = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const pageBg = (el: Element): number[] => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0.5) return c.slice(0, 3);
      }
      return parse(getComputedStyle(document.body).backgroundColor)!.slice(0, 3);
    };
    const problems: string[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>('figure.scene svg text')) {
      const box = t.getBoundingClientRect();
      if (box.width < 1 || !t.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) continue;
      const cs = getComputedStyle(t);
      const fill = parse(cs.fill);
      if (!fill) continue;
      const alpha = fill[3] * Number(cs.fillOpacity) * opacityChain(t);
      let bg = pageBg(t.closest('svg')!.parentElement!);
      const stroke = parse(cs.stroke);
      const haloed = cs.paintOrder.startsWith('stroke') && stroke && stroke[3] > 0.9 && parseFloat(cs.strokeWidth) >= 2;
      if (haloed) bg = stroke!.slice(0, 3);
      else {
        // The shape drawn under the text's centre, if any.
        const under = document
          .elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
          .find(
            (e) =>
              e !== t &&
              e instanceof SVGGeometryElement &&
              !(e instanceof SVGTextElement) &&
              !(e instanceof SVGLineElement) &&
              getComputedStyle(e).fill !== 'none' &&
              t.closest('svg')!.contains(e),
          );
        if (under) {
          const us = getComputedStyle(under);
          const uf = parse(us.fill);
          if (uf && uf[3] > 0) bg = over(uf, uf[3] * Number(us.fillOpacity) * opacityChain(under), bg);
        }
      }
      const fg = over(fill, alpha, bg);
      const size = parseFloat(cs.fontSize) * (t.ownerSVGElement!.getScreenCTM()?.a ?? 1);
      const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
      const r = ratio(fg, bg);
      if (r < (large ? 3 : 4.5)) problems.push(`“${t.textContent}” (${t.getAttribute('class') ?? ''}): ${r.toFixed(2)}:1`);
    }
    return problems;
  });
}

// Light theme, desktop: every page except that the one-step embed pages are sampled (one per
// scene: every step of every figure is checked by the embed tests and the SVG contrast test
// below). Phone, and the dark theme: one page of each kind. A page checked in both themes is
// loaded once and judged in each (only colours change between them).
const oneOfEach = (list: string[]) => {
  const kinds = new Map<string, string>();
  for (const p of list)
    // One template per kind: /chapters/*/, /embed/*/, /embed/*/*/, /present/*/, /teach/*/handout/.
    kinds.set(
      p.replace(/^\/(chapters|embed|present|teach)\/[^/]+\/((?:[^/]+\/)?)$/, (_, k, rest) => `${k}/*/${rest ? '*' : ''}`),
      kinds.get(p) ?? p,
    );
  return [...new Set([...kinds.values()])];
};
const stepSample = pages.filter((p) => !/^\/embed\/[^/]+\/[^/]+\/$/.test(p) || builtScenes().some((s) => p === `/embed/${s}/${builtSteps(s).at(-1)}/`));
const axePages = [...stepSample, '/no-such-page/'];
const kindsOnly = oneOfEach(axePages);
// In the light theme, reading.spec's walks already run axe on each chapter (at each scene step,
// at both sizes) and every-page.spec on each scene's embed page, in both projects: not again here.
const walkedInLight = (p: string) => /^\/(chapters\/[^/]+|embed\/[^/]+)\/$/.test(p);
for (const p of axePages) {
  // On phones, one page of each kind; in the dark theme too, where only colours change (every
  // figure's text in both themes is checked by the SVG contrast test below).
  const schemes = (['light', 'dark'] as const).filter((s) => (s === 'light' ? !walkedInLight(p) : kindsOnly.includes(p)));
  if (schemes.length === 0) continue;
  test(`axe (colour contrast included), ${schemes.join(' and ')} theme: ${p}`, kindsOnly.includes(p) ? {} : desktopOnly, async ({ page }) => {
    for (const [i, scheme] of schemes.entries()) {
      await page.emulateMedia({ colorScheme: scheme });
      if (i === 0) {
        await page.goto(rel(p));
        await ready(page);
      }
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      await axe(page, `${p} (${scheme})`);
    }
  });
}

// One load of each step page, judged in both themes (only colours change between them).
test('every figure, every step: SVG text meets AA contrast in the light and the dark theme', async ({ page }) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  for (const scene of builtScenes()) {
    for (const step of builtSteps(scene)) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`embed/${scene}/${step}/`);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // Colours that ease from one theme to the other (or fade in on load) are judged where they end.
        const theme = await page.evaluate(() => {
          for (const a of document.getAnimations()) if (a.effect?.getTiming().iterations !== Infinity) a.finish();
          // The page really took the theme: its background's brightness (0–255, mean of R, G, B).
          const rgb = getComputedStyle(document.body)
            .backgroundColor.match(/[\d.]+/g)!
            .slice(0, 3)
            .map(Number);
          return { dark: matchMedia('(prefers-color-scheme: dark)').matches, brightness: (rgb[0]! + rgb[1]! + rgb[2]!) / 3 };
        });
        expect(theme.dark).toBe(scheme === 'dark');
        if (scheme === 'dark') expect(theme.brightness, `${scene}/${step}: dark page`).toBeLessThan(80);
        else expect(theme.brightness, `${scene}/${step}: light page`).toBeGreaterThan(180);
        const found = await figureTextContrast(page);
        problems.push(...found.map((f) => `${scene}/${step} (${scheme}): ${f}`));
      }
    }
  }
  expect(problems, 'low-contrast figure text').toEqual([]);
});

test('dark theme: screenshots of home, a chapter and an embed, page colours really dark', { tag: '@desktop-only' }, async ({ browser, baseURL }, info) => {
  const ctx = await browser.newContext({ baseURL, colorScheme: 'dark', viewport: info.project.use.viewport ?? undefined });
  const page = await ctx.newPage();
  const shots: [string, string][] = [
    ['home', ''],
    ['chapter', `chapters/${builtChapters().find((c) => c === 'benchmarks') ?? builtChapters()[0]}/`],
    ['embed', `embed/${builtScenes()[0]}/`],
  ];
  for (const [name, path] of shots) {
    await page.goto(path);
    await ready(page);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, `${name}: dark background (${bg})`).toBeLessThan(120);
    const file = info.outputPath(`dark-${name}-${info.project.name}.png`);
    // Headless Chromium now and then answers a full-page capture with "Unable to capture screenshot"
    // (a busy compositor, seen once in 30 CI runs): the picture is a record, the colours are the test.
    await page.screenshot({ path: file, fullPage: name !== 'chapter' }).catch(async (e: unknown) => {
      if (!/Unable to capture screenshot/.test(String(e))) throw e;
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.screenshot({ path: file, fullPage: name !== 'chapter' });
    });
    await info.attach(`dark ${name}`, { path: file, contentType: 'image/png' });
  }
  await ctx.close();
});

test.describe('print', () => {
  test('a chapter prints as a handout: no controls, one figure per step, sources, link addresses', desktopOnly, async ({ page }, info) => {
    const slug = builtChapters().find((c) => c === 'benchmarks') ?? builtChapters()[0]!;
    await page.goto(`chapters/${slug}/`);
    await ready(page);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const sel of ['.site-nav', '.skip-link', '.step-nav', '.scrolly-figure', '.scene-controls', '.pager', '.site-footer']) {
      for (const el of await page.locator(sel).all()) await expect(el, `${sel} hidden in print`).toBeHidden();
    }
    const steps = page.locator('[data-step]');
    const n = await steps.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const figs = steps.nth(i).locator('figure[data-copy-of] svg:visible');
      await expect(figs, `step ${i + 1} prints its own figure`).toHaveCount(1);
      expect(await figs.first().locator('[data-key]').count()).toBeGreaterThan(3);
    }
    // Printed in the light palette even when the screen is dark.
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    // External links print their address; the sources are listed.
    await expect(page.locator('.footnotes li').first()).toBeVisible();
    const after = await page
      .locator('.footnotes a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after, 'the link’s address is printed after it').toMatch(/\(https?:\/\//);
    const file = info.outputPath(`print-${slug}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await info.attach('print emulation', { path: file, contentType: 'image/png' });
    // A real PDF (headless Chromium): several pages.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount, 'PDF pages').toBeGreaterThan(1);
    await info.attach(`${slug}.pdf`, { body: pdf, contentType: 'application/pdf' });
  });
});
