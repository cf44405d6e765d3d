/**
 * Checks over the built site (dist/), run after the build by `npm test`:
 *  - no internal link or #anchor leads nowhere, on any page;
 *  - the seed check: no run of 12 or more consecutive words of any page's text
 *    appears in the articles in ../shared/seeds (skipped, saying so, when that
 *    folder is absent, as in a reader's clone).
 * No browser needed: the pages are read from disk. Runs once (desktop project).
 */
import { test, expect } from './fixtures';
import { existsSync } from 'node:fs';
import { brokenLinks, readSeeds, readSite, sharedRuns, RUN } from '../helpers/site-checks';

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

  const { dir, seeds } = readSeeds();
  test(`no run of ${RUN}+ words shared with the seed articles`, () => {
    test.skip(!seeds, `${dir} not found: the seed check is skipped (it runs where ../shared/seeds exists, as in CI)`);
    expect(seeds!.size, 'seed articles').toBeGreaterThan(0);
    const runs = sharedRuns(readSite(dist), seeds!).map((r) => `${r.page} shares with ${r.seed}: "${r.words}"`);
    expect(runs, 'passages copied from the seed articles: rewrite them in our own words').toEqual([]);
  });
});
