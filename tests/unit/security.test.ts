/**
 * The Content Security Policy and the `_headers` file: what the generator writes, read
 * back with the same parser scripts/serve.mjs uses (so the tests, `npm start` and a
 * real host agree), and the policy Astro is given.
 */
import { describe, expect, it } from 'vitest';
import { astroCsp, cspHash, headerCsp, SHARED_DIRECTIVES } from '../../src/security/csp';
import { INLINE_SCRIPTS, TOC_SCRIPT } from '../../src/security/inline-scripts';
import { headerRules, headersText, IMMUTABLE, REVALIDATE } from '../../src/integrations/headers';
import { headersForPath, parseHeaders, pathMatches } from '../../scripts/serve.mjs';

type Rules = { path: string; headers: [string, string][] }[];
const ENTRIES = [
  '404.html',
  '_astro',
  'chapters',
  'downloads',
  'embed',
  'embed.js',
  'favicon.svg',
  'glossary',
  'index.html',
  'oembed',
  'og',
  'pagefind',
  'present',
  'robots.txt',
  'search',
  'sitemap.xml',
  'sources',
  'teach',
].map((name) => ({ name, dir: !name.includes('.') }));
const parsed = (base: string): Rules => parseHeaders(headersText(headerRules(ENTRIES, base)));
const at = (rules: Rules, path: string) => headersForPath(rules, path) as Record<string, string>;
const directives = (csp: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);

describe('the page policy (meta, from Astro)', () => {
  const csp = astroCsp();
  it('hashes exactly our inline scripts, with the standard sha256 base64 form', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(csp.scriptDirective.hashes).toEqual(INLINE_SCRIPTS.map(cspHash));
    expect(csp.scriptDirective.hashes).toContain(cspHash(TOC_SCRIPT));
  });
  it("allows no inline or eval'd script, only WebAssembly for the search", () => {
    expect(csp.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const all = JSON.stringify(csp);
    expect(all).not.toContain("'unsafe-eval'");
    // 'unsafe-inline' appears once: for style attributes only.
    expect(all.match(/'unsafe-inline'/g)).toHaveLength(1);
    expect(csp.styleDirective.resources).toContainEqual({ resource: "'unsafe-inline'", kind: 'attribute' });
  });
  it('carries the non-script directives the issue asks for', () => {
    for (const d of ["default-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
      expect(csp.directives).toContain(d);
    }
    // A meta element cannot carry frame-ancestors (browsers ignore it there, with a warning).
    expect(csp.directives.join(' ')).not.toContain('frame-ancestors');
  });
});

describe('_headers', () => {
  const rules = parsed('/');

  it('refuses framing everywhere but the embed and oEmbed paths', () => {
    for (const path of ['/', '/index.html', '/chapters/what-is-r1/', '/glossary/', '/present/cost/', '/teach/', '/search/', '/404.html']) {
      const h = at(rules, path);
      expect(directives(h['Content-Security-Policy']!), path).toContain("frame-ancestors 'none'");
      expect(h['X-Frame-Options'], path).toBe('DENY');
    }
    for (const path of ['/embed/cost/', '/embed/cost/training/', '/oembed/cost.json']) {
      const h = at(rules, path);
      expect(directives(h['Content-Security-Policy']!), path).toContain('frame-ancestors *');
      expect(h['X-Frame-Options'], path).toBeUndefined();
    }
  });

  it('sends the same safety headers with every response', () => {
    for (const path of ['/', '/chapters/x/', '/embed/x/', '/_astro/a.B1c2.js', '/pagefind/pagefind.js', '/sitemap.xml', '/no-such-page/']) {
      const h = at(rules, path);
      expect(h['X-Content-Type-Options'], path).toBe('nosniff');
      expect(h['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
      for (const f of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) expect(h['Permissions-Policy'], path).toContain(f);
      // The presenter's full-screen button must keep working.
      expect(h['Permissions-Policy'], path).toContain('fullscreen=(self)');
    }
  });

  it('caches only hashed assets for good; pages and the search index are revalidated', () => {
    expect(at(rules, '/_astro/client.55-SxKwI.js')['Cache-Control']).toBe(IMMUTABLE);
    for (const path of ['/', '/chapters/x/', '/embed/x/', '/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind', '/oembed/x.json', '/embed.js']) {
      expect(at(rules, path)['Cache-Control'], path).toBe(REVALIDATE);
    }
  });

  it('lets any origin read the oEmbed JSON, and nothing else', () => {
    expect(at(rules, '/oembed/cost.json')['Access-Control-Allow-Origin']).toBe('*');
    expect(at(rules, '/chapters/x/')['Access-Control-Allow-Origin']).toBeUndefined();
    expect(at(rules, '/embed/cost/')['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it('never matches one path with two rules that set the same header (hosts would join them: "DENY, DENY")', () => {
    const paths = ['/', '/index.html', '/404.html', '/chapters/x/', '/embed/x/', '/oembed/x.json', '/_astro/x.js', '/pagefind/x', '/embed.js', '/og/x.png'];
    for (const path of paths) {
      const seen = new Map<string, string>();
      for (const r of rules.filter((r) => pathMatches(r.path, path))) {
        for (const [k] of r.headers) {
          expect(seen.get(k), `${path}: ${k} set by ${seen.get(k)} and ${r.path}`).toBeUndefined();
          seen.set(k, r.path);
        }
      }
    }
  });

  it('the header policy agrees with the meta policy: the same directives word for word, plus framing, and no script rules', () => {
    const meta = astroCsp().directives;
    for (const framable of [false, true]) {
      const ds = directives(headerCsp(framable));
      for (const d of ds.filter((d) => !d.startsWith('frame-ancestors'))) expect(meta).toContain(d);
      expect(ds.filter((d) => !d.startsWith('frame-ancestors'))).toEqual([...SHARED_DIRECTIVES]);
      // Both policies are enforced: a default-src or script-src here, without the page's hashes, would block its inline scripts.
      expect(ds.some((d) => /^(default-src|script-src|style-src)/.test(d))).toBe(false);
    }
  });

  it('follows BASE_PATH', () => {
    const sub = parsed('/r1-explained/');
    expect(sub.map((r) => r.path).every((p) => p.startsWith('/r1-explained/'))).toBe(true);
    expect(at(sub, '/r1-explained/chapters/x/')['X-Frame-Options']).toBe('DENY');
    expect(at(sub, '/r1-explained/')['X-Frame-Options']).toBe('DENY');
    expect(directives(at(sub, '/r1-explained/embed/x/')['Content-Security-Policy']!)).toContain('frame-ancestors *');
    expect(at(sub, '/r1-explained/_astro/a.js')['Cache-Control']).toBe(IMMUTABLE);
  });

  it('the parser rejects a header line outside a rule, naming the line', () => {
    expect(() => parseHeaders('  X-Frame-Options: DENY\n')).toThrow(/line 1/);
  });
});
