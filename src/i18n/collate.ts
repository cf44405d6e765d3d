/**
 * Alphabetical order and index letters for lists of terms (the glossary), per language.
 * Chinese terms sort by pinyin (the platform's zh-CN collation) and file under the pinyin
 * initial, found by comparing with the first syllable of each letter in that collation
 * (no pinyin table shipped); terms in Latin letters (MoE, GPU) file under their own letter.
 */
import { LANG_TAG, type Locale } from './locales';

const PINYIN_STARTS: [string, string][] = [
  ['A', '阿'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '哒'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '讥'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '妈'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
];

const collators = new Map<Locale, Intl.Collator>();
export function collatorFor(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(LANG_TAG[locale], { sensitivity: 'base' })));
  return c;
}

/** The index letter a term files under ("#" for digits and symbols). */
export function indexLetter(term: string, locale: Locale): string {
  const first = term.normalize('NFD')[0] ?? '';
  const upper = first.toUpperCase();
  if (/[A-Z]/.test(upper)) return upper;
  if (locale === 'zh' && /\p{Script=Han}/u.test(first)) {
    const c = collatorFor(locale);
    let letter = '#';
    for (const [l, start] of PINYIN_STARTS) if (c.compare(first, start) >= 0) letter = l;
    return letter;
  }
  return '#';
}
