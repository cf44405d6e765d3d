/**
 * The scene catalogues agree both ways: every language has exactly English's keys, each message
 * has the same `{placeholders}` as its English twin, plurals use only the forms the language has,
 * and a translation records the English revision it was made from (`$translates`). src/scenes/words.ts
 * runs this when it loads, so a broken catalogue stops the build; tests/unit/scene-messages.test.ts
 * plants each fault.
 */
import { LANG_TAG, LOCALES } from '../i18n/locales';
import { placeholdersOf, type Message } from './kit/messages';

/** catalogue files as parsed: files[scene][locale] (`$translates` included). */
export type CatalogueFiles = Readonly<Record<string, Partial<Record<string, Readonly<Record<string, unknown>>>>>>;

function isMessage(v: unknown): v is Message {
  if (typeof v === 'string') return true;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o['other'] === 'string' && Object.values(o).every((x) => typeof x === 'string');
}

/** Every problem, one sentence each, naming the file, the key and the fix. Empty when all agree. */
export function checkCatalogues(files: CatalogueFiles): string[] {
  const out: string[] = [];
  for (const [scene, byLocale] of Object.entries(files)) {
    const file = (locale: string) => `src/scenes/${scene}/messages/${locale}.json`;
    for (const locale of Object.keys(byLocale))
      if (!(LOCALES as readonly string[]).includes(locale)) out.push(`${file(locale)}: "${locale}" is not a locale of src/i18n/locales.ts.`);
    const en = byLocale['en'];
    if (!en) {
      out.push(`${file('en')} is missing: scene ${scene} has translations but no English. Fix: write messages/en.json.`);
      continue;
    }
    if ('$translates' in en) out.push(`${file('en')}: "$translates" belongs in translations only.`);
    const enKeys = Object.keys(en).filter((k) => k !== '$translates');
    for (const locale of LOCALES) {
      const c = byLocale[locale];
      if (!c) {
        out.push(`${file(locale)} is missing (scene ${scene}, language ${locale}). Fix: translate messages/en.json into it.`);
        continue;
      }
      const categories = new Set<string>(new Intl.PluralRules(LANG_TAG[locale]).resolvedOptions().pluralCategories);
      if (locale !== 'en' && !/^[0-9a-f]{12}$/.test(String(c['$translates'] ?? '')))
        out.push(`${file(locale)}: no "$translates" (the revision of messages/en.json it translates). Fix: add it (README, "Scene text").`);
      const keys = Object.keys(c).filter((k) => k !== '$translates');
      for (const key of enKeys)
        if (!(key in c)) out.push(`${file(locale)}: missing key "${key}" (scene ${scene}, language ${locale}). Fix: translate it from messages/en.json.`);
      for (const key of keys) {
        if (!(key in en)) {
          out.push(
            `${file(locale)}: extra key "${key}" (scene ${scene}, language ${locale}) that messages/en.json lacks. Fix: remove it or add it to the English.`,
          );
          continue;
        }
        const m = c[key];
        if (!isMessage(m)) {
          out.push(`${file(locale)}: key "${key}" is neither a string nor a plural object with "other".`);
          continue;
        }
        if (typeof m === 'object')
          for (const form of Object.keys(m))
            if (!categories.has(form))
              out.push(`${file(locale)}: key "${key}": plural form "${form}" does not exist in ${locale} (it has ${[...categories].join(', ')}).`);
        const mine = placeholdersOf(m).join(', ');
        const english = isMessage(en[key]) ? placeholdersOf(en[key]).join(', ') : '';
        if (locale !== 'en' && mine !== english)
          out.push(`${file(locale)}: key "${key}" has placeholders {${mine}} but the English has {${english}} (scene ${scene}, language ${locale}).`);
      }
    }
  }
  return out;
}

/**
 * How far a translation is behind its English: 'fresh' when it records the English's current
 * revision; else 'keys' when the two no longer have the same keys and placeholders (a test
 * failure: the figure would miss words), or 'text' when only English wording changed since (a
 * warning listing the file: the translation may say something the English no longer does).
 */
export function staleness(
  englishRevision: string,
  en: Readonly<Record<string, unknown>>,
  translation: Readonly<Record<string, unknown>>,
): 'fresh' | 'text' | 'keys' {
  if (translation['$translates'] === englishRevision) return 'fresh';
  const shape = (c: Readonly<Record<string, unknown>>) =>
    Object.keys(c)
      .filter((k) => k !== '$translates')
      .sort()
      .map((k) => `${k}{${isMessage(c[k]) ? placeholdersOf(c[k]).join(',') : '?'}}`)
      .join('\n');
  return shape(en) === shape(translation) ? 'text' : 'keys';
}
