/**
 * The site's data in a reader's language: the English data files with their translation
 * overlays (src/data/i18n/<lang>/<same path>.json, merged by src/i18n/overlay.ts) laid over.
 * Numbers, ids, sources and dates always come from the English files. A language without an
 * overlay for a file shows that file's English strings (the overlay check lists what is missing).
 * Every overlay is checked (src/i18n/overlay.ts) before the first translated data is handed out.
 */
import { glossary, type GlossaryEntry } from '../data';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { mergeOverlay, overlayProblems, REVISION_KEY } from './overlay';

/** English data files by path under src/data/ ("glossary/moe.json"). */
const englishFiles = import.meta.glob<{ default: unknown }>(['../data/*.json', '../data/*/*.json', '!../data/i18n/**'], { eager: true });
/** Overlays by "<lang>/<path>" ("zh/glossary/moe.json"). */
const overlayFiles = import.meta.glob<{ default: unknown }>('../data/i18n/*/**/*.json', { eager: true });

const englishByPath = new Map(Object.entries(englishFiles).map(([k, m]) => [k.replace(/^\.\.\/data\//, ''), m.default]));
const overlayByPath = new Map(Object.entries(overlayFiles).map(([k, m]) => [k.replace(/^\.\.\/data\/i18n\//, ''), m.default]));

/** The overlay of `path` (under src/data/) for `locale`, if the translators have written one. */
export function overlayOf(locale: Locale, path: string): unknown {
  return locale === DEFAULT_LOCALE ? undefined : overlayByPath.get(`${locale}/${path}`);
}

/** `english` (the data of src/data/<path>, as loaded) with `locale`'s overlay of that file laid over. */
export function localized<T>(locale: Locale, path: string, english: T): T {
  requireOverlaysFit();
  const overlay = overlayOf(locale, path);
  return overlay === undefined ? english : mergeOverlay(english, overlay, `src/data/i18n/${locale}/${path}`);
}

/** Every overlay's problems (an overlay with no English file, keys the English lacks…): the build stops on any. */
export function allOverlayProblems(): string[] {
  const out: string[] = [];
  for (const [key, overlay] of overlayByPath) {
    const path = key.slice(key.indexOf('/') + 1);
    const file = `src/data/i18n/${key}`;
    const english = englishByPath.get(path);
    if (english === undefined) out.push(`${file}: there is no src/data/${path} to translate. Fix: name it after an English data file.`);
    else out.push(...overlayProblems(english, overlay, file));
  }
  return out;
}

let allFit = false;
/**
 * The first time a page asks for translated data, every overlay (of every language, used by a page
 * or not yet) is checked against its English file, and the build stops listing each problem.
 */
function requireOverlaysFit(): void {
  if (allFit) return;
  const problems = allOverlayProblems();
  if (problems.length > 0) throw new Error(`Data overlays do not fit their English files:\n  ${problems.join('\n  ')}`);
  allFit = true;
}

const glossaries = new Map<Locale, Record<string, GlossaryEntry>>();

/** The glossary in `locale`: each term's words from src/data/i18n/<lang>/glossary/<topic>.json where translated. */
export function localizedGlossary(locale: Locale): Record<string, GlossaryEntry> {
  if (locale === DEFAULT_LOCALE) return glossary;
  requireOverlaysFit();
  const hit = glossaries.get(locale);
  if (hit) return hit;
  const out: Record<string, GlossaryEntry> = { ...glossary };
  for (const [key, overlay] of overlayByPath) {
    if (!key.startsWith(`${locale}/glossary/`)) continue;
    const path = key.slice(locale.length + 1);
    // The whole file is checked against its English (extra terms, keys, ids) and merged once.
    const merged = mergeOverlay(englishByPath.get(path) as Record<string, GlossaryEntry>, overlay, `src/data/i18n/${key}`);
    for (const id of Object.keys(overlay as Record<string, unknown>)) {
      const entry = out[id];
      if (id === REVISION_KEY || !entry) continue;
      out[id] = { ...entry, term: merged[id]!.term, definition: merged[id]!.definition };
    }
  }
  glossaries.set(locale, out);
  return out;
}

/**
 * A fact as `locale` shows it: a text fact (a date, a name) takes its overlay's `value`
 * (src/data/i18n/<lang>/facts/<topic>.json), or, computed in code, the translation of the data
 * its `words` name; a number always stays the English file's.
 */
export function localizedFact<F extends { value: unknown; words?: string | undefined }>(locale: Locale, id: string, fact: F): F {
  if (locale === DEFAULT_LOCALE || typeof fact.value !== 'string') return fact;
  requireOverlaysFit();
  const value = textFacts(locale).get(id) ?? (fact.words === undefined ? undefined : wordsAt(locale, id, fact.words, fact.value));
  return value === undefined ? fact : { ...fact, value };
}

/** The string at "<file>#<key.path>" in `locale`'s edition of that data file; checked against the fact's English. */
function wordsAt(locale: Locale, id: string, words: string, english: string): string | undefined {
  const [path, keys] = words.split('#') as [string, string];
  const data = englishByPath.get(path);
  const fail = (why: string) => new Error(`Fact "${id}": words "${words}" ${why}. Fix: point "words" at the data file's string this fact is made from.`);
  if (data === undefined) throw fail(`name no file src/data/${path}`);
  const at = (root: unknown) => keys.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), root);
  if (at(data) !== english) throw fail(`hold ${JSON.stringify(at(data))}, not the fact's value ${JSON.stringify(english)}`);
  const translated = at(localized(locale, path, data));
  return typeof translated === 'string' && translated !== english ? translated : undefined;
}

const textFactCache = new Map<Locale, Map<string, string>>();
function textFacts(locale: Locale) {
  let hit = textFactCache.get(locale);
  if (hit) return hit;
  hit = new Map();
  for (const [key, overlay] of overlayByPath) {
    if (!key.startsWith(`${locale}/facts/`)) continue;
    for (const [id, entry] of Object.entries(overlay as Record<string, { value?: unknown }>)) {
      if (entry && typeof entry === 'object' && typeof entry.value === 'string') hit.set(id, entry.value);
    }
  }
  textFactCache.set(locale, hit);
  return hit;
}
