/**
 * Data overlays: a translation of a data file is a file of the same shape under
 * src/data/i18n/<lang>/<same path> holding only the reader-facing strings (README, "Adding a
 * language"). Merging is pure and strict, and this is the one structural check of an overlay
 * (the build runs it on every overlay it merges; tests/content/data-overlays.test.ts adds only
 * checks of the language itself):
 * - same nesting; objects keyed by id keep their keys; a key the English lacks is an error;
 * - only strings are translated: an overlay value must be a string where the English has a string;
 * - an array has one item per English item, in its order, and an item whose English has an `id`
 *   carries the same `id` (one not translated yet: just its id, `{}` if it has none, or its English text);
 * - `{fact.id}` placeholders of an English string must all be in its translation, and no other;
 * - a fact's unit words (`prefix`, `suffix` in facts/) are never translated (UNTRANSLATED_KEYS);
 * - the top-level "$translates" (the English revision) is bookkeeping, not data;
 * - one addition is allowed, where the file declares it (GLOSS_FIELDS): `<key>Gloss` beside an
 *   English string `<key>` (a source's `titleGloss`), a gloss shown next to an original that stays
 *   as it is (a source keeps its title).
 * Anything the overlay leaves out stays English. Every problem names the file, the key path and the fix.
 */

export const REVISION_KEY = '$translates';

/**
 * The `<key>Gloss` fields an overlay may add, per English file (its path under src/data/), as key
 * paths with "*" for any key. Only sources.json has a page that shows one (sources.astro).
 */
const GLOSS_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'sources.json': ['*.titleGloss'],
};

/**
 * Keys an overlay must leave out although the English holds a string there, per folder under
 * src/data/: a fact's unit words, which each edition's fact formatting maps itself (" billion"
 * becomes 亿 by rescaling the number, not by a word; an overlay's "倍" would reach that formatter
 * as an unknown unit).
 */
const UNTRANSLATED_KEYS: Readonly<Record<string, readonly string[]>> = { 'facts/': ['prefix', 'suffix'] };

const PLACEHOLDER = /\{([a-z0-9]+(?:\.[a-zA-Z0-9-]+)+)\}/g;
const placeholdersOf = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A key path: object keys and array indexes, shown as `claims[0].says`. */
type KeyPath = readonly (string | number)[];
const showPath = (path: KeyPath) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
const kindOf = (v: unknown) =>
  v === undefined ? 'nothing' : v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

/** The path under src/data/ of an overlay named src/data/i18n/<lang>/<path> (the file's own rules are looked up by it). */
const dataPathOf = (file: string) => /^src\/data\/i18n\/[^/]+\/(.+)$/.exec(file)?.[1] ?? file;

/**
 * Every problem of `overlay` against `english`, each "file: key.path: what. Fix: …". Empty when it fits.
 * `file` is the overlay's path, src/data/i18n/<lang>/<path under src/data/>: it is named in every
 * problem and picks the file's own rules (GLOSS_FIELDS, UNTRANSLATED_KEYS).
 */
export function overlayProblems(english: unknown, overlay: unknown, file: string): string[] {
  const problems: string[] = [];
  const dataPath = dataPathOf(file);
  const glossFields = (GLOSS_FIELDS[dataPath] ?? []).map((p) => p.split('.'));
  const untranslatedKeys = Object.entries(UNTRANSLATED_KEYS).flatMap(([folder, keys]) => (dataPath.startsWith(folder) ? keys : []));
  const isGlossField = (path: KeyPath) =>
    glossFields.some((parts) => parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i])));
  const at = (path: KeyPath) => `${file}: ${showPath(path) || '(top level)'}`;
  const walk = (en: unknown, tr: unknown, path: KeyPath) => {
    if (typeof tr === 'string') {
      if (typeof en !== 'string') {
        problems.push(`${at(path)}: a translation where the English has ${kindOf(en)}. Fix: remove it (only reader-facing strings are translated).`);
        return;
      }
      const want = placeholdersOf(en).join(', ');
      const got = placeholdersOf(tr).join(', ');
      if (want !== got)
        problems.push(`${at(path)}: placeholders {${got}} differ from the English {${want}}. Fix: keep every {fact.id} of the English, unchanged.`);
      return;
    }
    if (Array.isArray(tr)) {
      if (!Array.isArray(en)) {
        problems.push(`${at(path)}: a list where the English has ${en === undefined ? 'nothing' : 'no list'}. Fix: mirror the English file's shape.`);
        return;
      }
      if (tr.length !== en.length)
        problems.push(
          `${at(path)}: ${tr.length} item${tr.length === 1 ? '' : 's'}, the English has ${en.length}. Fix: one item per English item, in its order (one not translated yet: just its id, {} if it has none, the English string if it is text).`,
        );
      tr.forEach((item, i) => {
        const enItem = en[i];
        if (i >= en.length) return;
        if (isObject(enItem) && 'id' in enItem && (!isObject(item) || item['id'] !== enItem['id'])) {
          const has = isObject(item) && 'id' in item ? `id ${JSON.stringify(item['id'])}` : 'no id';
          problems.push(
            `${at([...path, i])}: ${has} where the English item is ${JSON.stringify(enItem['id'])}. Fix: keep the English items' order and each one's id.`,
          );
          return; // a misaligned item is not compared with another item's English
        }
        walk(enItem, item, [...path, i]);
      });
      return;
    }
    if (isObject(tr)) {
      if (!isObject(en)) {
        problems.push(`${at(path)}: an object where the English has ${en === undefined ? 'nothing' : 'no object'}. Fix: mirror the English file's shape.`);
        return;
      }
      for (const [k, v] of Object.entries(tr)) {
        if (path.length === 0 && k === REVISION_KEY) continue;
        const sub = [...path, k];
        // An id kept so the item can be matched is not a translation: it must equal the English id.
        if (k === 'id' && typeof path[path.length - 1] === 'number') {
          if (v !== en['id']) problems.push(`${at(sub)}: differs from the English id. Fix: keep it as in the English.`);
          continue;
        }
        if (untranslatedKeys.includes(k)) {
          problems.push(
            `${at(sub)}: unit words are not translated: each language's fact formatting maps the English ones (src/i18n/format-fact.ts). Fix: remove it.`,
          );
          continue;
        }
        const glossOf = /^(.+)Gloss$/.exec(k)?.[1];
        if (glossOf && !(k in en) && typeof en[glossOf] === 'string') {
          if (!isGlossField(sub))
            problems.push(
              `${at(sub)}: src/data/${dataPath} takes no gloss here (no page shows one). Fix: remove it, or declare it in GLOSS_FIELDS (src/i18n/overlay.ts) with the page that shows it.`,
            );
          else if (typeof v !== 'string') problems.push(`${at(sub)}: a gloss must be text. Fix: write the gloss as a string.`);
          continue;
        }
        if (!(k in en)) {
          problems.push(`${at(sub)}: the English has no such key. Fix: remove it or correct its name.`);
          continue;
        }
        walk(en[k], v, sub);
      }
      return;
    }
    problems.push(`${at(path)}: ${JSON.stringify(tr)} is not translatable text. Fix: remove it (numbers, dates and ids stay in the English file).`);
  };
  if (!isObject(overlay)) return [`${file}: not a JSON object. Fix: mirror the English file's top level.`];
  walk(english, overlay, []);
  return problems;
}

/**
 * The English data with the overlay's strings in place (a deep copy). Throws listing every problem.
 * `file` as for overlayProblems.
 */
export function mergeOverlay<T>(english: T, overlay: unknown, file: string): T {
  const problems = overlayProblems(english, overlay, file);
  if (problems.length > 0) throw new Error(`Data overlay does not fit its English file:\n  ${problems.join('\n  ')}`);
  const merge = (en: unknown, tr: unknown): unknown => {
    if (typeof tr === 'string') return tr;
    if (Array.isArray(en)) return en.map((item, i) => (Array.isArray(tr) ? merge(item, tr[i]) : structuredClone(item)));
    if (isObject(en)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(en)) out[k] = isObject(tr) && k in tr && k !== REVISION_KEY ? merge(v, tr[k]) : structuredClone(v);
      // What the check let through beside the English keys is a declared gloss.
      if (isObject(tr)) for (const [k, v] of Object.entries(tr)) if (/Gloss$/.test(k) && !(k in en) && typeof v === 'string') out[k] = v;
      return out;
    }
    return en;
  };
  return merge(english, overlay) as T;
}

/** The English revision an overlay or catalogue says it translates (undefined when it says none). */
export function translatesRevision(overlay: unknown): string | undefined {
  return isObject(overlay) && typeof overlay[REVISION_KEY] === 'string' ? overlay[REVISION_KEY] : undefined;
}

export type { Json };
