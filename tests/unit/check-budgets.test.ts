/**
 * The size-budget check (scripts/check-budgets.mjs) on small sites made here: a site
 * within budget passes, and each planted fault (an over-budget chapter, a heavy
 * embed script, a heavy chunk its player imports dynamically at start-up, a script on a
 * plain page, a heavy font, another host, a missing page kind) fails, naming the page and
 * the budget.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { checkBudgets } from '../../scripts/check-budgets.mjs';

const check = (dist: string, o?: { base?: string }) => checkBudgets(dist, o);

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Random text: gzip barely shrinks it, so its gzip size is about its length × 0.75. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64');
const page = (body: string, head = '') => `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css">${head}</head><body>${body}</body></html>`;

function site(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(join(tmpdir(), 'r1-budget-'));
  const all: Record<string, string | Buffer> = {
    'index.html': page('<figure data-scene="moe-routing"></figure>', '<script type="module" src="/_astro/home.js"></script>'),
    'chapters/one/index.html': page(
      '<div class="scrolly" data-scrolly="x"><figure data-scene="moe-routing"></figure></div>',
      '<script type="module" src="/_astro/scrolly.js"></script>',
    ),
    'embed/moe-routing/index.html': page('<figure data-scene="moe-routing"></figure>', '<script type="module" src="/_astro/stepper.js"></script>'),
    'search/index.html': page('<input>', '<script type="module" src="/_astro/search.js"></script>'),
    'glossary/index.html': page('<p>Terms</p>'),
    '_astro/site.css': 'body{margin:0}',
    '_astro/home.js': 'import{l as o}from"./player.js";o()',
    '_astro/scrolly.js': 'import{l as o}from"./player.js";o()',
    '_astro/stepper.js': 'import{l as o}from"./player.js";o()',
    '_astro/search.js': 'console.log(1)',
    // The player loads a figure's scene module through import.meta.glob; only the page's own scene counts.
    // (the shape Vite prints: a preload helper around a dynamic import in backquotes).
    '_astro/player.js':
      'import{t}from"./preload.js";const m={"../scenes/moe-routing/index.ts":()=>t(()=>import(`./moe.js`),[]),"../scenes/cost/index.ts":()=>t(()=>import(`./cost.js`),[])};export function l(){}',
    '_astro/preload.js': 'export const t=(f)=>f()',
    '_astro/moe.js': 'export default 1',
    '_astro/cost.js': `export default "${noise(200_000)}"`,
    ...files,
  };
  for (const [name, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('size budgets from dist/', () => {
  it('a site within budget passes, and the JS of a page counts its imports and its own scene only', () => {
    const r = check(site({}));
    expect(r.failures).toEqual([]);
    const chapter = r.rows.find((x) => x.path === '/chapters/one/')!;
    expect(chapter.kind).toBe('chapter');
    // scrolly.js + player.js + moe.js, not the 200 KB cost scene.
    expect(chapter.js).toBeGreaterThan(50);
    expect(chapter.js).toBeLessThan(1024);
    expect(chapter.requests).toBe(1 + 5); // the page, site.css, scrolly.js, player.js, preload.js, moe.js
  });

  it('an over-budget chapter (HTML raw and gzip) fails, naming the page and the fix', () => {
    const big = page(`<div data-scrolly="x"></div><p>${noise(420 * 1024)}</p>`);
    const r = check(site({ 'chapters/one/index.html': big }));
    expect(r.failures.join('\n')).toMatch(/\/chapters\/one\/ \(chapter\): HTML \(raw\) 5\d\d\.\d KiB > budget 400\.0 KiB\. Fix: slim/);
    expect(r.failures.join('\n')).toMatch(/\/chapters\/one\/ \(chapter\): HTML \(gzip\) .* > budget 60\.0 KiB/);
  });

  it('an embed page whose scene module is too heavy fails its 40 KiB budget', () => {
    const r = check(
      site({ 'embed/moe-routing/index.html': page('<figure data-scene="cost"></figure>', '<script type="module" src="/_astro/stepper.js"></script>') }),
    );
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(/^\/embed\/moe-routing\/ \(embed\): JavaScript at start-up \(gzip\) 1\d\d\.\d KiB > budget 40\.0 KiB/);
  });

  it('a dynamic import counts as start-up JS (awaited or not) unless it is declared on demand; a form-only one only where the form is', () => {
    // The figure's player awaits a heavy controls chunk at start-up: the regression issue 19 found in the browser.
    const eager = check(
      site({
        '_astro/stepper.js': 'import{l as o}from"./player.js";await import("./controls.B1x-9z.js");o()',
        '_astro/controls.B1x-9z.js': `export const c="${noise(50_000)}"`,
      }),
    );
    expect(eager.failures).toEqual([
      expect.stringMatching(/^\/embed\/moe-routing\/ \(embed\): JavaScript at start-up \(gzip\) \d\d\.\d KiB > budget 40\.0 KiB/),
    ]);
    expect(eager.rows.find((x) => x.path === '/embed/moe-routing/')!.scripts).toContain('_astro/controls.B1x-9z.js');

    // The same weight behind the what-if controls, which load when the reader reaches for them: not start-up.
    const lazy = check(
      site({
        '_astro/stepper.js': 'import{l as o}from"./player.js";box.onfocusin=()=>import(`./what-if.B1x-9z.js`);o()',
        '_astro/what-if.B1x-9z.js': `export const c="${noise(50_000)}"`,
      }),
    );
    expect(lazy.failures).toEqual([]);
    expect(lazy.rows.find((x) => x.path === '/embed/moe-routing/')!.scripts).not.toContain('_astro/what-if.B1x-9z.js');

    // The sentence form's chunk counts on a page with the form, not on one whose CSS merely names it.
    const files = {
      '_astro/stepper.js': 'import{l as o}from"./player.js";if(f)await import("./scene-input.Q.js");o()',
      '_astro/scene-input.Q.js': `export const c="${noise(50_000)}"`,
    };
    const withForm = page(
      '<figure data-scene="moe-routing"><form class="scene-input" data-scene-input></form></figure>',
      '<script type="module" src="/_astro/stepper.js"></script>',
    );
    expect(check(site({ ...files, 'embed/moe-routing/index.html': withForm })).failures).toEqual([
      expect.stringMatching(/^\/embed\/moe-routing\/ \(embed\): JavaScript/),
    ]);
    const cssOnly = page(
      '<style>[data-scene-input]{margin:0}</style><figure data-scene="moe-routing"></figure>',
      '<script type="module" src="/_astro/stepper.js"></script>',
    );
    expect(check(site({ ...files, 'embed/moe-routing/index.html': cssOnly })).failures).toEqual([]);
  });

  it('a page without a scene may not load any script, inline or not', () => {
    const r = check(site({ 'glossary/index.html': page('<p>Terms</p><script>document.title="x"</script>') }));
    expect(r.failures).toEqual([
      expect.stringMatching(/^\/glossary\/ \(plain\): JavaScript at start-up \(gzip\) \d+ B > budget 0 B\. Fix: a page without a scene ships no script/),
    ]);
  });

  it('fonts: an @font-face file over 100 KiB fails; one under passes', () => {
    const css = '@font-face{font-family:X;src:url(/_astro/x.woff2) format("woff2")}body{font-family:X}';
    expect(check(site({ '_astro/site.css': css, '_astro/x.woff2': randomBytes(60 * 1024) })).failures).toEqual([]);
    const r = check(site({ '_astro/site.css': css, '_astro/x.woff2': randomBytes(120 * 1024) }));
    expect(r.failures.length).toBe(5); // every page links the stylesheet
    expect(r.failures[0]).toMatch(/fonts 120\.0 KiB > budget 100\.0 KiB/);
  });

  it('a request to another host fails (a stylesheet, a script, a font in CSS)', () => {
    const r = check(
      site({
        'glossary/index.html': page('<p>x</p>', '<link rel="stylesheet" href="https://fonts.example.com/css">'),
        '_astro/site.css': '@font-face{font-family:X;src:url(https://cdn.example.com/x.woff2)}',
      }),
    );
    const text = r.failures.join('\n');
    expect(text).toMatch(/\/glossary\/ \(plain\): requests to other hosts: https:\/\/fonts\.example\.com\/css, https:\/\/cdn\.example\.com\/x\.woff2/);
    // A link to another site is not a request.
    expect(check(site({ 'glossary/index.html': page('<a href="https://example.com/">a link</a>') })).failures).toEqual([]);
  });

  it('a kind with no page at all fails (a budget that checks nothing)', () => {
    const d = site({});
    rmSync(join(d, 'search'), { recursive: true });
    expect(check(d).failures).toEqual([expect.stringMatching(/^no page of kind "search" in .*: its budget checks nothing/)]);
  });

  it('a site built under a sub-path resolves its scripts under the base', () => {
    const d = site({});
    const r = check(d, { base: '/r1-explained/' });
    // Under the wrong base nothing resolves: the JS counted is 0, so the check is not vacuous under the right one.
    expect(r.rows.find((x) => x.path === '/chapters/one/')!.js).toBe(0);
    expect(check(d).rows.find((x) => x.path === '/chapters/one/')!.js).toBeGreaterThan(0);
  });
});
