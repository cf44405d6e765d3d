/**
 * Where a built site names a local address (tests/e2e/site-content.spec.ts, subpath.spec.ts):
 * every text file that contains `needle`, and the pages that SHOW it to a reader (the HTML
 * body's text, form fields and code included, and the text of downloadable SVGs), as
 * opposed to tags in <head> and files machines read (oEmbed JSON, the sitemap).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const TEXT = /\.(html|json|xml|svg|txt|css|js|mjs|webmanifest)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (TEXT.test(name)) out.push(p);
  }
  return out;
}

/** Built text files containing `needle`, as paths relative to `dist`. */
export function filesContaining(dist: string, needle: string): string[] {
  return walk(dist)
    .filter((f) => readFileSync(f, 'utf8').includes(needle))
    .map((f) => relative(dist, f));
}

/** What a reader sees of a page: the body without tags (attribute values dropped, text kept). */
export function readerText(html: string): string {
  const body = html.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<script[\s\S]*?<\/script>/gi, '');
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Pages and figure downloads that show `needle` to a reader, with a snippet of the context. */
export function shownToReaders(dist: string, needle: string): string[] {
  const out: string[] = [];
  for (const f of walk(dist)) {
    const rel = relative(dist, f);
    if (!/\.(html|svg)$/.test(f) || rel.startsWith('pagefind')) continue;
    const raw = readFileSync(f, 'utf8');
    const text = f.endsWith('.html') ? readerText(raw) : raw.replace(/<[^>]+>/g, ' ');
    const at = text.indexOf(needle);
    if (at >= 0) out.push(`${rel}: …${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}…`);
  }
  return out;
}
