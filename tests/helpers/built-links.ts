/**
 * Every URL a built site names in its HTML (attributes and inline styles) and in its
 * oEmbed JSON, checked against a base path: internal URLs must start with the base and
 * resolve to a file in the build. Used by the sub-path test (tests/e2e/subpath.spec.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface LinkProblem {
  file: string;
  url: string;
  problem: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const ATTR = /\s(?:href|src|action|poster|data-pym-src|data-step-href|content)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const SRCSET = /\ssrcset\s*=\s*"([^"]*)"/gi;
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/gi;
const DECODE = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Does `path` (a URL path under the base, without query/hash) name a file in dist? */
function resolves(dist: string, base: string, path: string): boolean {
  const rest = decodeURIComponent(path.slice(base.length));
  const file = join(dist, rest);
  if (rest === '' || rest.endsWith('/')) return existsSync(join(file, 'index.html'));
  return existsSync(file) && statSync(file).isFile();
}

/**
 * Check every HTML file in `dist` (built for `base`, public site `site` = origin + base).
 * Returns problems and how many URLs were checked.
 */
export function checkBuiltLinks(dist: string, base: string, site: string): { checked: number; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  let checked = 0;
  const siteOrigin = new URL(site).origin;
  const check = (file: string, raw: string) => {
    const url = DECODE(raw.trim());
    if (!url || url.startsWith('#') || /^(data|mailto|tel|javascript|blob|about):/i.test(url)) return;
    let path: string;
    if (url.startsWith('//')) return (problems.push({ file, url, problem: 'protocol-relative URL' }), undefined);
    if (/^https?:\/\//i.test(url)) {
      if (!url.startsWith(siteOrigin + '/')) return; // another site: the foreign-request tests cover requests
      path = url.slice(siteOrigin.length);
    } else if (url.startsWith('/')) path = url;
    else if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return;
    else return; // relative (./x, x.json) resolves against its own page: fine under any base
    // URL templates the client fills in (data-step-href=".../{step}.svg"): the base is checked, the file is not.
    if (url.includes('{')) {
      if (!path.startsWith(base)) problems.push({ file, url, problem: `does not start with the base ${base}` });
      return;
    }
    checked++;
    path = path.replace(/[?#].*$/, '');
    if (!path.startsWith(base)) problems.push({ file, url, problem: `does not start with the base ${base}` });
    else if (!resolves(dist, base, path)) problems.push({ file, url, problem: 'no such file in the build' });
  };
  for (const f of walk(dist)) {
    const rel = relative(dist, f);
    if (f.endsWith('.html')) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(ATTR)) {
        const v = m[1] ?? m[2] ?? '';
        // <meta content> only when it is a URL (og:url and the like).
        if (m[0].trim().toLowerCase().startsWith('content') && !/^(https?:|\/)/.test(v)) continue;
        check(rel, v);
      }
      for (const m of html.matchAll(SRCSET)) for (const part of m[1]!.split(',')) check(rel, part.trim().split(/\s+/)[0]!);
      for (const m of html.matchAll(CSS_URL)) check(rel, m[1]!);
    } else if (f.endsWith('.css')) {
      for (const m of readFileSync(f, 'utf8').matchAll(CSS_URL)) check(rel, m[1]!);
    } else if (rel.startsWith('oembed') && f.endsWith('.json')) {
      const o = JSON.parse(readFileSync(f, 'utf8')) as { html: string; provider_url: string };
      check(rel, o.provider_url);
      if (!o.provider_url.startsWith(site)) problems.push({ file: rel, url: o.provider_url, problem: `provider_url is not ${site}` });
      for (const m of o.html.matchAll(ATTR)) {
        const v = m[1] ?? m[2] ?? '';
        check(rel, v);
        if (!v.startsWith(site)) problems.push({ file: rel, url: v, problem: `iframe src is not under ${site}` });
      }
    }
  }
  return { checked, problems };
}
