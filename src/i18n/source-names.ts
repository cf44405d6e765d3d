/**
 * What a data table's Source cell shows for a source id: its name in the page's language and a
 * link to that edition's list of sources. English shows the title as published; Chinese shows
 * the title's gloss from the sources overlay where there is one (the list it links to gives the
 * published title beside it). The server's tables (DataTable.astro) and the browser's
 * (figure-text.ts, from the figure's data-figure-words) use the same names.
 */
import { sources as englishSources } from '../data';
import { localeUrl } from '../consts';
import { localized } from './data';
import type { Locale } from './locales';
import type { SourceName } from '../lib/source-column';

export function sourceName(id: string, locale: Locale): SourceName {
  const s = localized(locale, 'sources.json', englishSources)[id];
  if (!s) throw new Error(`unknown source id "${id}". Fix: use an id from src/data/sources.json.`);
  const gloss = 'titleGloss' in s && typeof s.titleGloss === 'string' ? s.titleGloss : undefined;
  return { name: gloss ?? s.title, href: localeUrl(locale, `/sources/#${id}`) };
}

/** The names of `ids`, for a figure's script. */
export function sourceNames(ids: Iterable<string>, locale: Locale): Record<string, SourceName> {
  return Object.fromEntries([...ids].map((id) => [id, sourceName(id, locale)]));
}
