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

/** A count in thousands, short, as the site writes sample counts: 800k in English, 80万 in Chinese (Intl's compact form, its K in lower case). */
export const thousands = (text: Text, v: number) => count(text, v, 0).replace(/(\d)K$/, '$1k');
