/**
 * `_headers`, written after the build: the HTTP headers a static host should send with
 * each path, in the format Netlify and Cloudflare Pages read (a path pattern, then
 * indented `Name: value` lines). scripts/serve.mjs applies the same file, so `npm start`,
 * `npm run preview` and every end-to-end test run under the headers a real host sends.
 *
 * Rules are cut so that no path matches two rules that set the same header (both hosts
 * join such values with a comma, which would turn `DENY` into `DENY, DENY`): one rule
 * for what every response carries (`/*`), then one rule per top-level entry of the build.
 * Paths follow BASE_PATH.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerCsp, PERMISSIONS_POLICY } from '../security/csp';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locales';

export type HeaderRule = { path: string; headers: [string, string][] };
/** A top-level entry of the build; a language's folder (zh/) lists its own entries, which get rules of their own. */
export type BuildEntry = { name: string; dir: boolean; entries?: BuildEntry[] };

/** Hashed file names (Vite's /_astro/) never change content: cache for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, Pagefind's index, whose file names repeat) is checked with the server on each use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Top-level folders whose pages exist to be framed by any site. */
const FRAMABLE = new Set(['embed', 'oembed']);

/** The rules for a build whose top level holds `entries` (name and whether it is a folder), served under `base`. */
export function headerRules(entries: BuildEntry[], base: string): HeaderRule[] {
  const prefix = base.replace(/\/$/, '');
  const rules: HeaderRule[] = [
    {
      path: `${prefix}/*`,
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', PERMISSIONS_POLICY],
      ],
    },
  ];
  const page = (path: string, framable: boolean, extra: [string, string][] = []): HeaderRule => ({
    path,
    headers: [
      ['Content-Security-Policy', headerCsp(framable)],
      ...(framable ? [] : ([['X-Frame-Options', 'DENY']] as [string, string][])),
      ['Cache-Control', REVALIDATE],
      ...extra,
    ],
  });
  const folder = (at: string, list: BuildEntry[]) => {
    // The home page: "/" itself (a folder rule "/x/*" never matches it).
    rules.push(page(`${at}/`, false));
    for (const { name, dir, entries: inner } of [...list].sort((a, b) => a.name.localeCompare(b.name))) {
      if (name === '_headers' || name === 'index.html' || name.startsWith('.')) continue;
      // A language's edition (/zh/): a rule per entry inside it, so its embeds stay framable (one "/zh/*" rule would forbid framing them).
      if (inner) {
        folder(`${at}/${name}`, inner);
        continue;
      }
      const path = `${at}/${name}${dir ? '/*' : ''}`;
      if (name === '_astro') rules.push({ path, headers: [['Cache-Control', IMMUTABLE]] });
      else if (name === 'pagefind') rules.push({ path, headers: [['Cache-Control', REVALIDATE]] });
      else if (name === 'oembed') rules.push(page(path, true, [['Access-Control-Allow-Origin', '*']]));
      else rules.push(page(path, FRAMABLE.has(name)));
    }
    // "/index.html" is the home page under another name.
    rules.push(page(`${at}/index.html`, false));
  };
  folder(prefix, entries);
  return rules;
}

export function headersText(rules: HeaderRule[]): string {
  const head = '# Written by src/integrations/headers.ts at build time (Netlify / Cloudflare Pages format). Do not edit.\n';
  return head + rules.map((r) => `${r.path}\n${r.headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('\n');
}

/** The rules for the build in `dir`. */
export function headersFor(dir: string, base: string): HeaderRule[] {
  const list = (d: string) => readdirSync(d).map((name) => ({ name, dir: statSync(join(d, name)).isDirectory() }));
  const entries: BuildEntry[] = list(dir).map((e) => (e.dir && e.name !== DEFAULT_LOCALE && isLocale(e.name) ? { ...e, entries: list(join(dir, e.name)) } : e));
  // Pagefind writes its folder after Astro's build: list it now so its rule is there.
  if (!entries.some((e) => e.name === 'pagefind')) entries.push({ name: 'pagefind', dir: true });
  return headerRules(entries, base);
}

export function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'r1-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const rules = headersFor(out, base);
        writeFileSync(join(out, '_headers'), headersText(rules));
        logger.info(`_headers: ${rules.length} rules`);
      },
    },
  };
}
