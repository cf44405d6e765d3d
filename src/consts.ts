import { localePath } from './i18n/paths';
import type { Locale } from './i18n/locales';

/** URL helpers that respect BASE_PATH (the site's name and pitch are the UI catalogue's site.title and site.description). */

/** A site-internal URL under the configured base path ("/x/" -> "/r1-explained/x/"). */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A site-internal URL in `locale`'s edition ("/glossary/" -> "/zh/glossary/"), under the base path. */
export function localeUrl(locale: Locale, path: string): string {
  return url(localePath(locale, path));
}
