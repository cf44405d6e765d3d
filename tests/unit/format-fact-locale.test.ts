/** Facts in each edition's number format: English unchanged, Chinese in 万/亿 with Chinese unit words, and every fact of the site formattable in Chinese. */
import { describe, expect, it } from 'vitest';
import { formatFactFor, formatFactZh, zhAmount } from '../../src/i18n/format-fact';
import { formatFactValue } from '../../src/data/format-fact';
import { allFacts } from '../../src/data/fact-registry';
import type { Fact } from '../../src/data/schemas';

const fact = (f: Partial<Fact>): Fact => ({ value: 1, source: 'R1_PAPER', where: 'test', ...f }) as Fact;

describe('Fact formatting per locale', () => {
  it('English is exactly the English formatter', () => {
    for (const [id, f] of Object.entries(allFacts)) expect(formatFactFor(f, 'en', id)).toBe(formatFactValue(f));
  });

  it('Chinese puts large counts and money in 万 and 亿, dollars after the number', () => {
    expect(formatFactZh(fact({ value: 671, format: ',', suffix: ' billion' }))).toBe('6710亿');
    expect(formatFactZh(fact({ value: 11.5, format: '.1f', suffix: ' billion' }))).toBe('115亿');
    expect(formatFactZh(fact({ value: 14.8, format: '.1f', suffix: ' trillion' }))).toBe('14.8万亿');
    expect(formatFactZh(fact({ value: 5.576, format: '.3f', prefix: '$', suffix: ' million' }))).toBe('557.6万美元');
    expect(formatFactZh(fact({ value: 294, format: ',.0f', prefix: 'about $', suffix: 'K' }))).toBe('约29.4万美元');
    expect(formatFactZh(fact({ value: 2788000, format: ',', suffix: ' GPU-hours' }))).toBe('278.8万GPU小时');
    expect(formatFactZh(fact({ value: 2, format: ',', prefix: '$', suffix: ' per GPU-hour' }))).toBe('每GPU小时2美元');
    expect(formatFactZh(fact({ value: 0.14, format: '.2f', prefix: '$' }))).toBe('0.14美元');
  });

  it('Chinese keeps small numbers as digits, with the English decimal places, and unit words without a space', () => {
    expect(formatFactZh(fact({ value: 32768, format: ',' }))).toBe('32,768');
    expect(formatFactZh(fact({ value: 3, format: '.1f', suffix: ' times' }))).toBe('3.0倍');
    expect(formatFactZh(fact({ value: 15.6, format: '.1f', suffix: '%' }))).toBe('15.6%');
    // A d3 percent format: the value is a fraction (English "96%").
    expect(formatFactZh(fact({ value: 0.9635, format: '.0%' }))).toBe('96%');
    expect(formatFactZh(fact({ value: 0.9635, format: '.1%', prefix: 'about ' }))).toBe('约96.4%');
    expect(formatFactZh(fact({ value: 141, format: ',', suffix: ' GB' }))).toBe('141GB');
    expect(formatFactZh(fact({ value: 79.8, format: '.1f', suffix: '%', prefix: 'about ' }))).toBe('约79.8%');
    expect(formatFactZh(fact({ value: '128K' }))).toBe('128K');
  });

  it('rounds as the English rounds, so both editions state the same figure', () => {
    // English ".1f" shows 36.7; Chinese must not show more digits than that (367亿, not 366.9…亿).
    expect(formatFactFor(fact({ value: 36.7449, format: '.1f', suffix: ' billion' }), 'en')).toBe('36.7 billion');
    expect(formatFactZh(fact({ value: 36.7449, format: '.1f', suffix: ' billion' }))).toBe('367亿');
  });

  it('an English unit word with no Chinese fails, naming the fact and the fix', () => {
    expect(() => formatFactZh(fact({ value: 3, suffix: ' parsecs' }), 'test.fact')).toThrow(/test\.fact.*" parsecs".*ZH_SUFFIX/);
  });

  it('every fact of the site has a Chinese form with no English letters but names and units', () => {
    const ALLOWED = /GPU|H800|GiB|GB|TB|K/g;
    for (const [id, f] of Object.entries(allFacts)) {
      if (typeof f.value === 'string' && /[A-Za-z]{3,}/.test(f.value)) continue; // a quoted English sentence (the "aha" line) stays a quote
      const text = formatFactZh(f, id);
      expect(text, id).not.toMatch(/NaN|undefined/);
      expect(text.replace(ALLOWED, ''), `${id}: ${text}`).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('zhAmount: 万 from 10万 for counts and from 1万 for money, 亿 from 1亿', () => {
    expect(zhAmount(99999)).toBe('99,999');
    expect(zhAmount(100000)).toBe('10万');
    expect(zhAmount(20000, { money: true })).toBe('2万');
    expect(zhAmount(6.71e11)).toBe('6710亿');
    expect(zhAmount(-3e8)).toBe('−3亿');
  });

  it('zhAmount: an exact count that 万 would write with three or more decimals stays in digits', () => {
    expect(zhAmount(129280)).toBe('129,280');
    expect(zhAmount(147336)).toBe('147,336');
    expect(zhAmount(44040192)).toBe('44,040,192');
    expect(zhAmount(2788000)).toBe('278.8万');
    expect(zhAmount(119500)).toBe('11.95万');
    expect(zhAmount(1.5e9 + 7)).toBe('15亿');
  });
});

describe('text facts in Chinese take their overlay', () => {
  it('a date fact reads as Chinese, and a number fact keeps the English number', async () => {
    const { localizedFact } = await import('../../src/i18n/data');
    const { getFact } = await import('../../src/data/fact-registry');
    const day = localizedFact('zh', 'market.day', getFact('market.day'));
    expect(day.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(localizedFact('en', 'market.day', getFact('market.day')).value).toBe(getFact('market.day').value);
    const drop = getFact('market.nvidia-drop');
    expect(localizedFact('zh', 'market.nvidia-drop', drop)).toBe(drop);
    // Computed in code, with its words from a data file: that file's translation.
    const wall = getFact('cost.wall-time');
    expect(wall.words).toBe('training-cost.json#reportedWallTime.value');
    expect(localizedFact('zh', 'cost.wall-time', wall).value).toBe('不到两个月');
    expect(localizedFact('en', 'cost.wall-time', wall)).toBe(wall);
    // Words that point elsewhere than the fact's own English, or at no file, fail naming the fact.
    expect(() => localizedFact('zh', 'x.planted', { ...wall, words: 'training-cost.json#reportedWallTime.where' })).toThrow(
      /Fact "x.planted".*not the fact's value/,
    );
    expect(() => localizedFact('zh', 'x.planted', { ...wall, words: 'no-such.json#a' })).toThrow(/names? no file src\/data\/no-such.json/);
    // A text fact with neither an overlay nor words keeps its English (a quotation stays as said).
    expect(localizedFact('zh', 'training.aha-quote', getFact('training.aha-quote')).value).toBe(getFact('training.aha-quote').value);
  });
});
