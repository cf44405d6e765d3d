/**
 * Checks over the built site (dist/), run after the build by `npm test`:
 *  - no internal link or #anchor leads nowhere, on any page;
 *  - the seed check: no run of 12 or more consecutive words of any page's text
 *    appears in the articles in ../shared/seeds (skipped, saying so, when that
 *    folder is absent, as in a reader's clone).
 *  - the public address: with SITE_URL set, no file names localhost; without it (as `npm
 *    test` builds dist/), no page or figure download shows localhost to a reader, while
 *    machine-read tags and files (canonical, og:, oEmbed, sitemap) may;
 *  - no two identical citation marks side by side in any chapter's HTML.
 * No browser needed: the pages are read from disk. Runs once (desktop project).
 */
import { test, expect } from './fixtures';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenLinks, readSeeds, readSite, sharedRuns, RUN } from '../helpers/site-checks';
import { filesContaining, shownToReaders } from '../helpers/public-address';

const dist = process.env.DIST_DIR ?? 'dist';
const base = process.env.BASE_PATH ?? '/';

// Reads files only: the desktop run is enough (the phone project leaves out @desktop-only).
test.describe('built site content', { tag: '@desktop-only' }, () => {
  test.skip(!existsSync(dist), `${dist}/ not found: build first (npm run build)`);

  test('no broken internal link or anchor on any page', () => {
    const pages = readSite(dist);
    expect(pages.size, 'built pages').toBeGreaterThan(10);
    const broken = brokenLinks(pages, { base, dist }).map((b) => `${b.page}: ${b.href} (${b.reason})`);
    expect([...new Set(broken)], 'broken links').toEqual([]);
  });

  test('the public address: never a local one shown to a reader (and none at all when SITE_URL is set)', () => {
    const provider = (
      JSON.parse(
        readFileSync(
          join(
            dist,
            'oembed',
            readdirSync(join(dist, 'oembed')).find((f) => f.endsWith('.json'))!,
          ),
          'utf8',
        ),
      ) as { provider_url: string }
    ).provider_url;
    const local = new URL(provider).hostname === 'localhost';
    expect(shownToReaders(dist, 'localhost'), 'local addresses shown to readers').toEqual([]);
    if (!local) expect(filesContaining(dist, 'localhost'), `built for ${provider}: files naming localhost`).toEqual([]);
    else {
      // A local build: only machine-read places name it, and readers get paths (checked above);
      // the snippets in the page are root-relative, and the Embed dialog fills in its origin.
      const teach = readFileSync(join(dist, 'teach', 'index.html'), 'utf8');
      expect(teach).toContain(`&lt;iframe src=&quot;${base}embed/`);
    }
  });

  test('no two identical citation marks side by side', () => {
    const twice: string[] = [];
    for (const slug of readdirSync(join(dist, 'chapters'))) {
      const file = join(dist, 'chapters', slug, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      // A mark, then only tags, spaces or punctuation, then a mark with the same number.
      for (const m of html.matchAll(
        /href="#source-(\d+)"[^>]*>\[\d+\]<\/a><\/sup>((?:<[^>]+>|[\s.,;:()\u2060]|&[a-z#0-9]+;)*?)<sup class="cite">\u2060?<a href="#source-(\d+)"/g,
      )) {
        if (m[1] === m[3]) twice.push(`${slug}: [${m[1]}]${m[2]}[${m[3]}]`);
      }
    }
    expect(twice).toEqual([]);
  });

  const { dir, seeds } = readSeeds();
  test(`no run of ${RUN}+ words shared with the seed articles`, () => {
    test.skip(!seeds, `${dir} not found: the seed check is skipped (it runs where ../shared/seeds exists, as in CI)`);
    expect(seeds!.size, 'seed articles').toBeGreaterThan(0);
    const runs = sharedRuns(readSite(dist), seeds!).map((r) => `${r.page} shares with ${r.seed}: "${r.words}"`);
    expect(runs, 'passages copied from the seed articles: rewrite them in our own words').toEqual([]);
  });
});
