/**
 * Where a page lives in each edition. English is at the site root, every other language under
 * its own prefix with the same slugs, scene names and step ids, so switching language only adds
 * or drops the prefix (and a step's hash carries over unchanged). Pure: unit-tested, and the
 * base path (BASE_PATH) is added by the caller (`url()` / `localeUrl()`).
 */
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales';

/** "/zh" for Chinese, "" for the default language. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** A site path ("/chapters/x/") in `locale`'s edition ("/zh/chapters/x/"); base path not included. */
export function localePath(locale: Locale, path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${localePrefix(locale)}${p}`;
}

/** The edition a site path (base path already removed) belongs to: its first segment, if that is a language. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/').find(Boolean);
  return first && first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The path without its language prefix ("/zh/glossary/" -> "/glossary/"). */
export function unlocalizedPath(path: string): string {
  const locale = localeOfPath(path);
  if (locale === DEFAULT_LOCALE) return path;
  const rest = path.slice(localePrefix(locale).length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The same page in the other edition `to` (base path not included). */
export function switchPath(path: string, to: Locale): string {
  return localePath(to, unlocalizedPath(path));
}

/** The `[...lang]` route parameter of a locale: undefined for English (no prefix), "zh" for Chinese. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** The locale a `[...lang]` route parameter names; anything else is a bug in a page's getStaticPaths. */
export function localeOfParam(lang: string | undefined): Locale {
  if (lang === undefined || lang === '') return DEFAULT_LOCALE;
  if (isLocale(lang) && lang !== DEFAULT_LOCALE) return lang;
  throw new Error(`Unknown language segment "${lang}" in a page path. Fix: a page's getStaticPaths may only use langParam() of LOCALES.`);
}

/** getStaticPaths for a page that exists once per language and has no other parameter. */
export function localeStaticPaths(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return localeStaticPathsFor([{}]);
}

/**
 * getStaticPaths for a page that exists once per language and per item of `each`, its other route
 * parameters (a scene, a scene and step). A separate function because Astro calls getStaticPaths
 * with its own options object, which must not be taken for `each`.
 */
export function localeStaticPathsFor<P extends Record<string, string>>(
  each: readonly P[],
): { params: P & { lang: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.flatMap((locale) => each.map((p) => ({ params: { ...p, lang: langParam(locale) }, props: { locale } })));
}

/** A locale from Astro.currentLocale (undefined on pages outside the i18n routes: the default). */
export function asLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
