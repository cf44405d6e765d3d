/**
 * Checks over the BUILT site (dist/): internal links and anchors, and the seed check
 * (no run of 12 or more consecutive words shared with the articles in ../shared/seeds).
 * Pure functions over strings, unit-tested on small examples in
 * tests/content/site-checks.test.ts and run against dist/ by tests/e2e/site-content.spec.ts
 * (after the build, so `npm test` on a fresh clone runs them for real).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is tests/helpers/site-checks.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every .html file under `dir`, as site paths: "index.html" -> "/", "a/index.html" -> "/a/". */
export function readSite(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(dir, p).split('\\').join('/');
        pages.set(rel.replace(/index\.html$/, ''), readFileSync(p, 'utf8'));
      }
    }
  };
  walk(dir);
  return pages;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  times: '×',
  minus: '−',
};
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Every id="…" in a page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid=("([^"]*)"|'([^']*)')/g)].map((m) => decodeEntities(m[2] ?? m[3] ?? '')));
}

/** Every href of an <a> or <area> (not <link>: stylesheets and icons are not reader links). */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/<(?:a|area)\b[^>]*?\shref=("([^"]*)"|'([^']*)')/gi)].map((m) => decodeEntities(m[2] ?? m[3] ?? ''));
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/**
 * Internal links that lead nowhere: a path with no built page (or file), or a #fragment
 * with no such id on the target page. `base` is the site's base path ("/" or "/sub/").
 * External links (http:, https:, mailto:, …) are not checked here: no network in tests.
 */
export function brokenLinks(pages: Map<string, string>, opts: { base?: string; dist?: string } = {}): BrokenLink[] {
  const base = opts.base ?? '/';
  const ids = new Map<string, Set<string>>();
  const idsFor = (p: string) => {
    let s = ids.get(p);
    if (!s) ids.set(p, (s = idsOf(pages.get(p) ?? '')));
    return s;
  };
  const out: BrokenLink[] = [];
  for (const [page, html] of pages) {
    for (const href of linksOf(html)) {
      if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `http://site${base.replace(/\/$/, '')}${page}`);
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        out.push({ page, href, reason: `outside the base path ${base}` });
        continue;
      }
      path = '/' + path.slice(base.length);
      const target = pages.has(path) ? path : pages.has(path + '/') ? null : undefined;
      if (target === null) {
        out.push({ page, href, reason: `missing trailing slash (the page is ${path}/)` });
        continue;
      }
      if (target === undefined) {
        const file = opts.dist ? join(opts.dist, path) : undefined;
        if (file && existsSync(file) && statSync(file).isFile()) continue; // an asset (SVG, PNG, JSON…)
        out.push({ page, href, reason: `no page ${path}` });
        continue;
      }
      const frag = decodeURIComponent(url.hash.replace(/^#/, ''));
      if (frag && !idsFor(target).has(frag)) out.push({ page, href, reason: `no id "${frag}" on ${target}` });
    }
  }
  return out;
}

/** The words a reader sees: no scripts, styles, tags or entities. */
export function visibleText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

/** Lower-case words, punctuation and quote styles ignored ("R1's" = "r1’s" = "r1s"). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[’‘`´']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export const RUN = 12;

/** Every run of `n` consecutive words of `text`, joined by spaces. */
export function runsOf(ws: string[], n = RUN): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
  return out;
}

export interface SharedRun {
  page: string;
  seed: string;
  /** The longest shared passage found at that place (n words or more). */
  words: string;
}

/** Passages of `n`+ consecutive words that a page shares with a seed article. */
export function sharedRuns(pages: Map<string, string>, seeds: Map<string, string>, n = RUN): SharedRun[] {
  const index = new Map<string, string>();
  for (const [name, text] of seeds) for (const r of runsOf(words(text), n)) if (!index.has(r)) index.set(r, name);
  const out: SharedRun[] = [];
  for (const [page, html] of pages) {
    const ws = words(visibleText(html));
    for (let i = 0; i + n <= ws.length; i++) {
      const seed = index.get(ws.slice(i, i + n).join(' '));
      if (!seed) continue;
      // Extend to the whole shared passage, report it once, and skip past it.
      let j = i + n;
      while (j < ws.length && index.has(ws.slice(j - n + 1, j + 1).join(' '))) j++;
      out.push({ page, seed, words: ws.slice(i, j).join(' ') });
      i = j - 1;
    }
  }
  return out;
}

/** The seed articles: ../shared/seeds relative to the repository root, or null when absent. */
export function readSeeds(root = REPO_ROOT): { dir: string; seeds: Map<string, string> | null } {
  const dir = resolve(root, '../shared/seeds');
  if (!existsSync(dir)) return { dir, seeds: null };
  const seeds = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isFile()) seeds.set(name, readFileSync(p, 'utf8'));
  }
  return { dir, seeds };
}
