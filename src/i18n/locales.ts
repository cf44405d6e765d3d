/**
 * The site's languages. English is the default and lives at `/`; every other language lives
 * under its own prefix (`/zh/…`) with the same slugs, scene names and step ids, so a deep link
 * or an embed address differs between editions only by that prefix.
 * To add a language: add it here, then run the checks the README lists under "Adding a language".
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag for `<html lang>`, `hreflang`, `Intl` and Pagefind (which segments Chinese by it). */
export const LANG_TAG: Readonly<Record<Locale, string>> = { en: 'en', zh: 'zh-CN' };

/** The language's own name, for the language switch (a reader looks for their language in its own script). */
export const ENDONYM: Readonly<Record<Locale, string>> = { en: 'English', zh: '简体中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
