/** Where a page lives in each edition (src/i18n/paths.ts), and the language switch's target. */
import { describe, expect, it } from 'vitest';
import { langParam, localeOfParam, localeOfPath, localePath, localeStaticPaths, localeStaticPathsFor, switchPath, unlocalizedPath } from '../../src/i18n/paths';
import { indexLetter } from '../../src/i18n/collate';
import { wordsIn } from '../../src/chapters/remark-chapter';

describe('locale paths', () => {
  it('adds and drops the language prefix; slugs stay the same', () => {
    expect(localePath('en', '/chapters/benchmarks/')).toBe('/chapters/benchmarks/');
    expect(localePath('zh', '/chapters/benchmarks/')).toBe('/zh/chapters/benchmarks/');
    expect(localePath('zh', '/')).toBe('/zh/');
    expect(unlocalizedPath('/zh/embed/cost/total/')).toBe('/embed/cost/total/');
    expect(unlocalizedPath('/zh/')).toBe('/');
    expect(unlocalizedPath('/glossary/')).toBe('/glossary/');
  });

  it('tells the edition of a path, and "/zhx/" or "/en/" are not Chinese', () => {
    expect(localeOfPath('/zh/glossary/')).toBe('zh');
    expect(localeOfPath('/zhx/')).toBe('en');
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/')).toBe('en');
  });

  it('switches to the same page in the other edition', () => {
    expect(switchPath('/chapters/mixture-of-experts/', 'zh')).toBe('/zh/chapters/mixture-of-experts/');
    expect(switchPath('/zh/chapters/mixture-of-experts/', 'en')).toBe('/chapters/mixture-of-experts/');
    expect(switchPath('/zh/present/cost/', 'zh')).toBe('/zh/present/cost/');
  });

  it('the [...lang] route parameter: none for English, "zh" for Chinese; anything else is a bug', () => {
    expect(localeStaticPaths().map((p) => p.params.lang)).toEqual([undefined, 'zh']);
    // Per language and item: every scene page once per edition, the locale in props.
    expect(localeStaticPathsFor([{ scene: 'a' }, { scene: 'b' }])).toEqual([
      { params: { scene: 'a', lang: undefined }, props: { locale: 'en' } },
      { params: { scene: 'b', lang: undefined }, props: { locale: 'en' } },
      { params: { scene: 'a', lang: 'zh' }, props: { locale: 'zh' } },
      { params: { scene: 'b', lang: 'zh' }, props: { locale: 'zh' } },
    ]);
    expect(langParam('en')).toBeUndefined();
    expect(localeOfParam(undefined)).toBe('en');
    expect(localeOfParam('zh')).toBe('zh');
    expect(() => localeOfParam('fr')).toThrow(/"fr"/);
    expect(() => localeOfParam('en')).toThrow(/"en"/);
  });
});

describe('glossary index letters and reading time', () => {
  it('files Chinese terms under their pinyin initial, Latin terms under their letter', () => {
    expect(indexLetter('混合专家', 'zh')).toBe('H');
    expect(indexLetter('蒸馏', 'zh')).toBe('Z');
    expect(indexLetter('参数', 'zh')).toBe('C');
    expect(indexLetter('MoE', 'zh')).toBe('M');
    expect(indexLetter('Ärger', 'en')).toBe('A');
    expect(indexLetter('8-bit', 'en')).toBe('#');
  });

  it('counts Chinese at 400 characters a minute against English at 200 words', () => {
    expect(wordsIn('The router picks eight experts.')).toBe(5);
    expect(wordsIn('路由器挑选八个专家。')).toBe(4.5);
    expect(wordsIn('R1有6710亿个参数')).toBe(2 + 5 / 2);
  });
});
