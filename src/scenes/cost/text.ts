/**
 * The cost calculator's words for a bill (HTML, English only so far). The figure says the same
 * things through its catalogue (./bill-words.ts, messages/<locale>.json), the same sums the same way.
 * Light on purpose (no d3-scale): the calculator's browser bundle imports it.
 */
import type { Bill, Usage } from '../../model/cost';
import { int, usd } from '../kit/chart';

/** "1,000,000 tokens in (0% from the cache) and 1,000,000 tokens out" */
export function usageText(u: Usage, narrow = false): string {
  const inT = int(u.inputTokens);
  const outT = int(u.outputTokens);
  const cache = `${Math.round(u.cacheHitShare * 100)}%`;
  return narrow ? `${inT} tokens in (${cache} cached), ${outT} out` : `${inT} tokens in (${cache} from the cache) and ${outT} tokens out`;
}

/** "cached input $0.07 + input $0.28 + output $2.19", leaving out parts that cost nothing. */
export function breakdownText(b: Bill): string {
  const parts: string[] = [];
  if (b.inputCacheHit > 0) parts.push(`cached input ${usd(b.inputCacheHit)}`);
  if (b.inputCacheMiss > 0) parts.push(`input ${usd(b.inputCacheMiss)}`);
  if (b.output > 0) parts.push(`output ${usd(b.output)}`);
  return parts.length ? parts.join(' + ') : 'nothing to pay';
}

/** "R1's bill is 3.7% of o1's: 96% less." (or a prompt when there is nothing to compare). */
export function compareText(b: { r1: Bill; o1: Bill }): string {
  if (!(b.o1.total > 0)) return 'Enter some tokens to compare the two bills.';
  const share = (b.r1.total / b.o1.total) * 100;
  return `R1’s bill is ${share.toFixed(1)}% of o1’s: ${Math.round(100 - share)}% less.`;
}

export { usd };

/** Tokens in millions, short: 1000000 -> "1M", 250000 -> "0.25M". */
export function millions(tokens: number): string {
  const m = tokens / 1e6;
  const s = m >= 100 ? m.toFixed(0) : m >= 10 ? m.toFixed(1) : m.toFixed(3);
  return `${s.includes('.') ? s.replace(/\.?0+$/, '') : s}M`;
}

/** The sum behind a bill: "1M in × $0.55 + 1M out × $2.19 = $2.74" (cached part only when there is one). */
export function billFormula(prices: { inputCacheHit: number; inputCacheMiss: number; output: number }, u: Usage, b: Bill): string {
  const hit = u.inputTokens * u.cacheHitShare;
  const miss = u.inputTokens - hit;
  const parts: string[] = [];
  if (hit > 0) parts.push(`${millions(hit)} cached × ${usd(prices.inputCacheHit)}`);
  if (miss > 0 || hit === 0) parts.push(`${millions(miss)} in × ${usd(prices.inputCacheMiss)}`);
  parts.push(`${millions(u.outputTokens)} out × ${usd(prices.output)}`);
  return `${parts.join(' + ')} = ${usd(b.total)}`;
}
