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
    expect(overlayProblems(english, { claims: [{ id: 'size', says: '{release.params-total}' }] }, FILE)[0]).toMatch(
      /claims\[0\]: id "size" where the English item is "cost"/,
    );
    expect(overlayProblems(english, { claims: [{ id: 'cost', says: '花了很多钱。' }] }, FILE)[0]).toMatch(
      /claims\[0\]\.says: placeholders \{\} differ from the English \{cost\.dollars-total\}/,
    );
    expect(overlayProblems(english, { claims: [{}, {}, {}] }, FILE)[0]).toMatch(/claims: 3 items, the English has 2/);
  });

  it('a gloss of an English string is the one allowed addition', () => {
    const merged = mergeOverlay({ title: 'DeepSeek-V3 Technical Report' }, { titleGloss: 'DeepSeek-V3技术报告' }, FILE);
    expect(merged).toEqual({ title: 'DeepSeek-V3 Technical Report', titleGloss: 'DeepSeek-V3技术报告' });
    expect(overlayProblems({ count: 3 }, { countGloss: '三' }, FILE)).toHaveLength(1);
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
