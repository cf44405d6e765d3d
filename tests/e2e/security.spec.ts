/**
 * The Content Security Policy and the headers, on the served build:
 *  - every built page carries the meta policy, and every inline script and style element
 *    in it is allowed by hash (nothing by 'unsafe-inline');
 *  - the server sends _headers as a host would, and a page on a second origin can frame
 *    an embed page but not a chapter;
 *  - the tripwire in fixtures.ts works: a planted inline script without a hash is refused
 *    and reported, so any test that met one would fail;
 *  - search (Pagefind's WebAssembly) runs under the policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, builtChapters, builtScenes, test as base } from './fixtures';
import { test as hostTest, hostHtml } from './host-page';
import { builtPages } from '../../src/integrations/sitemap';
import { headersFor, headersText } from '../../src/integrations/headers';

const dist = process.env.DIST_DIR ?? 'dist';
const chapter = builtChapters()[0]!;
const scene = builtScenes()[0]!;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A policy's directives by name. */
function policy(content: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of content
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, ...values] = d.split(/\s+/);
    out.set(name!, values);
  }
  return out;
}

base.describe('the policy in the built pages', () => {
  base.skip(({ isMobile }) => isMobile, 'reads files; once is enough');

  base('every page has one meta policy that allows each of its inline scripts and styles by hash, and nothing inline by name', () => {
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      const html = readFileSync(join(dist, p, 'index.html'), 'utf8');
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
      expect(metas, p).toHaveLength(1);
      const csp = policy(metas[0]![1]!);
      const script = csp.get('script-src')!;
      expect(script, p).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
      expect(
        script.filter((s) => /^'unsafe-/.test(s)),
        p,
      ).toEqual([]);
      expect(
        csp.get('style-src')!.filter((s) => /^'unsafe-/.test(s)),
        p,
      ).toEqual([]);
      expect(csp.get('style-src-attr'), p).toEqual(["'unsafe-inline'"]);
      expect(csp.get('object-src'), p).toEqual(["'none'"]);
      expect(csp.get('default-src'), p).toEqual(["'self'"]);
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/(ld\+)?json"/.test(m[0])) continue; // data, not run
        expect(script, `${p}: inline script ${m[1]!.slice(0, 60)}`).toContain(sha(m[1]!));
      }
      // <style> inside <noscript> only applies with scripts off; all others must be hashed.
      const noNoscript = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
      for (const m of noNoscript.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        expect(csp.get('style-src'), `${p}: style ${m[1]!.slice(0, 60)}`).toContain(sha(m[1]!));
      }
    }
  });
});

base('the server sends the headers of _headers: framing, nosniff, caching, CORS for oEmbed', async ({ request }) => {
  // The build wrote what the generator says for this build (the unit tests check the generator's rules).
  expect(readFileSync(join(dist, '_headers'), 'utf8'), `${dist}/_headers`).toBe(headersText(headersFor(dist, '/')));
  const page = await request.get(`chapters/${chapter}/`);
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(page.headers()['x-frame-options']).toBe('DENY');
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(page.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  const embed = await request.get(`embed/${scene}/`);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  const oembed = await request.get(`oembed/${scene}.json`);
  expect(oembed.headers()['access-control-allow-origin']).toBe('*');
  const asset = readFileSync(join(dist, 'chapters', chapter, 'index.html'), 'utf8').match(/src="[^"]*\/(_astro\/[^"]+\.js)"/)?.[1];
  expect(asset, 'a chapter loads a bundled script').toBeTruthy();
  expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('_headers')).status(), 'the rules file itself is not served').toBe(404);
});

base.describe('the tripwire', () => {
  base.use({ expectedCspViolations: [/script-src|inline script|Refused to execute/i] });

  base('a planted inline <script> without a hash is refused, and the tripwire reports it', async ({ page, cspViolations }) => {
    await page.route(`**/chapters/${chapter}/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</body>', '<script>window.__planted = 1</script></body>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`chapters/${chapter}/`);
    await expect.poll(() => cspViolations.filter((v) => /securitypolicyviolation: script-src/.test(v)).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __planted?: number }).__planted)).toBeUndefined();
    // The page's own scripts still ran under the same policy.
    await expect(page.locator('html')).toHaveAttribute('data-scrolly-ready', 'true');
  });
});

// The same plant with no violation expected: the tripwire must fail this test (test.fail
// turns that failure into a pass; if the tripwire ever stops catching, this test fails).
base('a planted inline <script> fails a test that does not expect it', async ({ page }) => {
  base.fail();
  await page.route(`**/chapters/${chapter}/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('</body>', '<script>window.__planted = 1</script></body>') });
  });
  await page.goto(`chapters/${chapter}/`);
  await expect(page.locator('html')).toHaveAttribute('data-scrolly-ready', 'true');
});

base('search runs under the policy (Pagefind loads its WebAssembly) and finds a chapter', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Word or phrase').fill('mixture of experts');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect(page.locator('[data-search-status]')).toContainText(/pages? mentions?/);
});

hostTest.describe('framing from another origin', () => {
  hostTest.use({ expectedCspViolations: [/frame-ancestors/] });

  hostTest('a host page can frame an embed page but not a chapter', async ({ page, host, baseURL, cspViolations }) => {
    const url = host.page(
      '/frames.html',
      hostHtml(
        'Framing test',
        `<iframe id="embed" title="embed" src="${baseURL}embed/${scene}/" width="600" height="500"></iframe><iframe id="chapter" title="chapter" src="${baseURL}chapters/${chapter}/" width="600" height="500"></iframe>`,
      ),
    );
    await page.goto(url);
    const embed = page.frameLocator('#embed');
    await expect(embed.locator(`figure[data-scene="${scene}"]`)).toBeVisible();
    // The chapter is refused: the browser reports the frame-ancestors violation and the frame never shows the chapter.
    await expect.poll(() => cspViolations.filter((v) => /frame-ancestors/.test(v)).length).toBeGreaterThan(0);
    const chapterFrame = page.frames().find((f) => f.url().includes(`/chapters/${chapter}/`));
    const shown = chapterFrame
      ? await chapterFrame
          .locator('main')
          .count()
          .catch(() => 0)
      : 0;
    expect(shown, 'the chapter did not render inside the frame').toBe(0);
  });
});
