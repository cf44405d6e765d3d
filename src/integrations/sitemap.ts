/**
 * sitemap.xml, written after the build from the pages actually built (so every page any
 * route adds is listed, with no list to keep in step). Left out: the 404 page, pages that
 * say `<meta name="robots" content="noindex">` (search), and the one-step embed pages
 * (/embed/<scene>/<step>/): those are chrome-less copies of a figure at one step, meant for
 * iframes and slides, and each scene's own embed page (/embed/<scene>/) already stands for
 * them. No dependency: a page list, XML-escaped. A page that exists in several languages lists
 * every edition as an `xhtml:link rel="alternate" hreflang` (and x-default, the English), as
 * search engines read them; each edition is also a <url> of its own.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, LANG_TAG, LOCALES } from '../i18n/locales';
import { switchPath } from '../i18n/paths';

/** Site-relative paths ("/chapters/x/") of every built page in `dir`, sorted. */
export function builtPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html')
        out.push(
          '/' +
            relative(dir, d)
              .split(sep)
              .filter(Boolean)
              .map((s) => s + '/')
              .join(''),
        );
    }
  };
  walk(dir);
  return out.sort();
}

const EMBED_STEP = /^(\/[a-z]{2})?\/embed\/[^/]+\/[^/]+\/$/;
const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

/** Which built pages belong in the sitemap (see the header for what is left out and why). */
export function sitemapPages(dir: string): string[] {
  return builtPages(dir).filter((p) => !EMBED_STEP.test(p) && !NOINDEX.test(readFileSync(join(dir, p, 'index.html'), 'utf8')));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(pages: string[], site: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  const abs = (p: string) => esc(new URL(prefix + p, site).href);
  const listed = new Set(pages);
  const urls = pages.map((p) => {
    const editions = LOCALES.map((l) => ({ l, path: switchPath(p, l) })).filter((e) => listed.has(e.path));
    if (editions.length < 2) return `  <url><loc>${abs(p)}</loc></url>`;
    const links = editions.map((e) => `<xhtml:link rel="alternate" hreflang="${LANG_TAG[e.l]}" href="${abs(e.path)}"/>`);
    links.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${abs(switchPath(p, DEFAULT_LOCALE))}"/>`);
    return `  <url><loc>${abs(p)}</loc>${links.join('')}</url>`;
  });
  const ns = urls.some((u) => u.includes('<xhtml:link')) ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${ns}>\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemap(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'r1-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs: `site` is not set; the sitemap needs absolute URLs. Fix: set SITE_URL or `site`.');
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = sitemapPages(out);
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(pages, site, base));
        logger.info(`sitemap.xml: ${pages.length} pages`);
      },
    },
  };
}
