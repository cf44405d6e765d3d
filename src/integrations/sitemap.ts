/**
 * sitemap.xml, written after the build from the pages actually built (so every page any
 * route adds is listed, with no list to keep in step). Left out: the 404 page, pages that
 * say `<meta name="robots" content="noindex">` (search), and the one-step embed pages
 * (/embed/<scene>/<step>/): those are chrome-less copies of a figure at one step, meant for
 * iframes and slides, and each scene's own embed page (/embed/<scene>/) already stands for
 * them. No dependency: a page list, XML-escaped.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const EMBED_STEP = /^\/embed\/[^/]+\/[^/]+\/$/;
const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

/** Which built pages belong in the sitemap (see the header for what is left out and why). */
export function sitemapPages(dir: string): string[] {
  return builtPages(dir).filter((p) => !EMBED_STEP.test(p) && !NOINDEX.test(readFileSync(join(dir, p, 'index.html'), 'utf8')));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(pages: string[], site: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  const urls = pages.map((p) => `  <url><loc>${esc(new URL(prefix + p, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
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
