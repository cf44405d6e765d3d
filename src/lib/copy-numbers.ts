/**
 * Finds the quantities in reader-facing text, so a test can ask of every number a
 * scene shows: did it come from the data? Pure and dependency-free.
 *
 * A "quantity" is a run of digits that stands on its own ("15.6%", "1,342 GB",
 * "671B", "8-GPU"). Digits that are part of a name are not quantities: they follow a
 * letter, a hyphen or "@" ("R1", "o1-1217", "MATH-500", "pass@1", "Qwen2.5"), or
 * they are a year, or a locator in a source ("Table 4", "sec. 3.1", "Figure 3").
 */

/** A quantity found in a text: the number, how many decimals it was written with, and the text around it. */
export interface Quantity {
  value: number;
  decimals: number;
  raw: string;
  context: string;
}

/** Section, table and figure numbers point into a source; they are not figures. */
const LOCATOR = /\b(?:Tables?|Figures?|Fig\.|sec\.|secs\.|section|App\.|Appendix|step|Step|Stage|stage|footnotes?)\s+$/;
/** Names with a space before their digits. */
const NAMES = [/AIME 20\d\d/g, /CNMO 20\d\d/g, /RTX 40\d0/g, /Claude[ -]3(?:\.5)?/g, /Llama[ -]3\.\d/g, /GPT-4o/g, /Claude-3-Opus/g];
/**
 * Numbers that are definitions or units, not figures from a source: a byte per FP8
 * number, 24 hours a day, a score between 0 and 1, shares adding to 100%, a log
 * scale's factor of 10, "1 in N", the first batch. Kept short and explicit.
 */
const DEFINITIONS = [
  /\b1 byte\b/g,
  /\b2 bytes\b/g,
  /[÷/×] 24\b/g,
  /\b24 hours\b/g,
  /\b0 (?:to|and) 1\b/g,
  /\(0[-–]1\)/g,
  /\b100%/g,
  /\b10×/g,
  /\b10⁹/g,
  /\b1 GPU-hour\b/g,
  /\b1 in\b/g,
  /\b1\//g,
  /\bbatch 1\b/g,
  /\badds? up to 1\b/g,
  /\bOne \w+ = 1\b/g,
];
/** A day of the month is part of a date, not a quantity ("27 January 2025"). */
const DATES = /\b\d{1,2}(?= (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g;
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

export function quantities(text: string): Quantity[] {
  let t = text;
  for (const re of [...NAMES, ...DEFINITIONS, DATES]) t = t.replace(re, (m) => m.replace(/\d/g, '#'));
  const out: Quantity[] = [];
  for (const m of t.matchAll(NUMBER)) {
    const i = m.index!;
    const raw = m[0];
    const before = t.slice(0, i);
    const prev = t[i - 1] ?? '';
    const next = t[i + raw.length] ?? '';
    if (/[A-Za-z_@#.]/.test(prev)) continue; // R1, pass@1, .5 of a name, a hidden name
    if (prev === '-' && /[A-Za-z0-9]-$/.test(before)) continue; // o1-1217, MATH-500, GPT-4o
    if (next === '.' && /\d/.test(t[i + raw.length + 1] ?? '')) continue; // part of a version "2.5.1"
    if (LOCATOR.test(before)) continue;
    const plain = raw.replace(/,/g, '');
    // 2010-2026 written bare is a year ("January 2025", "in 2025"). Codeforces ratings
    // (2029, 2061) sit just above the range, so they are still checked.
    if (/^20(?:1\d|2[0-6])$/.test(plain) && next !== '%' && !/^\.\d/.test(t.slice(i + raw.length, i + raw.length + 2))) continue;
    const decimals = plain.includes('.') ? plain.split('.')[1]!.length : 0;
    out.push({ value: Number(plain), decimals, raw, context: t.slice(Math.max(0, i - 30), i + raw.length + 20) });
  }
  return out;
}

/**
 * Every number a data file holds, at the scales copy writes it in (a share as a
 * percent, GPU-hours in thousands or millions, parameters in billions), so "54.2 days"
 * matches 54.18 and "2,788K" matches 2788000.
 */
export class NumberPool {
  private readonly byDecimals = new Map<number, Set<string>>();
  private readonly values: number[] = [];
  private static readonly SCALES = [1, 100, 1e-3, 1e-6, 1e-9, 1e-12, 1e3, 1e6, 1e9];

  add(v: number): void {
    if (Number.isFinite(v)) this.values.push(v);
    this.byDecimals.clear();
  }

  /** Adds every number found anywhere in a value (objects, arrays, numbers; strings are not read). */
  addAll(v: unknown, seen = new Set<unknown>()): void {
    if (typeof v === 'number') return this.add(v);
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    for (const x of Array.isArray(v) ? v : Object.values(v)) this.addAll(x, seen);
  }

  private table(decimals: number): Set<string> {
    let set = this.byDecimals.get(decimals);
    if (!set) {
      set = new Set();
      for (const v of this.values) {
        for (const s of NumberPool.SCALES) {
          const x = Math.abs(v * s);
          set.add(x.toFixed(decimals));
          // Copy may round down ("about 54 days" of 54.2) or up; both are the data's number.
          set.add((Math.floor(x * 10 ** decimals) / 10 ** decimals).toFixed(decimals));
        }
      }
      this.byDecimals.set(decimals, set);
    }
    return set;
  }

  has(q: Pick<Quantity, 'value' | 'decimals'>): boolean {
    return this.table(q.decimals).has(q.value.toFixed(q.decimals));
  }
}

/** The quantities in `text` that no number in `pool` explains. */
export function strayNumbers(text: string, pool: NumberPool): Quantity[] {
  return quantities(text).filter((q) => !pool.has(q));
}
