/**
 * Number formats a scene writes through its SceneText's language, with Intl (so Chinese gets 亿 where a
 * Chinese reader expects it). Functions of their own rather than SceneText methods so each page's
 * start-up code carries only the formats its scenes use (the embed pages are near their JS budget).
 * Money is market-fall's (`usd` in its shared.ts): importing it from here made this module a chunk of
 * its own on the market chapter, one request over that page's budget.
 */
import type { SceneText } from './messages';

type Text = Pick<SceneText, 'locale' | 'format'>;

/** Exactly `digits` decimals, grouped: 96.0, 2,029.0. */
export const fixed = (text: Text, v: number, digits: number) => text.format(v, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A value already in percent (71 → "71.0%"), with exactly `digits` decimals (default 1). */
export const percent = (text: Text, v: number, digits = 1) => `${fixed(text, v, digits)}%`;

/** A large count, short: 671B in English, 6710亿 in Chinese. */
export const count = (text: Text, v: number, digits = 1) => text.format(v, { notation: 'compact', maximumFractionDigits: digits });

/** The same in words, for headlines and prose: 671 billion in English, 6710亿 in Chinese. */
export const countWords = (text: Text, v: number, digits = 1) => text.format(v, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: digits });

/**
 * A count kept in one unit (billions or millions) to `digits` decimals of it, for a figure whose
 * parts compare side by side: English 0.1 billion, 653.9 billion, 1,234.5 billion (`short`: 653.9B;
 * `number`: 653.9, for a message that says the unit itself, "a {n}-billion-parameter model").
 * Chinese writes the same rounded amount in 万, 亿 or 万亿 in every form (1000万, 6539亿, 1.2345万亿):
 * its units are not the English ones, so a Chinese message never adds one.
 */
export function countIn(text: Text, v: number, unit: 1e6 | 1e9, digits = 1, form: 'long' | 'short' | 'number' = 'long'): string {
  if (text.locale === 'zh')
    return text.format((Math.round((v / unit) * 10 ** digits) / 10 ** digits) * unit, { notation: 'compact', maximumFractionDigits: 4 });
  const n = fixed(text, v / unit, digits);
  if (form === 'number') return n;
  return form === 'short' ? `${n}${unit === 1e9 ? 'B' : 'M'}` : `${n} ${unit === 1e9 ? 'billion' : 'million'}`;
}

/**
 * A count in thousands, short, as the site writes sample counts: 800k in English (Intl's compact form,
 * its K in lower case). Chinese counts in 万 and keeps what English rounds away: 80万, 1.2万, 9500.
 */
export const thousands = (text: Text, v: number) =>
  text.locale === 'zh' ? text.format(v, { notation: 'compact', maximumFractionDigits: 2 }) : count(text, v, 0).replace(/(\d)K$/, '$1k');
