/**
 * Content checks over the real chapters and data, without a build:
 *  - every chapter's frontmatter passes the schema the build uses, and its `order`
 *    is the NN of its file name;
 *  - every <Fact id>, <Term id>, <Cite source> and <Scrolly scene>/<Step id> a chapter
 *    writes exists (the remark plugin fails the build on these; this finds them all
 *    at once, with file and line);
 *  - every number in a data file has a source (tests/unit/data.test.ts covers the
 *    named facts and the benchmark table; this covers the other data files);
 *  - the glossary's terms and the reader pages' data.
 * The built site (links, anchors, the seed check) is checked after the build, by
 * tests/e2e/site-content.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { chapterSchema } from '../../src/chapters/schema';
import { glossary, sources } from '../../src/data';
import { allFacts } from '../../src/data/fact-registry';
import { scenes } from '../../src/scenes/registry';
import { sharedFacts } from '../helpers/shared-facts';

const root = resolve(__dirname, '../..');
const chapterDir = join(root, 'content/chapters');
const chapterFiles = readdirSync(chapterDir)
  .filter((f) => /^\d\d-.+\.mdx$/.test(f))
  .sort();

function frontmatter(file: string): { data: unknown; body: string; bodyLine: number } {
  const text = readFileSync(join(chapterDir, file), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`content/chapters/${file}: no frontmatter (--- … ---) at the top`);
  return { data: yaml.load(m[1]!), body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** `<Name attr="value"` occurrences in a chapter body, with line numbers. */
function uses(body: string, bodyLine: number, name: string, attr: string): { value: string; line: number }[] {
  const out: { value: string; line: number }[] = [];
  const re = new RegExp(`<${name}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g');
  for (const m of body.matchAll(re)) out.push({ value: m[1]!, line: bodyLine + body.slice(0, m.index).split('\n').length - 1 });
  return out;
}

describe('chapters', () => {
  it('there are chapters to check', () => {
    expect(chapterFiles.length).toBeGreaterThanOrEqual(5);
  });
  for (const file of chapterFiles) {
    const { data, body, bodyLine } = frontmatter(file);
    const where = (line: number) => `content/chapters/${file}:${line}`;

    it(`${file}: frontmatter passes the chapter schema; order matches the file name`, () => {
      const r = chapterSchema.safeParse(data);
      expect(r.success, r.success ? '' : `content/chapters/${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
      expect(r.data!.order, `content/chapters/${file}: order should be ${Number(file.slice(0, 2))}, as in the file name`).toBe(Number(file.slice(0, 2)));
    });

    it(`${file}: every Fact id resolves to a sourced figure`, () => {
      for (const u of uses(body, bodyLine, 'Fact', 'id')) {
        const f = allFacts[u.value];
        expect(f, `${where(u.line)}: <Fact id="${u.value}"> is not a known fact`).toBeDefined();
        expect(sources[f!.source], `${where(u.line)}: fact ${u.value} has unknown source ${f!.source}`).toBeDefined();
      }
    });

    it(`${file}: every glossary term used exists; every Cite names a known source`, () => {
      for (const u of uses(body, bodyLine, 'Term', 'id'))
        expect(glossary[u.value], `${where(u.line)}: <Term id="${u.value}"> is not in src/data/glossary/`).toBeDefined();
      for (const u of uses(body, bodyLine, 'Cite', 'source'))
        expect(sources[u.value], `${where(u.line)}: <Cite source="${u.value}"> is not in src/data/sources.json`).toBeDefined();
      // Every <Term> has an id attribute at all (a bare <Term> would slip past the regex above).
      const bare = [...body.matchAll(/<Term\b(?![^>]*\sid=")[^>]*>/g)];
      expect(
        bare.map((m) => m[0]),
        `content/chapters/${file}: <Term> without id`,
      ).toEqual([]);
    });

    it(`${file}: every scene and step placed exists`, () => {
      const placed = uses(body, bodyLine, 'Scrolly', 'scene');
      for (const u of placed) expect(scenes[u.value], `${where(u.line)}: unknown scene "${u.value}"`).toBeDefined();
      const stepIds = new Set(placed.flatMap((u) => scenes[u.value]?.steps.map((s) => s.id) ?? []));
      for (const u of uses(body, bodyLine, 'Step', 'id'))
        expect(stepIds.has(u.value), `${where(u.line)}: <Step id="${u.value}"> is not a step of this chapter's scenes`).toBe(true);
    });
  }
});

describe('every number in the data has a source', () => {
  /**
   * A number must sit in an object that names a `source` (itself or an enclosing
   * object), or in an object that says it is this site's own assumption
   * (`assumption: true`) or explains itself in a `note`. Units are not figures.
   */
  const UNITS: Record<string, string[]> = { 'pricing.json': ['tokensPerUnit'] };
  const dataDir = join(root, 'src/data');
  const files = [
    ...readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'sources.json'),
    ...readdirSync(join(dataDir, 'facts')).map((f) => `facts/${f}`),
  ];
  function unsourced(value: unknown, path: string, sourced: boolean, units: string[]): string[] {
    if (Array.isArray(value)) return value.flatMap((v, i) => unsourced(v, `${path}[${i}]`, sourced, units));
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      const ok = sourced || typeof o['source'] === 'string' || o['assumption'] === true || typeof o['note'] === 'string';
      return Object.entries(o).flatMap(([k, v]) => (units.includes(k) && path === '' ? [] : unsourced(v, path ? `${path}.${k}` : k, ok, units)));
    }
    return typeof value === 'number' && !sourced ? [`${path} = ${value}`] : [];
  }
  for (const f of files) {
    it(`src/data/${f}`, () => {
      const json = JSON.parse(readFileSync(join(dataDir, f), 'utf8'));
      expect(
        unsourced(json, '', false, UNITS[f] ?? []),
        `numbers in src/data/${f} with no source: add "source" (an id from sources.json) next to them`,
      ).toEqual([]);
    });
  }
  it('every source id named anywhere in the data exists', () => {
    for (const f of files) {
      const text = readFileSync(join(dataDir, f), 'utf8');
      for (const m of text.matchAll(/"source"\s*:\s*"([^"]+)"/g)) expect(sources[m[1]!], `src/data/${f}: unknown source "${m[1]}"`).toBeDefined();
    }
  });
  it('the check catches a number without a source', () => {
    expect(unsourced({ a: { value: 3 } }, '', false, [])).toEqual(['a.value = 3']);
    expect(unsourced({ a: { value: 3, source: 'X' }, b: [{ c: 1 }] }, '', false, [])).toEqual(['b[0].c = 1']);
  });
});

describe('glossary', () => {
  it('ids are unique across files and terms are not defined twice under different ids', () => {
    const names = Object.values(glossary).map((g) => g.term.toLowerCase());
    const dupes = names.filter((n, i) => names.indexOf(n) !== i);
    expect(dupes, 'terms defined twice').toEqual([]);
  });
});

describe('the figures typed for "How we checked the numbers" (src/data/facts/checking.json)', () => {
  it.skipIf(!sharedFacts)('equal the shared fact sheet', () => {
    const a = sharedFacts['1_architecture'];
    const b = sharedFacts['4_benchmarks'];
    const qwq = b.distilled_table.rows.find((r: { model: string }) => r.model === 'QwQ-32B-Preview');
    expect(allFacts['check.qwq-aime-readme']!.value).toBe(qwq['AIME 2024 pass@1']);
    expect(qwq.note).toContain(`the paper (Tables 5 and 6) says ${(allFacts['check.qwq-aime-paper']!.value as number).toFixed(1)}`);
    expect(b.cross_document_discrepancies.join('\n')).toContain(
      `DeepSeek-V3 Codeforces percentile: ${allFacts['check.v3-cf-pct-v3-readme']!.value} in the V3 README`,
    );
    expect(allFacts['check.balance-alpha-report']!.value).toBe(a.sequence_wise_balance_loss_alpha.value);
    expect(allFacts['check.balance-alpha-copies']!.value).toBe(a.hf_config_fields_secondary.value.aux_loss_alpha);
    expect(a.vocab_size.note).toContain(`vocabulary of ${allFacts['check.vocab-report']!.value} tokens`);
    expect(allFacts['check.active-precise']!.value).toBe(a.activated_params_precise.value);
  });
});
