/**
 * Data overlays (src/i18n/overlay.ts): a translation is laid over the English by key, arrays by
 * index with ids checked, only strings; anything else it carries is an error naming the file and
 * the key path. The real overlays in src/data/i18n/ must all fit their English files.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mergeOverlay, overlayProblems, translatesRevision } from '../../src/i18n/overlay';
import { allOverlayProblems, localized, localizedGlossary } from '../../src/i18n/data';
import { glossary } from '../../src/data';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../fixtures/i18n/${p}`, import.meta.url), 'utf8')) as unknown;
const english = read('en-sample.json') as {
  notes: string;
  verdicts: { correct: { label: string; rank: number } };
  claims: { id: string; claim: string; says: string; source: string }[];
};
const zh = read('zh/en-sample.json');
const FILE = 'src/data/i18n/zh/sample.json';

describe('mergeOverlay', () => {
  it('lays the translated strings over the English and keeps everything else', () => {
    const merged = mergeOverlay(english, zh, FILE);
    expect(merged.verdicts.correct).toEqual({ label: '属实', rank: 1 });
    expect(merged.claims[0]).toEqual({ id: 'cost', claim: '训练花了600万美元。', says: '这次训练花了{cost.dollars-total}。', source: 'V3_REPORT' });
    // Left out of the overlay: stays English.
    expect(merged.claims[1]!.claim).toBe('It is huge.');
    expect(merged.notes).toBe(english.notes);
    expect(merged).not.toHaveProperty('$translates');
    // The English object is not changed.
    expect(english.verdicts.correct.label).toBe('Correct');
  });

  it('reads the recorded English revision', () => {
    expect(translatesRevision(zh)).toBe('000000000000');
    expect(translatesRevision({})).toBeUndefined();
  });

  it('an extra key is an error naming the file and the key path', () => {
    const bad = { verdicts: { correct: { lable: '属实' } } };
    expect(overlayProblems(english, bad, FILE)).toEqual([`${FILE}: verdicts.correct.lable: the English has no such key. Fix: remove it or correct its name.`]);
    expect(() => mergeOverlay(english, bad, FILE)).toThrow(/verdicts\.correct\.lable/);
  });

  it('a translated number, a misaligned array item or a lost placeholder is an error', () => {
    expect(overlayProblems(english, { verdicts: { correct: { rank: '一' } } }, FILE)[0]).toMatch(
      /verdicts\.correct\.rank: a translation where the English has a number/,
    );
    expect(overlayProblems(english, { claims: [{ id: 'size', says: '{release.params-total}' }, { id: 'cost' }] }, FILE)).toEqual([
      `${FILE}: claims[0]: id "size" where the English item is "cost". Fix: keep the English items' order and each one's id.`,
      `${FILE}: claims[1]: id "cost" where the English item is "size". Fix: keep the English items' order and each one's id.`,
    ]);
    expect(overlayProblems(english, { claims: [{ id: 'cost', says: '花了很多钱。' }, { id: 'size' }] }, FILE)).toEqual([
      `${FILE}: claims[0].says: placeholders {} differ from the English {cost.dollars-total}. Fix: keep every {fact.id} of the English, unchanged.`,
    ]);
    expect(overlayProblems(english, { claims: [{}, {}, {}] }, FILE)[0]).toMatch(/claims: 3 items, the English has 2/);
  });

  it('an array shorter than the English is an error too: one item per English item, just its id (or {}) for one not translated yet', () => {
    const short = { claims: [{ id: 'cost', claim: '训练花了600万美元。' }] };
    expect(overlayProblems(english, short, FILE)).toEqual([
      `${FILE}: claims: 1 item, the English has 2. Fix: one item per English item, in its order (one not translated yet: just its id, {} if it has none, the English string if it is text).`,
    ]);
    expect(() => mergeOverlay(english, short, FILE)).toThrow(/claims: 1 item, the English has 2/);
    expect(overlayProblems({ steps: ['One', 'Two', 'Three'] }, { steps: ['一', '二'] }, FILE)).toEqual([
      `${FILE}: steps: 2 items, the English has 3. Fix: one item per English item, in its order (one not translated yet: just its id, {} if it has none, the English string if it is text).`,
    ]);
    // The same item left out the allowed ways: it stays English.
    const merged = mergeOverlay(english, { claims: [{ id: 'cost', claim: '训练花了600万美元。' }, { id: 'size' }] }, FILE);
    expect(merged.claims.map((c) => c.claim)).toEqual(['训练花了600万美元。', 'It is huge.']);
    expect(mergeOverlay({ steps: ['One', 'Two'], rows: [{ label: 'A' }] }, { steps: ['一', 'Two'], rows: [{}] }, FILE)).toEqual({
      steps: ['一', 'Two'],
      rows: [{ label: 'A' }],
    });
  });

  it('a gloss is the one addition, and only where the file declares it (a source title in sources.json)', () => {
    const SOURCES = 'src/data/i18n/zh/sources.json';
    const en = { V3_REPORT: { title: 'DeepSeek-V3 Technical Report', kind: 'primary' } };
    const merged = mergeOverlay(en, { V3_REPORT: { titleGloss: 'DeepSeek-V3技术报告' } }, SOURCES);
    expect(merged).toEqual({ V3_REPORT: { title: 'DeepSeek-V3 Technical Report', kind: 'primary', titleGloss: 'DeepSeek-V3技术报告' } });
    expect(overlayProblems(en, { V3_REPORT: { titleGloss: 3 } }, SOURCES)).toEqual([
      `${SOURCES}: V3_REPORT.titleGloss: a gloss must be text. Fix: write the gloss as a string.`,
    ]);
    // Beside a string of another key, at another depth, or in another file: not declared.
    const undeclared = (file: string, path: string) =>
      `${file}: ${path}: src/data/${file.replace('src/data/i18n/zh/', '')} takes no gloss here (no page shows one). Fix: remove it, or declare it in GLOSS_FIELDS (src/i18n/overlay.ts) with the page that shows it.`;
    expect(overlayProblems(en, { V3_REPORT: { kindGloss: '一手' } }, SOURCES)).toEqual([undeclared(SOURCES, 'V3_REPORT.kindGloss')]);
    expect(overlayProblems({ title: 'A report' }, { titleGloss: '一篇报告' }, SOURCES)).toEqual([undeclared(SOURCES, 'titleGloss')]);
    expect(overlayProblems(english, { verdicts: { correct: { labelGloss: '属实' } } }, FILE)).toEqual([undeclared(FILE, 'verdicts.correct.labelGloss')]);
    expect(() => mergeOverlay({ title: 'DeepSeek-V3 Technical Report' }, { titleGloss: 'DeepSeek-V3技术报告' }, FILE)).toThrow(
      /titleGloss: .* takes no gloss here/,
    );
    // A gloss of no English string is an extra key.
    expect(overlayProblems({ count: 3 }, { countGloss: '三' }, FILE)).toEqual([
      `${FILE}: countGloss: the English has no such key. Fix: remove it or correct its name.`,
    ]);
  });

  it("a fact's unit words (prefix, suffix in facts/) are not translated; the same keys elsewhere are", () => {
    const FACTS = 'src/data/i18n/zh/facts/safety.json';
    const facts = { 'safety.harmful': { value: 11, prefix: 'about ', suffix: ' times', source: 'ENKRYPT', where: 'headline finding' } };
    const unitWords = (key: string) =>
      `${FACTS}: safety.harmful.${key}: unit words are not translated: each language's fact formatting maps the English ones (src/i18n/format-fact.ts). Fix: remove it.`;
    expect(overlayProblems(facts, { 'safety.harmful': { where: '核心结论' } }, FACTS)).toEqual([]);
    expect(overlayProblems(facts, { 'safety.harmful': { prefix: '约', suffix: '倍', where: '核心结论' } }, FACTS)).toEqual([
      unitWords('prefix'),
      unitWords('suffix'),
    ]);
    expect(() => mergeOverlay(facts, { 'safety.harmful': { suffix: '倍' } }, FACTS)).toThrow(/safety\.harmful\.suffix: unit words are not translated/);
    expect(overlayProblems({ step: { suffix: ' steps' } }, { step: { suffix: '步' } }, FILE)).toEqual([]);
  });
});

describe('the overlays in src/data/i18n/', () => {
  it('every overlay fits its English file (no extra keys, ids aligned, placeholders kept)', () => {
    expect(allOverlayProblems()).toEqual([]);
  });

  it('English data is never changed by the loader', () => {
    expect(localized('en', 'glossary/moe.json', { a: 1 })).toEqual({ a: 1 });
    expect(localizedGlossary('en')).toBe(glossary);
    const zhGlossary = localizedGlossary('zh');
    expect(Object.keys(zhGlossary).sort()).toEqual(Object.keys(glossary).sort());
  });
});
