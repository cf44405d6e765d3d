/**
 * Shared pieces for topic data files whose values each carry a source:
 * a zod builder for `{ value, source, where }` and a walk that checks every
 * `source` field in a file names a known source id.
 */
import { z } from 'zod';
import { ContentError } from '../lib/errors';
import sourcesJson from './sources.json';

export const sourceId = z.string().regex(/^[A-Z0-9_]+$/, 'must be a source id from src/data/sources.json');

/** A value with its source and where in the source it is. */
export function sourced<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    source: sourceId,
    where: z.string().min(3),
    /** The source gives the value as "about …". */
    approximate: z.boolean().optional(),
    /** Read by eye from a chart in the source, not stated in its text. */
    readFromFigure: z.boolean().optional(),
    note: z.string().optional(),
  });
}

/**
 * Every `source` field anywhere in `value` must be an id in sources.json (or in
 * `extra`, ids a file declares itself while they wait to be added there).
 */
export function checkSourceIds(value: unknown, file: string, extra: readonly string[] = []): void {
  const known = new Set([...Object.keys(sourcesJson), ...extra]);
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}.${i}`));
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const p = path ? `${path}.${k}` : k;
        if (k === 'source' && typeof x === 'string' && !known.has(x)) {
          throw new ContentError(file, p, `unknown source id "${x}"`, `use one of: ${[...known].join(', ')}; or add it to src/data/sources.json.`);
        }
        walk(x, p);
      }
    }
  };
  walk(value, '');
}

/** Ids must be unique within a list. */
export function checkUniqueIds(items: readonly { id: string }[], file: string, field: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) throw new ContentError(file, `${field}.${i}.id`, `duplicate id "${item.id}"`, 'give each entry its own id.');
    seen.add(item.id);
  });
}
