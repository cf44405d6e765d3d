/**
 * The built-site checks (tests/helpers/site-checks.ts) catch what they claim to:
 * small hand-made sites with one fault each. The same functions run against dist/
 * in tests/e2e/site-content.spec.ts, after the build.
 */
import { describe, expect, it } from 'vitest';
import { brokenLinks, sharedRuns, visibleText, words } from '../helpers/site-checks';

const site = (pages: Record<string, string>) => new Map(Object.entries(pages));

describe('broken internal links and anchors', () => {
  const ok = site({
    '/': '<a href="/a/">A</a> <a href="/a/#x">A, x</a> <a href="#top">top</a><h1 id="top">Home</h1> <a href="https://example.org/nope">ext</a>',
    '/a/': '<h2 id="x">X</h2><a href="../">home</a><a href="#x">self</a><a href="mailto:a@b.c">mail</a>',
  });
  it('passes a site whose links all land', () => {
    expect(brokenLinks(ok)).toEqual([]);
  });
  it('finds a link to a page that does not exist', () => {
    const s = site({ '/': '<a href="/chapters/nope/">x</a>' });
    expect(brokenLinks(s)).toEqual([{ page: '/', href: '/chapters/nope/', reason: 'no page /chapters/nope/' }]);
  });
  it('finds an anchor that is not on the target page', () => {
    const s = site({ '/': '<a href="/a/#y">x</a>', '/a/': '<h2 id="x">X</h2>' });
    expect(brokenLinks(s)).toEqual([{ page: '/', href: '/a/#y', reason: 'no id "y" on /a/' }]);
  });
  it('finds a same-page anchor with no target, in single or double quotes', () => {
    const s = site({ '/': '<a href=\'#missing\'>x</a><p id="present"></p><a href="#present">y</a>' });
    expect(brokenLinks(s).map((b) => b.href)).toEqual(['#missing']);
  });
  it('finds a link missing its trailing slash, and one outside the base path', () => {
    const s = site({ '/': '<a href="/sub/a">x</a><a href="/elsewhere/">y</a>', '/a/': '' });
    expect(brokenLinks(s, { base: '/sub/' }).map((b) => b.reason)).toEqual(['missing trailing slash (the page is /a/)', 'outside the base path /sub/']);
  });
  it('decodes entities in hrefs and ids', () => {
    const s = site({ '/': '<a href="/a/?x=1&amp;y=2#s&#45;1">x</a>', '/a/': '<p id="s-1"></p>' });
    expect(brokenLinks(s)).toEqual([]);
  });
});

describe('seed check: 12 consecutive words shared with an article', () => {
  const seed = 'The quick brown fox jumps over the lazy dog while the farmer sleeps under an old oak tree near the river.';
  const seeds = new Map([['seed.txt', seed]]);
  it('catches a copied run of 12 words, whatever the markup, case and quotes', () => {
    const page = '<p>Intro. <b>The QUICK</b> brown fox jumps over the <a href="#">lazy</a> dog while the farmer sleeps; end.</p>';
    const runs = sharedRuns(site({ '/p/': page }), seeds);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ page: '/p/', seed: 'seed.txt' });
    expect(runs[0]!.words).toBe('the quick brown fox jumps over the lazy dog while the farmer sleeps');
  });
  it('lets 11 shared words pass', () => {
    const page = '<p>the quick brown fox jumps over the lazy dog while the and then something else entirely</p>';
    expect(sharedRuns(site({ '/p/': page }), seeds)).toEqual([]);
  });
  it('ignores scripts and styles, which readers do not see', () => {
    expect(visibleText(`<script>var s = "${seed}";</script><style>/* ${seed} */</style><p>Hello</p>`).trim()).toBe('Hello');
  });
  it('treats curly and straight apostrophes alike', () => {
    expect(words("R1’s model isn't")).toEqual(words("r1's model isn’t"));
  });
});
