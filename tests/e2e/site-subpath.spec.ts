/**
 * Link previews, sitemap, robots.txt, 404 and search under a sub-path
 * (`npm run build:subpath`: BASE_PATH=/r1-explained/ into dist-subpath/, project "subpath").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const DIST = 'dist-subpath';
const BASE = '/r1-explained/';

test.beforeAll(() => {
  expect(existsSync(join(DIST, 'index.html')), `${DIST}/ is missing: run "npm run build:subpath" first (npm test does)`).toBe(true);
});

test('under a sub-path: preview images, canonical URLs and the sitemap carry the base, and resolve', async ({ request }) => {
  const src = readFileSync(join(DIST, 'chapters', 'benchmarks', 'index.html'), 'utf8');
  const og = /<meta property="og:image" content="([^"]+)"/.exec(src)![1]!;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(src)![1]!;
  expect(new URL(og).pathname).toBe(`${BASE}og/chapters/benchmarks.png`);
  expect(new URL(canonical).pathname).toBe(`${BASE}chapters/benchmarks/`);
  const png = await request.get(new URL(og).pathname.slice(BASE.length));
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');

  const xml = await (await request.get('sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(paths.length).toBeGreaterThan(5);
  for (const p of paths) {
    expect(p.startsWith(BASE), p).toBe(true);
    expect((await request.get(p.slice(BASE.length), { maxRedirects: 0 })).status(), p).toBe(200);
  }
  expect(await (await request.get('robots.txt')).text()).toMatch(new RegExp(`Sitemap: https?://[^\\s]+${BASE}sitemap\\.xml`));
});

test('under a sub-path: the 404 page links inside the base, and search results open chapters there', async ({ page }) => {
  const res = await page.goto('nothing-here/');
  expect(res!.status()).toBe(404);
  const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const h of hrefs) expect(h.startsWith(BASE), h).toBe(true);

  await page.goto('search/?q=Codeforces');
  const first = page.locator('.search-results .search-result h2 a').first();
  await expect(first).toBeVisible();
  expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(new RegExp(`^${BASE}chapters/[a-z0-9-]+/$`));
  await first.click();
  await expect(page.locator('main')).toContainText(/Codeforces/);
});
