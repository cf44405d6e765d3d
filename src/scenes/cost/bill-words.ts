/**
 * The figure's words for a bill, in the reader's language (messages/<locale>.json). The cost
 * calculator under the chapter (src/components/CostCalculator.astro) says the same with its own
 * sentences from the UI catalogue (./text.ts); both follow the same sums.
 */
import type { Bill, Usage } from '../../model/cost';
import { type CostText, cents, tokensText } from './shared';

const PARTS = ['inputCacheHit', 'inputCacheMiss', 'output'] as const;

/** "1,000,000 tokens in (0% from the cache) and 1,000,000 tokens out" (narrow: "…(0% cached), 1,000,000 out"). */
export function usageWords(text: CostText, u: Usage, narrow = false): string {
  return text.t(narrow ? 'usage.narrow' : 'usage', {
    in: tokensText(text, u.inputTokens),
    out: tokensText(text, u.outputTokens),
    cache: Math.round(u.cacheHitShare * 100),
  });
}

/** "cached input $0.07 + input $0.28 + output $2.19", leaving out parts that cost nothing. */
export function breakdownWords(text: CostText, b: Bill): string {
  const parts = PARTS.filter((k) => b[k] > 0).map((k) => text.t('list.item', { name: text.t(`part.${k}`), value: cents(text, b[k]) }));
  return parts.length ? parts.join(text.t('list.plus')) : text.t('bill.nothing');
}

/** "R1's bill is 3.7% of o1's: 96% less." (or a prompt when there is nothing to compare). */
export function compareWords(text: CostText, b: { r1: Bill; o1: Bill }): string {
  if (!(b.o1.total > 0)) return text.t('bill.compare.empty');
  const share = (b.r1.total / b.o1.total) * 100;
  return text.t('bill.compare', { share: share.toFixed(1), less: Math.round(100 - share) });
}

/** Tokens in millions, short: 1, 0.25, 12.3, 100. */
function inMillions(tokens: number): number {
  const m = tokens / 1e6;
  return Number(m >= 100 ? m.toFixed(0) : m >= 10 ? m.toFixed(1) : m.toFixed(3));
}

/** The sum behind a bill: "1M in × $0.55 + 1M out × $2.19 = $2.74" (cached part only when there is one). */
export function billFormulaWords(text: CostText, prices: { inputCacheHit: number; inputCacheMiss: number; output: number }, u: Usage, b: Bill): string {
  const hit = u.inputTokens * u.cacheHitShare;
  const miss = u.inputTokens - hit;
  const parts: string[] = [];
  const part = (k: (typeof PARTS)[number], tokens: number) => text.t(`bill.sum.${k}`, { n: inMillions(tokens), price: cents(text, prices[k]) });
  if (hit > 0) parts.push(part('inputCacheHit', hit));
  if (miss > 0 || hit === 0) parts.push(part('inputCacheMiss', miss));
  parts.push(part('output', u.outputTokens));
  return text.t('bill.sum.total', { parts: parts.join(text.t('list.plus')), total: cents(text, b.total) });
}
