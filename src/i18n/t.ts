/**
 * The words the site's own templates print (navigation, buttons, step counters, dialog text,
 * aria-labels…), from one flat catalogue per language: src/i18n/ui/<locale>.json. Keys are typed
 * from the English catalogue, so a misspelt key fails `astro check`; tests/unit/ui-catalogue.test.ts
 * fails when the catalogues' keys differ. Placeholders are `{name}`; a plural is an object
 * `{"one": "…", "other": "…"}` chosen by Intl.PluralRules on the `count` parameter (Chinese has
 * only `other`). No ICU syntax, as in the scenes' catalogues.
 */
import en from './ui/en.json';
import zh from './ui/zh.json';
import { LANG_TAG, type Locale } from './locales';

export type UiKey = Exclude<keyof typeof en, '$schema'>;
export type UiValue = string | { one?: string; other: string };
export type Catalogue = Record<string, UiValue>;
type Params = Record<string, string | number>;

export const UI: Readonly<Record<Locale, Catalogue>> = { en: en as Catalogue, zh: zh as unknown as Catalogue };

const plurals = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();

/** Fill `{name}` placeholders; a number is written in the locale's digits grouping. A missing parameter throws. */
export function fill(locale: Locale, text: string, params: Params = {}, where = 'ui'): string {
  return text.replace(/\{([a-zA-Z0-9_]+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`${where}: no value for {${name}} (${locale}). Fix: pass ${name} to t().`);
    if (typeof v === 'number') {
      let f = numbers.get(locale);
      if (!f) numbers.set(locale, (f = new Intl.NumberFormat(LANG_TAG[locale])));
      return f.format(v);
    }
    return v;
  });
}

/** Pick the plural form of `value` for `count` (Intl.PluralRules of the locale). */
export function pluralOf(locale: Locale, value: UiValue, count: number | undefined): string {
  if (typeof value === 'string') return value;
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(LANG_TAG[locale])));
  const form = count === undefined ? 'other' : rules.select(count);
  return (form === 'one' ? value.one : undefined) ?? value.other;
}

/** The UI string `key` in `locale`, placeholders filled from `params` (`count` chooses a plural form). */
export function t(locale: Locale, key: UiKey, params?: Params): string {
  const value = UI[locale][key];
  if (value === undefined) throw new Error(`src/i18n/ui/${locale}.json: no key "${key}". Fix: add it (the English is "${String(UI.en[key])}").`);
  const count = params?.['count'];
  return fill(locale, pluralOf(locale, value, typeof count === 'number' ? count : undefined), params, `src/i18n/ui/${locale}.json "${key}"`);
}

/** t() bound to one locale, for a template: `const tr = translator(locale); tr('nav.glossary')`. */
export function translator(locale: Locale): (key: UiKey, params?: Params) => string {
  return (key, params) => t(locale, key, params);
}

/** A piece of a catalogue sentence: plain text, or text in one of the few inline elements a sentence may use. */
export interface RichPart {
  tag?: 'kbd' | 'code' | 'strong';
  text: string;
}

/**
 * A catalogue sentence with inline <kbd>, <code> or <strong> (no other markup, no attributes),
 * split for a template to render each piece as text or as that element: never parsed as HTML.
 */
export function richParts(text: string): RichPart[] {
  const out: RichPart[] = [];
  const re = /<(kbd|code|strong)>(.*?)<\/\1>/gs;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ tag: m[1] as RichPart['tag'], text: m[2]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
