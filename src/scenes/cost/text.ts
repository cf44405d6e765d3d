/**
 * The cost calculator's words for a bill (src/components/CostCalculator.astro and its browser code,
 * src/client/cost-calculator.ts), in the page's language: sentences from the site's UI catalogue
 * (`calc.*` keys of src/i18n/ui/<locale>.json), numbers in the cost figure's formats (./shared.ts:
 * $2.74 or 2.74美元, 1,000,000 or 100万). The server builds its CalcText from the catalogue
 * (./calc-words.ts); the browser from the few sentences in the calculator's `data-calc-words`.
 * The figure says the same things through its own catalogue (./bill-words.ts), the same sums the same way.
 * Light on purpose (no d3-scale, no catalogue): the calculator's browser bundle imports it.
 */
import type { Bill, Usage } from '../../model/cost';
import type { UiKey } from '../../i18n/t';
import type { SceneText } from '../kit/messages';
import { cents, tokensText } from './shared';

export type CalcKey = Extract<UiKey, `calc.${string}`>;
/** The calculator's sentences in one language, with its Intl tag for the numbers. */
export type CalcText = SceneText<CalcKey>;

/** The sentences the browser writes as the reader types (the rest are rendered once on the server). */
export const CLIENT_KEYS = [
  'calc.heading.yours',
  'calc.usage',
  'calc.capped',
  'calc.part.inputCacheHit',
  'calc.part.inputCacheMiss',
  'calc.part.output',
  'calc.plus',
  'calc.parts',
  'calc.nothing',
  'calc.compare',
  'calc.compare.empty',
] as const satisfies readonly CalcKey[];

/** The most tokens the calculator bills; a larger count is read as this. */
export const MAX_TOKENS = 1e9;

const PARTS = ['inputCacheHit', 'inputCacheMiss', 'output'] as const;

/**
 * "1,000,000 tokens in (0% from the cache) and 1,000,000 tokens out"; Chinese 输入100万个词元（0%命中缓存），输出100万个词元.
 * `capped`: a count was past MAX_TOKENS and is read as it, which the sentence says.
 */
export function usageText(text: CalcText, u: Usage, capped = false): string {
  const usage = text.t('calc.usage', { in: tokensText(text, u.inputTokens), out: tokensText(text, u.outputTokens), cache: Math.round(u.cacheHitShare * 100) });
  return capped ? text.t('calc.capped', { usage, max: tokensText(text, MAX_TOKENS) }) : usage;
}

/** "(cached input $0.07 + input $0.28 + output $2.19)", leaving out parts that cost nothing; "(nothing to pay)". */
export function breakdownText(text: CalcText, b: Bill): string {
  const parts = PARTS.filter((k) => b[k] > 0).map((k) => text.t(`calc.part.${k}`, { value: cents(text, b[k]) }));
  return text.t('calc.parts', { parts: parts.length ? parts.join(text.t('calc.plus')) : text.t('calc.nothing') });
}

/** "R1’s bill is 3.7% of o1’s: 96% less." (or a prompt when there is nothing to compare). */
export function compareText(text: CalcText, b: { r1: Bill; o1: Bill }): string {
  if (!(b.o1.total > 0)) return text.t('calc.compare.empty');
  const share = (b.r1.total / b.o1.total) * 100;
  return text.t('calc.compare', { share: share.toFixed(1), less: String(Math.round(100 - share)) });
}
