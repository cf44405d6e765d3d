/**
 * The cost calculator's sentences in both languages (src/scenes/cost/text.ts with the `calc.*` keys of
 * the UI catalogue): the English exactly as the calculator always wrote it, the Chinese in 美元 and
 * 万/亿 with full-width punctuation and no English left, and the browser's copy (`data-calc-words`)
 * saying the same as the server.
 */
import { describe, expect, it } from 'vitest';
import { bill, type Usage } from '../../src/model/cost';
import { pricing } from '../../src/data/checks/cost';
import { UI } from '../../src/i18n/t';
import { makeSceneText, textFromPayload } from '../../src/scenes/kit/messages';
import { CLIENT_KEYS, MAX_TOKENS, breakdownText, compareText, usageText, type CalcText } from '../../src/scenes/cost/text';
import { around, calcPayload, calcText } from '../../src/scenes/cost/calc-words';
import { untranslated } from '../helpers/latin';

const r1 = pricing.models.find((m) => m.id === 'deepseek-r1')!;
const o1 = pricing.models.find((m) => m.id === 'o1')!;
const bills = (u: Usage) => ({ r1: bill(r1, u), o1: bill(o1, u) });
const worked: Usage = { inputTokens: 1e6, outputTokens: 1e6, cacheHitShare: 0 };
const mine: Usage = { inputTokens: 2e6, outputTokens: 5e5, cacheHitShare: 0.2 };
const huge: Usage = { inputTokens: MAX_TOKENS, outputTokens: MAX_TOKENS, cacheHitShare: 0 };
const zero: Usage = { inputTokens: 0, outputTokens: 0, cacheHitShare: 0 };
const en = calcText('en');
const zh = calcText('zh');

/** Everything the calculator can write for `u`, as one string. */
const everything = (text: CalcText, u: Usage, capped = false) => {
  const b = bills(u);
  return [usageText(text, u, capped), breakdownText(text, b.r1), breakdownText(text, b.o1), compareText(text, b)].join(' ');
};

describe('the calculator in English', () => {
  it('writes the worked example as it always has', () => {
    const b = bills(worked);
    expect(usageText(en, worked)).toBe('1,000,000 tokens in (0% from the cache) and 1,000,000 tokens out');
    expect(breakdownText(en, b.r1)).toBe('(input $0.55 + output $2.19)');
    expect(breakdownText(en, b.o1)).toBe('(input $15.00 + output $60.00)');
    expect(compareText(en, b)).toBe('R1’s bill is 3.7% of o1’s: 96% less.');
    expect(around(en, 'calc.result', {}, ['heading', 'usage'])).toEqual(['', ': ', '.']);
  });

  it('a reader’s own numbers, the cap, and nothing at all', () => {
    const b = bills(mine);
    expect(usageText(en, mine)).toBe('2,000,000 tokens in (20% from the cache) and 500,000 tokens out');
    expect(breakdownText(en, b.r1)).toBe(`(cached input $0.06 + input $0.88 + output $1.09)`);
    expect(usageText(en, huge, true)).toBe(
      '1,000,000,000 tokens in (0% from the cache) and 1,000,000,000 tokens out (the calculator stops at 1,000,000,000 tokens)',
    );
    expect(breakdownText(en, bills(huge).o1)).toBe('(input $15,000 + output $60,000)');
    expect(breakdownText(en, bills(zero).r1)).toBe('(nothing to pay)');
    expect(compareText(en, bills(zero))).toBe('Enter some tokens to compare the two bills.');
  });
});

describe('the calculator in Chinese', () => {
  it('writes dollars as 美元 and counts in 万 and 亿, with full-width punctuation', () => {
    const b = bills(worked);
    expect(usageText(zh, worked)).toBe('输入100万个词元（0%命中缓存），输出100万个词元');
    expect(breakdownText(zh, b.r1)).toBe('（输入0.55美元 + 输出2.19美元）');
    expect(breakdownText(zh, b.o1)).toBe('（输入15.00美元 + 输出60.00美元）');
    expect(compareText(zh, b)).toBe('R1的账单是o1的3.7%，便宜96%。');
    expect(usageText(zh, mine)).toBe('输入200万个词元（20%命中缓存），输出50万个词元');
    expect(breakdownText(zh, bills(mine).r1)).toBe('（缓存命中0.06美元 + 输入0.88美元 + 输出1.10美元）');
    expect(usageText(zh, huge, true)).toBe('输入10亿个词元（0%命中缓存），输出10亿个词元（计算器最多按10亿个词元计算）');
    expect(breakdownText(zh, bills(huge).o1)).toBe('（输入1.5万美元 + 输出6万美元）');
    expect(breakdownText(zh, bills(zero).r1)).toBe('（无需付费）');
    expect(compareText(zh, bills(zero))).toBe('填入词元数，就能比较两份账单。');
    expect(around(zh, 'calc.result', {}, ['heading', 'usage'])).toEqual(['', '：', '。']);
  });

  it('has no English left and no plural forms, for any usage', () => {
    const usages: Usage[] = [worked, mine, huge, zero, { inputTokens: 3_456, outputTokens: 123_456_789, cacheHitShare: 1 }];
    for (const u of usages) {
      const s = everything(zh, u, u === huge);
      expect(untranslated(s), s).toEqual([]);
      expect(s).not.toMatch(/NaN|undefined|Infinity|\$|tokens|[():;]|,(?!\d)/);
    }
    for (const [k, v] of Object.entries(UI.zh).filter(([k]) => k.startsWith('calc.'))) {
      expect(typeof v, `${k} is one sentence in Chinese, not plural forms`).toBe('string');
      expect(untranslated(String(v).replace(/\{\w+\}/g, '')), k).toEqual([]);
    }
    const price = around(zh, 'calc.price', { hit: '0.14美元', miss: '0.55美元', out: '2.19美元' }, ['name', 'source']);
    expect(price).toEqual(['', '：每百万词元，缓存命中0.14美元、输入0.55美元、输出2.19美元（', '）。']);
  });
});

describe('the browser’s copy of the words (data-calc-words)', () => {
  it('carries only the sentences the browser writes, in the page’s language, and says what the server says', () => {
    for (const [locale, server] of [
      ['en', en],
      ['zh', zh],
    ] as const) {
      const payload = JSON.parse(calcPayload(locale)) as { locale: string; messages: Record<string, string> };
      expect(payload.locale).toBe(locale);
      expect(Object.keys(payload.messages).sort()).toEqual([...CLIENT_KEYS].sort());
      const browser: CalcText = textFromPayload(calcPayload(locale));
      for (const u of [worked, mine, huge, zero]) expect(everything(browser, u, u === huge)).toBe(everything(server, u, u === huge));
      expect(browser.t('calc.heading.yours')).toBe(locale === 'en' ? 'Your bill' : '你的账单');
    }
    const zhWords = Object.values((JSON.parse(calcPayload('zh')) as { messages: Record<string, string> }).messages).join(' ');
    expect(untranslated(zhWords.replace(/\{\w+\}/g, ''))).toEqual([]);
  });

  it('a translation that moves the name after the source link fails, naming the key', () => {
    const text: CalcText = makeSceneText('zh', { 'calc.price': '（{source}）{name}' });
    expect(() => around(text, 'calc.price', {}, ['name', 'source'])).toThrow(/zh\.json "calc\.price".*\{name\}, \{source\}/);
  });
});
