/**
 * The cost calculator's sentences for the server (src/components/CostCalculator.astro) and tests:
 * the `calc.*` keys of the UI catalogue in one language, and the JSON of the few the browser
 * writes (`data-calc-words`, an attribute the CSP allows where an inline script would need a hash).
 * Kept apart from ./text.ts so the browser bundle never imports a catalogue.
 */
import { UI } from '../../i18n/t';
import type { Locale } from '../../i18n/locales';
import { makeSceneText, type Catalogue, type SceneTextPayload } from '../kit/messages';
import { CLIENT_KEYS, type CalcText } from './text';

const calcMessages = (locale: Locale): Catalogue => Object.fromEntries(Object.entries(UI[locale]).filter(([k]) => k.startsWith('calc.')));

/** The calculator's words in `locale`. */
export function calcText(locale: Locale): CalcText {
  return makeSceneText(locale, calcMessages(locale));
}

/** What the calculator's browser code needs of its words, as the JSON of `data-calc-words`. */
export function calcPayload(locale: Locale): string {
  const all = calcMessages(locale);
  const messages = Object.fromEntries(CLIENT_KEYS.map((k) => [k, all[k]!]));
  return JSON.stringify({ locale, messages } satisfies SceneTextPayload);
}

/**
 * A sentence with markup at some of its placeholders, split there: `calc.price` with slots
 * ['name', 'source'] gives the text before the name, between name and source, and after the
 * source, for the template to put <strong> and <a> between. A translation must keep the slots'
 * order (checked here, naming the key).
 */
export function around(text: CalcText, key: Parameters<CalcText['t']>[0], params: Record<string, string | number>, slots: readonly string[]): string[] {
  // Marks in the Unicode private use area, which no sentence has.
  const mark = (i: number) => `\ue000${i}\ue001`;
  const s = text.t(key, { ...params, ...Object.fromEntries(slots.map((n, i) => [n, mark(i)])) });
  const at = slots.map((_, i) => s.indexOf(mark(i)));
  const parts = s.split(/\ue000\d+\ue001/);
  if (parts.length !== slots.length + 1 || at.some((p, i) => p < 0 || (i > 0 && p < at[i - 1]!)))
    throw new Error(`src/i18n/ui/${text.locale}.json "${key}": the placeholders ${slots.map((n) => `{${n}}`).join(', ')} must come once each, in that order.`);
  return parts;
}
