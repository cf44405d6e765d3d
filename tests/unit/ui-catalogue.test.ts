/**
 * The site's UI catalogues (src/i18n/ui/<lang>.json): every language has exactly the English keys,
 * the same placeholders in each string, plural forms where the English has them, and no Chinese
 * string left identical to its English (except the few that are names or symbols).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { UI, fill, pluralOf, richParts, t, type Catalogue } from '../../src/i18n/t';
import { LOCALES } from '../../src/i18n/locales';
import { revisionOf } from '../../src/i18n/revision';

/** Keys whose value may equal the English in another language: symbols and names, not words. */
const SAME_ALLOWED = new Set(['home.startArrow', 'teach.stepItem', 'sourcesPage.count', 'calc.plus']);

/** Every problem of catalogue `tr` (language `lang`) against the English, naming key and language. */
function catalogueProblems(en: Catalogue, tr: Catalogue, lang: string): string[] {
  const out: string[] = [];
  const keys = (c: Catalogue) => Object.keys(c).filter((k) => !k.startsWith('$'));
  for (const k of keys(en)) if (!(k in tr)) out.push(`src/i18n/ui/${lang}.json: missing key "${k}"`);
  for (const k of keys(tr)) if (!(k in en)) out.push(`src/i18n/ui/${lang}.json: extra key "${k}" (not in en.json)`);
  const holes = (v: Catalogue[string]) => [...new Set(JSON.stringify(v).match(/\{[a-zA-Z]+\}/g) ?? [])].sort().join(' ');
  for (const k of keys(en)) {
    if (!(k in tr)) continue;
    if (holes(en[k]!) !== holes(tr[k]!))
      out.push(`src/i18n/ui/${lang}.json: "${k}" has placeholders ${holes(tr[k]!) || 'none'}, the English ${holes(en[k]!) || 'none'}`);
    if (lang !== 'en' && JSON.stringify(en[k]) === JSON.stringify(tr[k]) && !SAME_ALLOWED.has(k))
      out.push(`src/i18n/ui/${lang}.json: "${k}" is still the English text`);
  }
  return out;
}

describe('UI catalogues', () => {
  for (const lang of LOCALES.filter((l) => l !== 'en')) {
    it(`${lang}.json has exactly the English keys and placeholders, all translated`, () => {
      expect(catalogueProblems(UI.en, UI[lang], lang)).toEqual([]);
    });
    it(`${lang}.json records the current revision of en.json`, () => {
      const recorded = JSON.parse(readFileSync(`src/i18n/ui/${lang}.json`, 'utf8'))['$translates'];
      expect(recorded, `src/i18n/ui/${lang}.json "$translates" should be ${revisionOf(readFileSync('src/i18n/ui/en.json'))}`).toBe(
        revisionOf(readFileSync('src/i18n/ui/en.json')),
      );
    });
  }

  it('a planted missing key, extra key, lost placeholder or untranslated string fails, naming key and language', () => {
    const en: Catalogue = { 'a.b': 'Step {n}', 'c.d': 'Close', 'e.f': 'Name' };
    expect(catalogueProblems(en, { 'a.b': '第{n}步', 'c.d': '关闭' }, 'zh')).toEqual(['src/i18n/ui/zh.json: missing key "e.f"']);
    expect(catalogueProblems(en, { 'a.b': '第{n}步', 'c.d': '关闭', 'e.f': '名字', 'x.y': '多余' }, 'zh')).toEqual([
      'src/i18n/ui/zh.json: extra key "x.y" (not in en.json)',
    ]);
    expect(catalogueProblems(en, { 'a.b': '第几步', 'c.d': '关闭', 'e.f': '名字' }, 'zh')).toEqual([
      'src/i18n/ui/zh.json: "a.b" has placeholders none, the English {n}',
    ]);
    expect(catalogueProblems(en, { 'a.b': '第{n}步', 'c.d': 'Close', 'e.f': '名字' }, 'zh')).toEqual(['src/i18n/ui/zh.json: "c.d" is still the English text']);
  });
});

describe('t()', () => {
  it('fills placeholders, numbers in the locale, and picks plural forms by Intl.PluralRules', () => {
    expect(t('en', 'step.of', { pos: 2, count: 5, label: 'Router' })).toBe('Step 2 of 5: Router');
    expect(t('zh', 'step.of', { pos: 2, count: 5, label: '路由器' })).toBe('第2步（共5步）：路由器');
    expect(t('en', 'toc.count', { count: 1 })).toBe('1 section');
    expect(t('en', 'toc.count', { count: 4 })).toBe('4 sections');
    expect(t('zh', 'toc.count', { count: 1 })).toBe('共1节');
    expect(fill('en', '{n} figures', { n: 1200 })).toBe('1,200 figures');
  });

  it('a missing parameter throws naming the key and placeholder', () => {
    expect(() => t('zh', 'step.of', { pos: 2 })).toThrow(/step\.of.*\{count\}/);
  });

  it('pluralOf falls back to "other" where a language has no "one"', () => {
    expect(pluralOf('zh', { other: '共{count}步' }, 1)).toBe('共{count}步');
    expect(pluralOf('en', { one: 'a', other: 'b' }, 1)).toBe('a');
  });

  it('richParts keeps only <kbd>, <code> and <strong> as elements; anything else stays text', () => {
    expect(richParts('Press <kbd>N</kbd> or <b>x</b> <code><iframe></code>')).toEqual([
      { text: 'Press ' },
      { tag: 'kbd', text: 'N' },
      { text: ' or <b>x</b> ' },
      { tag: 'code', text: '<iframe>' },
    ]);
  });
});
