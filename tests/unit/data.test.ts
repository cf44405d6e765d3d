import { describe, expect, it } from 'vitest';
import { benchmarks, sources, facts, glossary } from '../../src/data';
import { allFacts, formatFact } from '../../src/data/fact-registry';
import { benchmarksSchema, factsSchema } from '../../src/data/schemas';
import { parseOrThrow, ContentError } from '../../src/lib/errors';
import { sharedFacts } from '../helpers/shared-facts';

describe('sources', () => {
  it('every source has a title, an https url and a kind', () => {
    for (const [id, s] of Object.entries(sources)) {
      expect(s.title, id).not.toBe('');
      expect(s.url, id).toMatch(/^https:\/\//);
      expect(['primary', 'secondary']).toContain(s.kind);
    }
  });
});

describe('benchmarks data', () => {
  it('names its source, which exists', () => {
    expect(sources[benchmarks.source]).toBeDefined();
  });
  it('has a value (or an explicit null) for every model in every row', () => {
    for (const row of benchmarks.rows) for (const m of benchmarks.models) expect(row.values, `${row.id}/${m.id}`).toHaveProperty(m.id);
  });
  it('keeps units apart: Codeforces rating is a rating and percentile a percentile', () => {
    expect(benchmarks.rows.find((r) => r.id === 'codeforces-rating')!.unit).toBe('rating');
    expect(benchmarks.rows.find((r) => r.id === 'codeforces-percentile')!.unit).toBe('percentile');
    for (const r of benchmarks.rows.filter((r) => r.unit === 'percent')) {
      for (const v of Object.values(r.values)) if (v != null) expect(v).toBeLessThanOrEqual(100);
    }
  });
  it.skipIf(!sharedFacts)('equals the R1 paper table in the shared fact sheet, value by value', () => {
    const table = sharedFacts['4_benchmarks']['r1_main_table'];
    let compared = 0;
    for (const srow of table.rows) {
      if (!srow.category) continue;
      const row = benchmarks.rows.find((r) => r.benchmark === srow.benchmark && r.metric === srow.metric);
      expect(row, `${srow.benchmark} (${srow.metric})`).toBeDefined();
      for (const model of benchmarks.models) {
        expect(row!.values[model.id], `${srow.benchmark}/${model.sourceName}`).toBe(srow[model.sourceName]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('a figure without a source', () => {
  it('fails validation, naming the file and the field', () => {
    expect(() => parseOrThrow(factsSchema, { 'x.y': { value: 3 } }, 'src/data/facts/x.json', 'add a source')).toThrow(
      /src\/data\/facts\/x.json: x\.y\.source: .*\n {2}Fix: add a source/,
    );
  });
  it('fails for a benchmark row missing its unit', () => {
    const bad = { ...benchmarks, rows: [{ ...benchmarks.rows[0], unit: undefined }] };
    expect(() => parseOrThrow(benchmarksSchema, bad, 'src/data/benchmarks.json', 'fix')).toThrow(ContentError);
    expect(() => parseOrThrow(benchmarksSchema, bad, 'src/data/benchmarks.json', 'fix')).toThrow(/rows\.0\.unit/);
  });
});

describe('facts', () => {
  it('every fact, typed or derived, has a known source and formats without NaN', () => {
    for (const [id, f] of Object.entries(allFacts)) {
      expect(sources[f.source], `${id} source ${f.source}`).toBeDefined();
      const text = formatFact(f);
      expect(text, id).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(Object.keys(allFacts).length).toBeGreaterThanOrEqual(Object.keys(facts).length);
  });
  it('the 4.5× variant of the Enkrypt findings is noted on insecure code only (truth pass, finding 20)', () => {
    // The report's summaries give 4x for insecure code (4.5x in some) and 4x for toxic output: a
    // variant noted on another finding would send readers to a number no one published for it.
    const withVariant = Object.entries(allFacts)
      .filter(([id, f]) => id.startsWith('safety.') && /4\.5/.test(`${(f as { note?: string }).note ?? ''} ${(f as { where?: string }).where ?? ''}`))
      .map(([id]) => id)
      .sort();
    expect(withVariant).toEqual(['safety.insecure-code', 'safety.insecure-code-alt']);
  });
  it('formats with the d3-format spec, prefix and suffix', () => {
    expect(formatFact({ value: 5576000, format: '$,.0f', source: 'V3_REPORT' })).toBe('$5,576,000');
    expect(formatFact({ value: 2.788, format: '.3f', suffix: 'M GPU-hours', source: 'V3_REPORT' })).toBe('2.788M GPU-hours');
  });
  it('glossary entries have definitions', () => {
    for (const [id, g] of Object.entries(glossary)) expect(g.definition.length, id).toBeGreaterThan(9);
  });
});
