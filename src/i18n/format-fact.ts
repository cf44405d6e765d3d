/**
 * A fact as a reader of each edition sees it. English: exactly as before ("$5.576 million",
 * "671 billion", "15.6%"; src/data/format-fact.ts). Chinese: the same value in the units a
 * Chinese reader expects: large amounts in 万 and 亿 ("6710亿", "557.6万美元", "14.8万亿"),
 * dollars as 美元 after the number, multiples as 倍, no space before a unit ("141GB").
 *
 * The English data writes its unit words in `prefix`/`suffix`; each one the data uses has its
 * Chinese counterpart below, and an unknown one throws naming the fact, so a new unit word never
 * reaches a Chinese page untranslated. Browser-safe (Intl and d3-format only): scene copy may use it.
 */
import type { Fact } from '../data/schemas';
import { formatFactValue } from '../data/format-fact';
import { LANG_TAG, type Locale } from './locales';

interface ZhUnit {
  /** What one unit of the English number is worth (" billion": 1e9). */
  scale?: number;
  /** The number is money in US dollars (English prefix "$"). */
  money?: boolean;
  /** Chinese before the number ("约") and after it ("倍"). */
  before?: string;
  after?: string;
}

/** English prefixes: words before the number. */
const ZH_PREFIX: Record<string, ZhUnit> = {
  '': {},
  $: { money: true },
  'about ': { before: '约' },
  'about $': { before: '约', money: true },
  'close to $': { before: '近', money: true },
  '“': { before: '“' },
};

/** English suffixes: the unit after the number. */
const ZH_SUFFIX: Record<string, ZhUnit> = {
  '': {},
  '%': { after: '%' },
  K: { scale: 1e3 },
  ' million': { scale: 1e6 },
  ' billion': { scale: 1e9 },
  ' trillion': { scale: 1e12 },
  ' trillion tokens': { scale: 1e12, after: '个词元' },
  ' million GPU-hours': { scale: 1e6, after: 'GPU小时' },
  ' GPU-hours': { after: 'GPU小时' },
  ' per GPU-hour': { before: '每GPU小时' },
  ' GB': { after: 'GB' },
  ' GiB': { after: 'GiB' },
  ' TB': { after: 'TB' },
  ' GPUs': { after: '块GPU' },
  ' NVIDIA H800 GPUs': { after: '块英伟达H800 GPU' },
  ' times': { after: '倍' },
  ' days': { after: '天' },
  ' hours': { after: '小时' },
  ' tokens': { after: '个词元' },
  ' input tokens': { after: '个输入词元' },
  ' output tokens': { after: '个输出词元' },
  ' extra token': { after: '个额外词元' },
  ' percentage points': { after: '个百分点' },
  // Only the benchmark gaps of percent and percentile rows say ' points' (rating gaps say ' rating points').
  ' points': { after: '个百分点' },
  ' rating points': { after: '分' },
  ' rows': { after: '行' },
  ' benchmarks': { after: '项基准测试' },
  '”': { after: '”' },
};

/** Decimal places a d3 format keeps (".1f" -> 1, "," -> as many as the value has). */
function placesOf(spec: string | undefined): number | undefined {
  const m = /\.(\d+)[f%]?$/.exec(spec ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The English number as shown (rounded as the English format rounds it), so both editions state the same figure. */
function shownValue(f: Fact & { value: number }): number {
  const places = placesOf(f.format);
  return places === undefined ? f.value : Number(f.value.toFixed(places));
}

const zhNumber = (digits: number, grouping: boolean) =>
  new Intl.NumberFormat(LANG_TAG.zh, { maximumFractionDigits: digits, minimumFractionDigits: 0, useGrouping: grouping });

/**
 * A plain amount in Chinese: 1亿 and up in 亿 (1万亿 and up in 万亿); from 10万 up, and money from
 * 1万 up, in 万 (an exact count that would need three or more decimals of 万 stays in digits: 129,280);
 * smaller amounts as digits with the English number's decimal places.
 */
export function zhAmount(amount: number, opts: { money?: boolean; places?: number } = {}): string {
  const abs = Math.abs(amount);
  const sign = amount < 0 ? '−' : '';
  const units: [number, string][] = [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ];
  for (const [size, word] of units) {
    if (!(abs >= size && (size > 1e4 || abs >= (opts.money ? 1e4 : 1e5)))) continue;
    // An exact count that 万 would write with three or four decimals (14.7336万, 12.928万) reads
    // better as its digits, grouped: 147,336, as Chinese writes exact figures.
    if (size === 1e4 && Number.isInteger(abs) && abs % 100 !== 0) break;
    return `${sign}${zhNumber(4, false).format(abs / size)}${word}`;
  }
  const places = opts.places ?? 4;
  return `${sign}${new Intl.NumberFormat(LANG_TAG.zh, { minimumFractionDigits: opts.places ?? 0, maximumFractionDigits: places }).format(abs)}`;
}

function unitOf(table: Record<string, ZhUnit>, key: string | undefined, id: string, which: 'prefix' | 'suffix'): ZhUnit {
  const u = table[key ?? ''];
  if (!u)
    throw new Error(`Fact "${id}": no Chinese for its ${which} ${JSON.stringify(key)}. Fix: add it to ZH_${which.toUpperCase()} in src/i18n/format-fact.ts.`);
  return u;
}

/** The fact in Chinese (see the header). */
export function formatFactZh(f: Fact, id = 'a fact'): string {
  const pre = unitOf(ZH_PREFIX, f.prefix, id, 'prefix');
  const suf = unitOf(ZH_SUFFIX, f.suffix, id, 'suffix');
  const money = pre.money === true;
  let body: string;
  if (typeof f.value === 'string') body = f.value;
  else {
    // A d3 percent format (".0%") shows a fraction as a percentage: 0.9635 is 96%.
    const percent = (f.format ?? '').endsWith('%');
    const v = percent ? Number((f.value * 100).toFixed(placesOf(f.format) ?? 0)) : shownValue(f as Fact & { value: number });
    if (Number.isNaN(v)) throw new Error(`Fact "${id}": value ${f.value} is not a number`);
    const scaled = suf.scale ? v * suf.scale : v;
    // Unscaled small numbers keep the English format's decimal places (".1f": 3.0 stays "3.0").
    const places = suf.scale ? undefined : placesOf(f.format);
    body = zhAmount(scaled, { money, ...(places !== undefined && { places }) }) + (percent ? '%' : '');
  }
  return `${pre.before ?? ''}${suf.before ?? ''}${body}${suf.after ?? ''}${money ? '美元' : ''}`;
}

/** A fact as a reader of `locale` sees it. */
export function formatFactFor(f: Fact, locale: Locale, id = 'a fact'): string {
  return locale === 'zh' ? formatFactZh(f, id) : formatFactValue(f);
}
