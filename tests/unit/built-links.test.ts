/** The sub-path link checker finds what it must (it guards tests/e2e/subpath.spec.ts). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltLinks } from '../helpers/built-links';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [p, body] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), body);
  }
  return dir;
}

describe('checkBuiltLinks', () => {
  const SITE = 'https://example.github.io/sub/';
  it('passes links under the base that resolve, and ignores other sites and relative links', () => {
    const dir = site({
      'index.html':
        '<a href="/sub/a/">a</a><link href="/sub/x.css"><img src="https://example.github.io/sub/i.png"><a href="https://elsewhere.org/x">x</a><a href="rel/">r</a><a href="#top">t</a><div style="background:url(/sub/i.png)"></div><a data-step-href="/sub/d/{step}.svg">d</a>',
      'a/index.html': '<a href="/sub/">home</a>',
      'x.css': 'body{background:url("/sub/i.png")}',
      'i.png': 'png',
      'oembed/s.json': JSON.stringify({ provider_url: SITE, html: `<iframe src="${SITE}a/"></iframe>` }),
    });
    const r = checkBuiltLinks(dir, '/sub/', SITE);
    expect(r.problems).toEqual([]);
    expect(r.checked).toBe(8);
  });
  it('reports links without the base, missing files, and oEmbed URLs off the site', () => {
    const dir = site({
      'index.html':
        '<a href="/a/">no base</a><script src="/sub/_astro/missing.js"></script><a href="/sub/nope/">gone</a><a data-step-href="/d/{step}.svg">t</a>',
      'oembed/s.json': JSON.stringify({ provider_url: 'https://example.github.io/', html: '<iframe src="https://example.github.io/embed/a/"></iframe>' }),
    });
    const problems = checkBuiltLinks(dir, '/sub/', SITE).problems.map((p) => `${p.url}: ${p.problem}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        '/a/: does not start with the base /sub/',
        '/sub/_astro/missing.js: no such file in the build',
        '/sub/nope/: no such file in the build',
        '/d/{step}.svg: does not start with the base /sub/',
        'https://example.github.io/: does not start with the base /sub/',
        'https://example.github.io/: provider_url is not https://example.github.io/sub/',
        'https://example.github.io/embed/a/: iframe src is not under https://example.github.io/sub/',
      ]),
    );
  });
});
