/**
 * The site hosted under a sub-path (GitHub Pages style): `npm run build:subpath` builds
 * with BASE_PATH=/r1-explained/ into dist-subpath/, served at that path on its own port
 * (playwright.config.ts, project "subpath"). Every internal URL in the built HTML and
 * oEmbed JSON must start with the base and name a file that exists; a chapter, an embed
 * page, the Embed dialog and a host page using our loader must work there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, ready } from './fixtures';
import { checkBuiltLinks } from '../helpers/built-links';
import { filesContaining } from '../helpers/public-address';
import { test, hostHtml } from './host-page';

const DIST = 'dist-subpath';
const BASE = '/r1-explained/';

test.beforeAll(() => {
  expect(existsSync(join(DIST, 'index.html')), `${DIST}/ is missing: run "npm run build:subpath" first (npm test does)`).toBe(true);
});

/** The public site the sub-path build was made for, e.g. https://example.github.io/r1-explained/ */
function builtSite(): string {
  const scene = readdirSync(join(DIST, 'oembed')).find((f) => f.endsWith('.json'))!;
  return (JSON.parse(readFileSync(join(DIST, 'oembed', scene), 'utf8')) as { provider_url: string }).provider_url;
}

/** Fail on any response of 400 or more (a missing asset under the base). */
function watch404(page: Page): string[] {
  const bad: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) bad.push(`${r.status()} ${r.url()}`);
  });
  return bad;
}

test('every internal URL in the built HTML and oEmbed JSON starts with the base and resolves to a file', () => {
  const site = builtSite();
  expect(site).toMatch(new RegExp(`^https?://[^/]+${BASE}$`));
  const { checked, problems } = checkBuiltLinks(DIST, BASE, site);
  expect(checked, 'URLs checked').toBeGreaterThan(200);
  // One line per distinct target, with how many links name it and where.
  const byTarget = new Map<string, { n: number; file: string }>();
  for (const p of problems) {
    const key = `${p.url.replace(/[?#].*$/, '')} (${p.problem})`;
    const e = byTarget.get(key) ?? { n: 0, file: p.file };
    e.n++;
    byTarget.set(key, e);
  }
  const lines = [...byTarget].map(([k, e]) => `${k}: ${e.n} link(s), e.g. in ${e.file}`);
  expect(lines, `${problems.length} URL problems under ${BASE}`).toEqual([]);
});

test('built with SITE_URL: no file names localhost (snippets, Cite this, handouts, downloads, tags, oEmbed, sitemap)', () => {
  expect(builtSite().startsWith('http://localhost'), 'the sub-path build sets SITE_URL').toBe(false);
  expect(filesContaining(DIST, 'localhost')).toEqual([]);
  const handout = readFileSync(
    join(
      DIST,
      'teach',
      readdirSync(join(DIST, 'teach')).find((d) => existsSync(join(DIST, 'teach', d, 'handout', 'index.html')))!,
      'handout',
      'index.html',
    ),
    'utf8',
  );
  expect(handout, 'a handout prints the chapter’s full address').toContain(`Read the chapter: <a href="${builtSite()}chapters/`);
});

test('a chapter works under the sub-path: assets load, the figure steps, the Embed snippet names the base', async ({ page }) => {
  const bad = watch404(page);
  await page.goto('');
  await page.locator('.chapter-list a').first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}chapters/[a-z0-9-]+/$`));
  await page.goto('chapters/benchmarks/');
  await ready(page);
  const fig = page.locator('.scrolly figure[data-scene]').first();
  await expect(fig.locator('svg').first()).toBeVisible();
  const scene = (await fig.getAttribute('data-scene'))!;
  await page.locator('[data-embed-open]').first().click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog.locator('textarea')).toHaveValue(new RegExp(`^<iframe src="${builtSite().replace(/[.]/g, '\\.')}embed/${scene}/"`));
  await expect(dialog.locator('iframe[data-embed-preview]')).toHaveAttribute('src', `${BASE}embed/${scene}/`);
  await expect(page.frameLocator('iframe[data-embed-preview]').locator(`figure[data-scene="${scene}"] svg`).first()).toBeVisible();
  await page.keyboard.press('Escape');
  expect(bad).toEqual([]);
});

test('Cite this names the what-if setup in the address (APA and BibTeX), and R1’s address again after Reset', async ({ page }) => {
  await page.goto('chapters/what-it-cost/?rate=3#cost--not-included');
  await ready(page);
  const page0 = `${builtSite()}chapters/what-it-cost/`;
  const cite = page.locator('.cite-this');
  await expect(cite.locator('.cite-text')).toContainText(`${page0}?rate=3`);
  await expect(cite.locator('.cite-bibtex code')).toContainText(`${page0}?rate=3`);
  await page.locator('figure[data-scene="cost"] [data-what-if-reset]').click();
  await expect(cite.locator('.cite-text')).not.toContainText('?rate=');
  await expect(cite.locator('.cite-text')).toContainText(page0);
});

test('an embed page works under the sub-path: step buttons, step pages, oEmbed link', async ({ page }) => {
  const bad = watch404(page);
  const scene = readdirSync(join(DIST, 'embed')).sort()[0]!;
  await page.goto(`embed/${scene}/`);
  await ready(page);
  const links = page.locator('[data-goto-step]');
  const second = (await links.nth(1).getAttribute('data-goto-step'))!;
  await expect(links.nth(1)).toHaveAttribute('href', `${BASE}embed/${scene}/${second}/`);
  await links.nth(1).click();
  await expect(page.locator(`figure[data-scene="${scene}"]`)).toHaveAttribute('data-current-step', second);
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', `${builtSite()}oembed/${scene}.json`);
  await page.goto(`embed/${scene}/${second}/?controls=0&theme=dark`);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const res = await page.request.get(`oembed/${scene}/${second}.json`);
  expect(res.status()).toBe(200);
  expect(((await res.json()) as { html: string }).html).toContain(`src="${builtSite()}embed/${scene}/${second}/"`);
  expect(bad).toEqual([]);
});

test('a host page on another origin sizes our iframe with the loader served under the sub-path', async ({ page, host, baseURL }) => {
  const scene = readdirSync(join(DIST, 'embed')).sort()[0]!;
  const snippet = (JSON.parse(readFileSync(join(DIST, 'oembed', `${scene}.json`), 'utf8')) as { html: string }).html.replaceAll(builtSite(), baseURL!);
  expect(snippet).toContain(`${baseURL}embed/${scene}/`);
  const url = host.page('/subpath-loader.html', hostHtml('Loader host', `${snippet}<script src="${baseURL}embed.js" async></script>`));
  await page.goto(url);
  const frame = await (async () => {
    await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
    return page.frames().find((f) => f.url().includes('/embed/'))!;
  })();
  // The frame may be between documents when first polled (no root element yet): keep polling then.
  await frame.waitForFunction(() => (document.documentElement as HTMLElement | null)?.dataset['scrollyReady'] === 'true');
  await expect
    .poll(async () => {
      const iframe = Math.round(await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height));
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      return Math.abs(iframe - content) <= 2 ? 'sized' : `${iframe} vs ${content}`;
    })
    .toBe('sized');
});
