/**
 * Data overlays: a translation of a data file is a file of the same shape under
 * src/data/i18n/<lang>/<same path> holding only the reader-facing strings (README, "Adding a
 * language"). Merging is pure and strict:
 * - same nesting; objects keyed by id keep their keys; a key the English lacks is an error;
 * - only strings are translated: an overlay value must be a string where the English has a string;
 * - arrays are aligned by index, and an element whose English has an `id` must carry the same `id`;
 * - `{fact.id}` placeholders of an English string must all be in its translation, and no other;
 * - the top-level "$translates" (the English revision) is bookkeeping, not data;
 * - one addition is allowed: `<key>Gloss` beside an English string `<key>` (a source's `titleGloss`):
 *   a Chinese gloss shown next to an original that stays as it is (a source keeps its title).
 * Anything the overlay leaves out stays English. Every problem names the file and the key path.
 */

export const REVISION_KEY = '$translates';

const PLACEHOLDER = /\{([a-z0-9]+(?:\.[a-zA-Z0-9-]+)+)\}/g;
const placeholdersOf = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every problem of `overlay` against `english`, each "file: key.path: what. Fix: …". Empty when it fits. */
export function overlayProblems(english: unknown, overlay: unknown, file: string): string[] {
  const problems: string[] = [];
  const at = (path: string) => `${file}: ${path || '(top level)'}`;
  const walk = (en: unknown, tr: unknown, path: string) => {
    if (typeof tr === 'string') {
      if (typeof en !== 'string') {
        problems.push(
          `${at(path)}: a translation where the English has ${en === undefined ? 'nothing' : `a ${Array.isArray(en) ? 'list' : typeof en}`}. Fix: remove it (only reader-facing strings are translated).`,
        );
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
      if (tr.length > en.length) problems.push(`${at(path)}: ${tr.length} items, the English has ${en.length}. Fix: one item per English item, in its order.`);
      tr.forEach((item, i) => {
        const enItem = en[i];
        if (i >= en.length) return;
        if (isObject(enItem) && 'id' in enItem) {
          if (!isObject(item) || item['id'] !== enItem['id'])
            problems.push(
              `${at(`${path}[${i}]`)}: id ${JSON.stringify(isObject(item) ? item['id'] : undefined)} where the English item is ${JSON.stringify(enItem['id'])}. Fix: keep the English items' order and each one's id.`,
            );
        }
        walk(enItem, item, `${path}[${i}]`);
      });
      return;
    }
    if (isObject(tr)) {
      if (!isObject(en)) {
        problems.push(`${at(path)}: an object where the English has ${en === undefined ? 'nothing' : 'no object'}. Fix: mirror the English file's shape.`);
        return;
      }
      for (const [k, v] of Object.entries(tr)) {
        if (path === '' && k === REVISION_KEY) continue;
        const sub = path ? `${path}.${k}` : k;
        // An id kept so the item can be matched is not a translation: it must equal the English id.
        if (k === 'id' && /\]$/.test(path)) {
          if (v !== en['id']) problems.push(`${at(sub)}: differs from the English id. Fix: keep it as in the English.`);
          continue;
        }
        const glossOf = /^(.+)Gloss$/.exec(k)?.[1];
        if (glossOf && !(k in en) && typeof en[glossOf] === 'string') {
          if (typeof v !== 'string') problems.push(`${at(sub)}: a gloss must be text. Fix: write the gloss as a string.`);
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
  walk(english, overlay, '');
  return problems;
}

/** The English data with the overlay's strings in place (a deep copy). Throws listing every problem. */
export function mergeOverlay<T>(english: T, overlay: unknown, file: string): T {
  const problems = overlayProblems(english, overlay, file);
  if (problems.length > 0) throw new Error(`Data overlay does not fit its English file:\n  ${problems.join('\n  ')}`);
  const merge = (en: unknown, tr: unknown): unknown => {
    if (typeof tr === 'string') return tr;
    if (Array.isArray(en)) return en.map((item, i) => (Array.isArray(tr) && i < tr.length ? merge(item, tr[i]) : structuredClone(item)));
    if (isObject(en)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(en)) out[k] = isObject(tr) && k in tr && k !== REVISION_KEY ? merge(v, tr[k]) : structuredClone(v);
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
