/**
 * The data's English dates ("27 January 2025", "September 2024") in the reader's language, through
 * Intl: 2025年1月27日, 2024年9月. A module of its own so only the scenes that show a date carry it.
 */
import type { SceneText } from './messages';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "27 January 2025" or "September 2024" (the data's English dates), or null when it is neither. */
function parseEnglishDate(s: string): { y: number; m: number; d?: number } | null {
  const full = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(s.trim());
  const month = /^([A-Za-z]+) (\d{4})$/.exec(s.trim());
  const m = MONTHS.indexOf((full?.[2] ?? month?.[1] ?? '').toLowerCase());
  if (m < 0) return null;
  return full ? { y: Number(full[3]), m, d: Number(full[1]) } : { y: Number(month![2]), m };
}

/** `english` in `text`'s language; English keeps the data's own order (en-US would write "January 27, 2025"). */
export function localDate(text: Pick<SceneText, 'locale' | 'tag'>, english: string): string {
  const d = parseEnglishDate(english);
  if (!d || text.locale === 'en') return english;
  const o: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', ...(d.d && { day: 'numeric' }) };
  return new Intl.DateTimeFormat(text.tag, o).format(Date.UTC(d.y, d.m, d.d ?? 1));
}
