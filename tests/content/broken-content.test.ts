/**
 * The broken-content corpus: one fixture per kind of mistake an author or a data
 * editor makes (tests/fixtures/broken-content/), each run through the code the build
 * runs on that file, without a full build:
 *  - a chapter's frontmatter through Astro's own frontmatter parser (the one
 *    @astrojs/mdx calls) and the collection schema (src/chapters/schema.ts);
 *  - its body through the MDX compiler the build uses, with our remark plugin
 *    (src/chapters/remark-chapter.ts) and the real registries;
 *  - a data file through the parser src/data/index.ts applies to every facts file.
 * Each must fail, naming the file, the line where it has one, the field and the fix.
 * (A real build's wiring of these is covered by the one full build `npm test` makes.)
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { remarkChapter } from '../../src/chapters/remark-chapter';
import { chapterRegistries } from '../../src/chapters/registries';
import { chapterSchema } from '../../src/chapters/schema';
import { parseFactsFile } from '../../src/data';

const root = resolve(__dirname, '../..');
const dir = join(root, 'tests/fixtures/broken-content');
const rel = (name: string) => relative(root, join(dir, name));

/** What the build does with a chapter file, in order; resolves to the error it stops with, or null. */
async function buildChapter(name: string): Promise<Error | null> {
  const path = join(dir, name);
  const text = readFileSync(path, 'utf8');
  let parsed;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  } catch (e) {
    // @astrojs/mdx reports a YAML error at the file and line js-yaml gives (utils.js, safeParseFrontmatter).
    const y = e as { name: string; reason: string; mark: { line: number } };
    if (y.name !== 'YAMLException') throw e;
    return new Error(`${rel(name)}:${y.mark.line + 1}: frontmatter: ${y.reason}`);
  }
  const schema = chapterSchema.safeParse(parsed.frontmatter);
  if (!schema.success) return new Error(`${rel(name)}: frontmatter: ${schema.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  try {
    const cwd = process.cwd();
    process.chdir(root); // the plugin names files relative to the project, as in a build
    try {
      await compile({ path, value: parsed.content }, { remarkPlugins: [remarkChapter(chapterRegistries)] });
    } finally {
      process.chdir(cwd);
    }
  } catch (e) {
    // A syntax error is a VFileMessage with its place; @astrojs/mdx reports it at that file and line.
    const m = e as Error & { line?: number; column?: number; reason?: string };
    if (m.line) return new Error(`${rel(name)}:${m.line}:${m.column}: ${m.reason ?? m.message}`);
    return m;
  }
  return null;
}

function loadData(name: string): Error | null {
  try {
    parseFactsFile(JSON.parse(readFileSync(join(dir, name), 'utf8')), rel(name));
  } catch (e) {
    return e as Error;
  }
  return null;
}

/** Line of the first occurrence of `needle` in a fixture (1-based), so expectations follow the fixture. */
const lineOf = (name: string, needle: string) =>
  readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

const CASES: { file: string; kind: string; expect: (name: string) => (string | RegExp)[] }[] = [
  {
    file: '01-unknown-scene.mdx',
    kind: 'unknown scene',
    expect: (f) => [`${rel(f)}:${lineOf(f, '<Scrolly')}: <Scrolly scene>: unknown scene "benchmark-barz"`, /Fix: use one of: .*benchmark-bars/],
  },
  {
    file: '02-unknown-step.mdx',
    kind: 'unknown step',
    expect: (f) => [`${rel(f)}:${lineOf(f, 'algebra')}: <Step id>: unknown step "algebra" in scene "benchmark-bars"`, /Fix: use one of: maths, coding/],
  },
  {
    file: '03-duplicate-step.mdx',
    kind: 'duplicate step',
    expect: (f) => [`${rel(f)}:${lineOf(f, 'Again') - 2}: <Step id>: duplicate step id "maths"`, /Fix: /],
  },
  {
    file: '04-unknown-fact.mdx',
    kind: 'unknown fact',
    expect: (f) => [`${rel(f)}:${lineOf(f, '<Fact')}: <Fact id="training.no-such-figure">: unknown fact id`, /Fix: /],
  },
  {
    file: '05-unknown-term.mdx',
    kind: 'unknown term',
    expect: (f) => [`${rel(f)}:${lineOf(f, '<Term')}: <Term id>: unknown glossary term "no-such-term"`, /Fix: add the term to a file in src\/data\/glossary\//],
  },
  {
    file: '06-unknown-source.mdx',
    kind: 'unknown source id (frontmatter)',
    expect: (f) => [`${rel(f)}: frontmatter: sources.1: unknown source id "R1_READMEE"; use one of `, /R1_README/],
  },
  { file: '07-missing-field.mdx', kind: 'missing frontmatter field', expect: (f) => [`${rel(f)}: frontmatter: summary: missing. Fix: add \`summary: "…"\``] },
  {
    file: '08-malformed-yaml.mdx',
    kind: 'malformed YAML',
    expect: (f) => [
      new RegExp(`^${rel(f).replace(/[.]/g, '\\.')}:(${lineOf(f, 'sources:')}|${lineOf(f, 'learningGoals:')}): frontmatter: .*(flow|bracket|collection)`, 'm'),
    ],
  },
  { file: '09-mdx-syntax-error.mdx', kind: 'MDX syntax error', expect: (f) => [`${rel(f)}:${lineOf(f, '{cost')}:`, /expression|brace/i] },
  {
    file: '10-step-outside-scrolly.mdx',
    kind: 'a Step outside a Scrolly',
    expect: (f) => [`${rel(f)}:${lineOf(f, '<Step')}: `, /a Step outside a <Scrolly>/, /Fix: /],
  },
  { file: '11-scrolly-without-step.mdx', kind: 'a Scrolly with no Step', expect: (f) => [`${rel(f)}:${lineOf(f, '<Scrolly')}: `, /has no <Step>/, /Fix: /] },
  {
    file: '12-unknown-cite.mdx',
    kind: 'unknown Cite source',
    expect: (f) => [`${rel(f)}:${lineOf(f, '<Cite')}: <Cite source>: unknown source "WIKIPEDIA"`, /Fix: /],
  },
  {
    file: '13-scrolly-without-scene.mdx',
    kind: 'a Scrolly without its scene',
    expect: (f) => [`${rel(f)}:${lineOf(f, '<Scrolly')}: <Scrolly scene>: the scene attribute is missing`, /Fix: /],
  },
];
const DATA: { file: string; kind: string; expect: (name: string) => (string | RegExp)[] }[] = [
  {
    file: '14-wrong-type.facts.json',
    kind: 'wrong type in a data file',
    expect: (f) => [`${rel(f)}: training.gpu-hours.value: `, /Fix: every fact needs a value and a source id/],
  },
  {
    file: '15-number-without-source.facts.json',
    kind: 'a number without a source',
    expect: (f) => [`${rel(f)}: training.gpu-hours.source: `, /Fix: every fact needs a value and a source id/],
  },
  {
    file: '16-unknown-source-in-data.facts.json',
    kind: 'unknown source id (data)',
    expect: (f) => [`${rel(f)}: training.gpu-hours.source: unknown source id "V3_REPROT"`, /Fix: use one of: .*V3_REPORT/],
  },
];

const check = (err: Error | null, expected: (string | RegExp)[]) => {
  expect(err, 'the build must fail on this file').not.toBeNull();
  const text = String(err!.message ?? err);
  for (const e of expected) {
    if (typeof e === 'string') expect(text).toContain(e);
    else expect(text).toMatch(e);
  }
};

describe('broken content fails with file, line, field and fix', () => {
  it('every fixture in the corpus has a case (and the corpus has at least 12 kinds)', () => {
    expect(readdirSync(dir).sort()).toEqual([...CASES, ...DATA].map((c) => c.file).sort());
    expect(CASES.length + DATA.length).toBeGreaterThanOrEqual(12);
  });
  for (const c of CASES) it(`${c.kind} (${c.file})`, async () => check(await buildChapter(c.file), c.expect(c.file)));
  for (const c of DATA) it(`${c.kind} (${c.file})`, () => check(loadData(c.file), c.expect(c.file)));

  it('a good chapter passes the same steps (the harness itself does not fail everything)', async () => {
    const good = readdirSync(join(root, 'content/chapters')).find((f) => /^\d\d-.+\.mdx$/.test(f))!;
    const text = readFileSync(join(root, 'content/chapters', good), 'utf8');
    const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    expect(chapterSchema.safeParse(parsed.frontmatter).success).toBe(true);
    await expect(
      compile({ path: join(root, 'content/chapters', good), value: parsed.content }, { remarkPlugins: [remarkChapter(chapterRegistries)] }),
    ).resolves.toBeTruthy();
  });
});
