/**
 * The only import path for data. Every file is validated when first imported, so a
 * malformed value fails the build with the file and field named.
 */
import { ContentError, parseOrThrow } from '../lib/errors';
import { benchmarksSchema, factsSchema, glossarySchema, sourcesSchema } from './schemas';
import type { Fact, GlossaryEntry, Source } from './schemas';
import sourcesJson from './sources.json';
import benchmarksJson from './benchmarks.json';

/*
 * Facts and glossary terms are split into one JSON file per topic (facts/*.json,
 * glossary/*.json) so chapters on different topics can be edited independently;
 * ids must be unique across files.
 */
const factFiles = import.meta.glob<{ default: unknown }>('./facts/*.json', { eager: true });
const glossaryFiles = import.meta.glob<{ default: unknown }>('./glossary/*.json', { eager: true });

function mergeFiles<T>(files: Record<string, { default: unknown }>, folder: string, parse: (v: unknown, file: string) => Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  const from: Record<string, string> = {};
  for (const [path, mod] of Object.entries(files)) {
    const file = `src/data/${folder}/${path.split('/').pop()}`;
    for (const [id, v] of Object.entries(parse(mod.default, file))) {
      if (id in out) throw new ContentError(file, id, `id also defined in ${from[id]}`, 'keep each id in one file.');
      out[id] = v;
      from[id] = file;
    }
  }
  return out;
}

export type { Fact, Source, GlossaryEntry } from './schemas';

export const sources = parseOrThrow(sourcesSchema, sourcesJson, 'src/data/sources.json', 'give every source a title, publisher, url, date, kind and citation.');

/** Throws a ContentError unless `id` is a known source id. */
export function requireSource(id: string, file: string, field: string): Source {
  const s = sources[id];
  if (!s) {
    throw new ContentError(file, field, `unknown source id "${id}"`, `use one of: ${Object.keys(sources).join(', ')}; or add it to src/data/sources.json.`);
  }
  return s;
}

export const benchmarks = parseOrThrow(
  benchmarksSchema,
  benchmarksJson,
  'src/data/benchmarks.json',
  'every row needs id, category, benchmark, metric, unit (percent | percentile | rating) and values.',
);
requireSource(benchmarks.source, 'src/data/benchmarks.json', 'source');
for (const row of benchmarks.rows) {
  for (const m of benchmarks.models) {
    if (!(m.id in row.values)) {
      throw new ContentError(
        'src/data/benchmarks.json',
        `rows.${row.id}.values.${m.id}`,
        'missing value',
        'write the value from the source, or null where the source reports none.',
      );
    }
  }
}

/** One facts/<topic>.json file, checked: every fact has a value and a known source (tests/content/broken-content.test.ts). */
export function parseFactsFile(v: unknown, file: string): Record<string, Fact> {
  const parsed = parseOrThrow(factsSchema, v, file, 'every fact needs a value and a source id (and optionally format, prefix, suffix, where, note).');
  for (const [id, f] of Object.entries(parsed)) requireSource(f.source, file, `${id}.source`);
  return parsed;
}

export const facts: Record<string, Fact> = mergeFiles(factFiles, 'facts', parseFactsFile);

export const glossary: Record<string, GlossaryEntry> = mergeFiles(glossaryFiles, 'glossary', (v, file) => {
  const parsed = parseOrThrow(glossarySchema, v, file, 'every term needs a term and a definition of at least 10 characters.');
  for (const [id, g] of Object.entries(parsed)) if (g.source) requireSource(g.source, file, `${id}.source`);
  return parsed;
});

/*
 * Topic data files (model configuration, prices, training figures…) validate
 * themselves in src/data/checks/<topic>.ts, which throws a ContentError naming the
 * file and field. Importing them here makes every build run every check.
 */
import.meta.glob('./checks/*.ts', { eager: true });
