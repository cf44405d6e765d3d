/**
 * Every figure prose may cite with <Fact id>: the typed-in facts (facts.json) and
 * the figures computed in code (derived.ts). One map, one lookup, one formatter.
 */
import { format } from 'd3-format';
import { ContentError } from '../lib/errors';
import { facts, sources, type Fact } from './index';

/** Computed figures: each src/data/derived/<topic>.ts default-exports Record<id, Fact>. */
const derivedFiles = import.meta.glob<{ default: Record<string, Fact> }>('./derived/*.ts', { eager: true });

export const allFacts: Record<string, Fact> = { ...facts };
for (const [path, mod] of Object.entries(derivedFiles)) {
  const file = `src/data/derived/${path.split('/').pop()}`;
  for (const [id, f] of Object.entries(mod.default)) {
    if (id in allFacts)
      throw new ContentError(
        file,
        id,
        'this fact id is defined twice (src/data/facts/ or another derived file)',
        'keep each figure in one place: remove one of them.',
      );
    if (!sources[f.source]) throw new ContentError(file, `${id}.source`, `unknown source id "${f.source}"`, 'use an id from src/data/sources.json.');
    allFacts[id] = f;
  }
}

/** The fact as a reader sees it: "2,788,000 GPU-hours", "$5.576M". */
export function formatFact(f: Fact): string {
  if (typeof f.value === 'string') return `${f.prefix ?? ''}${f.value}${f.suffix ?? ''}`;
  const text = format(f.format ?? ',')(f.value);
  if (text.includes('NaN')) throw new Error(`fact value ${f.value} formats to NaN with "${f.format}"`);
  return `${f.prefix ?? ''}${text.replace('-', '−')}${f.suffix ?? ''}`;
}

export function getFact(id: string, file = 'a page'): Fact {
  const f = allFacts[id];
  if (!f) throw new ContentError(file, `<Fact id="${id}">`, 'unknown fact id', 'add it to src/data/facts/<topic>.json (with a source) or src/data/derived/.');
  return f;
}
