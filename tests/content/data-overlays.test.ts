/**
 * The Chinese data overlays (src/data/i18n/zh/**.json) say only what their English twins say,
 * in Chinese: each mirrors its English file (same paths, arrays aligned by `id`, the same
 * `{fact.id}` placeholders), records the English revision it translates (a stale one prints a
 * warning), and leaves no English behind except names. A completeness report lists, per English
 * data file, the reader-facing strings that have no Chinese yet; for the files already covered in
 * full (FULLY_COVERED) a missing string fails.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revisionOf } from '../../src/i18n/revision';
import { ADDED_NAMES, SHARED_NAMES, checkOverlay, latinLeft, untranslated, type Json } from '../helpers/data-overlays';

const DATA = 'src/data';
const ZH = join(DATA, 'i18n/zh');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsonFiles(p) : f.endsWith('.json') ? [p] : [];
  });
}

/** English data files, as paths under src/data/ (the overlays themselves excluded). */
const englishFiles = jsonFiles(DATA)
  .filter((p) => !p.startsWith(join(DATA, 'i18n')))
  .map((p) => relative(DATA, p))
  .sort();
const overlayFiles = existsSync(ZH)
  ? jsonFiles(ZH)
      .map((p) => relative(ZH, p))
      .sort()
  : [];

const readJson = (p: string): Json => JSON.parse(readFileSync(p, 'utf8')) as Json;
const sources = readJson(join(DATA, 'sources.json')) as Record<string, { title: string }>;
/** Source titles stay in their own language, so a Chinese string may quote one. */
const NAMES: readonly string[] = [...SHARED_NAMES, ...ADDED_NAMES, ...Object.values(sources).map((s) => s.title)];

/** English files whose reader-facing strings are all in Chinese: a gap here fails. */
const FULLY_COVERED = ['claims.json', 'glossary/basics.json', 'glossary/cost.json', 'glossary/memory.json', 'glossary/moe.json', 'glossary/training.json'];

describe('Chinese data overlays (src/data/i18n/zh/)', () => {
  it('there are overlays, and each has an English twin under src/data/', () => {
    expect(overlayFiles.length).toBeGreaterThan(0);
    const orphans = overlayFiles.filter((f) => !existsSync(join(DATA, f)));
    expect(orphans, 'overlays with no English file at the same path under src/data/').toEqual([]);
  });

  for (const file of overlayFiles) {
    it(`${file}: mirrors its English file, keeps its placeholders, leaves no English but names`, () => {
      const englishText = readFileSync(join(DATA, file), 'utf8');
      const { problems, stale } = checkOverlay({
        file,
        english: JSON.parse(englishText) as Json,
        overlay: readJson(join(ZH, file)),
        englishText,
        names: NAMES,
      });
      // A changed English file is a reason to update, not a broken build: say so, once per file.
      if (stale) console.warn(`stale translation: ${stale}`);
      expect(problems).toEqual([]);
    });
  }

  it('completeness: the reader-facing strings with no Chinese, per English file', () => {
    const report: string[] = [];
    const failures: string[] = [];
    for (const file of englishFiles) {
      const overlayPath = join(ZH, file);
      const missing = untranslated(readJson(join(DATA, file)), existsSync(overlayPath) ? readJson(overlayPath) : undefined, NAMES, file);
      if (!missing.length) continue;
      report.push(`src/data/${file}: ${missing.length} string(s) with no Chinese`, ...missing.map((m) => `  ${m}`));
      if (FULLY_COVERED.includes(file)) failures.push(...missing.map((m) => `${file}: ${m}`));
    }
    if (report.length) console.info(['Chinese data overlays, not yet translated:', ...report].join('\n'));
    expect(failures, 'these files were translated in full; translate the new strings in src/data/i18n/zh/').toEqual([]);
  });
});

describe('the overlay checker, on planted faults', () => {
  /** The fixture's strings in one language: each written once, English beside its faithful Chinese. */
  const fixture = (lang: 'en' | 'zh') => {
    const w = (en: string, zh: string) => (lang === 'en' ? en : zh);
    return {
      term: { term: w('Router', '路由器'), definition: w('Picks {moe.top-k} experts for a token.', '为每个词元挑选{moe.top-k}个专家。') },
      list: [
        { id: 'a', label: w('First', '第一') },
        { id: 'b', label: w('Second', '第二') },
      ],
      plain: [w('one', '一'), w('two', '二')],
      name: 'DeepSeek-V3',
    };
  };
  const englishText = JSON.stringify({ notes: 'Maintainers only.', ...fixture('en') });
  const english = JSON.parse(englishText) as Json;
  const rev = revisionOf(englishText);
  const check = (overlay: Json, file = 'fixture.json') => checkOverlay({ file, english, overlay, englishText, names: NAMES });
  const good = { $translates: rev, ...fixture('zh') };

  it('accepts a faithful overlay, with a name left as it is', () => {
    expect(check(good)).toEqual({ problems: [], stale: undefined });
  });

  it('fails an extra key, naming the file and the path', () => {
    expect(check({ ...good, term: { ...good.term, example: '例子' } }).problems).toEqual([
      'src/data/i18n/zh/fixture.json: term.example: the English has no such key. Fix: remove it or correct its name.',
    ]);
    expect(check({ ...good, missing: { a: '甲' } }).problems).toEqual([
      'src/data/i18n/zh/fixture.json: missing: the English has no such key. Fix: remove it or correct its name.',
    ]);
  });

  it('fails a string where the English has an object, and a number anywhere', () => {
    expect(check({ ...good, term: '路由器' }).problems).toEqual([
      'src/data/i18n/zh/fixture.json: term: a translation where the English has an object. Fix: remove it (only reader-facing strings are translated).',
    ]);
    expect(check({ ...good, term: { ...good.term, term: 3 } }).problems).toEqual([
      'src/data/i18n/zh/fixture.json: term.term: 3 is not translatable text. Fix: remove it (numbers, dates and ids stay in the English file).',
    ]);
  });

  it('fails an array out of order or of another length, by id', () => {
    const swapped = check({ ...good, list: [good.list[1]!, good.list[0]!] }).problems;
    expect(swapped).toEqual([
      `src/data/i18n/zh/fixture.json: list[0]: id "b" where the English item is "a". Fix: keep the English items' order and each one's id.`,
      `src/data/i18n/zh/fixture.json: list[1]: id "a" where the English item is "b". Fix: keep the English items' order and each one's id.`,
    ]);
    expect(check({ ...good, list: [good.list[0]!] }).problems).toEqual([
      'src/data/i18n/zh/fixture.json: list: 1 item, the English has 2. Fix: one item per English item, in its order (one not translated yet: just its id, {} if it has none, the English string if it is text).',
    ]);
    expect(check({ ...good, list: [{ label: '第一' }, good.list[1]!] }).problems).toEqual([
      `src/data/i18n/zh/fixture.json: list[0]: no id where the English item is "a". Fix: keep the English items' order and each one's id.`,
    ]);
  });

  it('fails a lost, changed or added placeholder', () => {
    expect(check({ ...good, term: { ...good.term, definition: '为每个词元挑选8个专家。' } }).problems).toEqual([
      'src/data/i18n/zh/fixture.json: term.definition: placeholders {} differ from the English {moe.top-k}. Fix: keep every {fact.id} of the English, unchanged.',
    ]);
    expect(check({ ...good, term: { ...good.term, definition: '挑选{moe.topk}个专家。' } }).problems[0]).toContain('placeholders {moe.topk} differ');
  });

  it('fails an untranslated string and English words left in a Chinese one', () => {
    expect(check({ ...good, plain: ['one', '二'] }).problems).toEqual(['src/data/i18n/zh/fixture.json: plain[0]: identical to the English (untranslated)']);
    expect(check({ ...good, list: [{ id: 'a', label: '第一 expert' }, good.list[1]!] }).problems).toEqual([
      'src/data/i18n/zh/fixture.json: list[0].label: English words in the Chinese: expert',
    ]);
  });

  it('fails a "$translates" that is not 12 hex, and warns (not fails) on a stale one', () => {
    expect(check({ ...good, $translates: 'abc' }).problems).toEqual([
      'src/data/i18n/zh/fixture.json: $translates: must be the English file\'s revision, 12 hex digits (it is "abc")',
    ]);
    const { $translates: _omit, ...noRevision } = good;
    expect(check(noRevision).problems[0]).toContain('$translates: must be the English file');
    const stale = check({ ...good, $translates: '000000000000' });
    expect(stale.problems).toEqual([]);
    expect(stale.stale).toContain(`the English is now ${rev}`);
  });

  it("fails a fact's unit words, which the fact formatting maps per language", () => {
    const facts = JSON.stringify({ 'safety.harmful': { value: 11, suffix: ' times', source: 'X', where: 'headline finding' } });
    const run = (overlay: Json) =>
      checkOverlay({ file: 'facts/safety.json', english: JSON.parse(facts) as Json, overlay, englishText: facts, names: NAMES }).problems;
    expect(run({ $translates: revisionOf(facts), 'safety.harmful': { where: '核心结论' } })).toEqual([]);
    expect(run({ $translates: revisionOf(facts), 'safety.harmful': { suffix: '倍', where: '核心结论' } })).toEqual([
      "src/data/i18n/zh/facts/safety.json: safety.harmful.suffix: unit words are not translated: each language's fact formatting maps the English ones (src/i18n/format-fact.ts). Fix: remove it.",
    ]);
  });

  it('allows only the declared added field: a source title gloss', () => {
    const src = JSON.stringify({ X: { title: 'A paper', citation: 'Read in full.' } });
    const run = (overlay: Json) => checkOverlay({ file: 'sources.json', english: JSON.parse(src) as Json, overlay, englishText: src, names: NAMES }).problems;
    expect(run({ $translates: revisionOf(src), X: { titleGloss: '一篇论文', citation: '通读全文。' } })).toEqual([]);
    // The gloss is Chinese too: its words are checked like any translated string.
    expect(run({ $translates: revisionOf(src), X: { titleGloss: '一篇 paper' } })).toEqual([
      'src/data/i18n/zh/sources.json: X.titleGloss: English words in the Chinese: paper',
    ]);
    expect(run({ $translates: revisionOf(src), X: { subtitle: '一篇论文' } })).toEqual([
      'src/data/i18n/zh/sources.json: X.subtitle: the English has no such key. Fix: remove it or correct its name.',
    ]);
  });

  it('the Latin-letter check lets names, placeholders, files and addresses through, and nothing else', () => {
    expect(latinLeft('DeepSeek-R1的{bench.aime.r1}，见R1论文（arXiv）和config_671B.json、https://example.org/a。', NAMES)).toEqual([]);
    expect(latinLeft('混合专家（MoE）与Hugging Face上的DeepSeek-R1-Distill-Qwen-7B', NAMES)).toEqual([]);
    expect(latinLeft('这个 router 很小', NAMES)).toEqual(['router']);
    // A title quoted as the English string quotes it stays in its language; other quoted English does not.
    expect(latinLeft('见《Some Title》与“Release X”', NAMES, "See Some Title and 'Release X'")).toEqual([]);
    expect(latinLeft('见“Other words”', NAMES, 'See Some Title')).toEqual(['Other', 'words']);
    // A name inside a longer English word does not excuse the word.
    expect(latinLeft('URL', NAMES)).toEqual(['URL']);
  });

  it('the completeness report lists reader-facing strings with no Chinese, and skips ids, sources and names', () => {
    const missing = untranslated(english, { term: { term: '路由器' }, list: [{ id: 'a', label: '第一' }] }, NAMES);
    expect(missing).toEqual(['term.definition: Picks {moe.top-k} experts for a token.', 'list.b.label: Second', 'plain.0: one', 'plain.1: two']);
  });
});
