/**
 * The words a scene speaks, in one language. Every reader-facing string of a figure lives in its
 * catalogue, src/scenes/<name>/messages/<locale>.json: flat keys, `{name}` placeholders, and a
 * plural as an object (`{"one": "…", "other": "…"}`) chosen by `Intl.PluralRules` from the
 * `count` parameter. A layout gets a `SceneText` as its fourth input and stays pure: same data,
 * step, size and text, same frame.
 *
 * DOM-free and free of any catalogue: the server builds a SceneText from the scene's catalogue for
 * the page's locale (src/scenes/words.ts), and the browser from the copy of that one catalogue the
 * page carries on its figure (`data-scene-text`), so a page never ships the other languages.
 *
 * Fixed keys for what is not drawn in a frame (the caption's title, step buttons, presenter notes):
 *   title · note · step.<id>.label · step.<id>.notes · encoding.<id>
 *   whatIf.label · whatIf.reset · whatIf.<control key>.label
 *   input.label · input.placeholder · input.example.<1, 2, …>
 */
import { LANG_TAG, type Locale } from '../../i18n/locales';
import type { SceneModule } from '../contract';

/** A message: a string, or a plural chosen by the `count` parameter (Chinese has only `other`). */
export type Message = string | PluralMessage;
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
/** A scene's catalogue for one locale, without its `$translates` revision. */
export type Catalogue = Readonly<Record<string, Message>>;
export type Params = Readonly<Record<string, string | number>>;

export interface SceneText<K extends string = string> {
  readonly locale: Locale;
  /** Its BCP 47 tag for Intl (LANG_TAG: zh-CN). */
  readonly tag: string;
  /** The message `key` with its `{placeholders}` filled; numbers in `params` are written with `number()`. */
  t(key: K, params?: Params): string;
  /** Whether the catalogue has `key` (an optional message, or an unconverted scene's empty text). */
  has(key: string): boolean;
  /** The catalogue's keys that start with `prefix` (encodings, input examples), in file order. */
  keys(prefix: string): string[];
  /** A number with the locale's grouping: 2,788,000; at most `digits` decimals (default 3). */
  number(v: number, digits?: number): string;
  /** Any other Intl number format in this language (kit/numbers.ts names the usual ones). */
  format(v: number, options: Intl.NumberFormatOptions): string;
}

const PLACEHOLDER = /\{([A-Za-z][\w.]*)\}/g;

/** The placeholder names a message uses (every plural form counted), for the catalogue check. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((s) => [...(s ?? '').matchAll(PLACEHOLDER)].map((m) => m[1]!)))].sort();
}

/** The SceneText of `catalogue` in `locale`. An empty catalogue is an unconverted scene's (see `wordsOf`). */
export function makeSceneText<K extends string = string>(locale: Locale, catalogue: Catalogue): SceneText<K> {
  const tag = LANG_TAG[locale];
  const plural = new Intl.PluralRules(tag);
  // One formatter per set of options, kept: building an Intl.NumberFormat costs tens of µs, and a what-if
  // slider redraws a figure with a hundred numbers on every move.
  const formats = new Map<string, Intl.NumberFormat>();
  const format = (v: number, o: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(o);
    let f = formats.get(key);
    if (!f) formats.set(key, (f = new Intl.NumberFormat(tag, o)));
    return f.format(v);
  };
  const number = (v: number, digits = 3) => format(v, { maximumFractionDigits: digits });
  const text: SceneText<K> = {
    locale,
    tag,
    has: (key) => Object.hasOwn(catalogue, key),
    keys: (prefix) => Object.keys(catalogue).filter((k) => k.startsWith(prefix)),
    t(key, params = {}) {
      const message = catalogue[key];
      if (message === undefined) throw new Error(`${locale}: no message ${key}`);
      let s: string;
      if (typeof message === 'string') s = message;
      else {
        const n = params['count'];
        if (typeof n !== 'number') throw new Error(`${locale}: plural ${key} needs {count}`);
        s = message[plural.select(n)] ?? message.other;
      }
      return s.replace(PLACEHOLDER, (_, name: string) => {
        const v = params[name];
        if (v === undefined) throw new Error(`${locale}: ${key} needs {${name}}`);
        return typeof v === 'number' ? number(v) : v;
      });
    },
    number,
    format,
  };
  return text;
}

/**
 * One step's label and presenter notes: all the browser needs of the module's words (the caption
 * and the presenter), without `wordsOf` and the English fallback for every other word.
 */
export function stepWords(scene: Pick<SceneModule, 'steps' | 'wordParams' | 'wordParamsFor'>, text: SceneText, id: string): { label: string; notes?: string } {
  if (!text.has('title')) {
    const s = scene.steps.find((x) => x.id === id);
    return { label: s?.label ?? id, ...(s?.notes !== undefined && { notes: s.notes }) };
  }
  const notes = `step.${id}.notes`;
  const own = scene.wordParamsFor?.(text);
  const params = (key: string) => own?.[key] ?? scene.wordParams?.[key];
  return {
    label: text.t(`step.${id}.label`, params(`step.${id}.label`)),
    ...(text.has(notes) && { notes: text.t(notes, params(notes)) }),
  };
}

/** The catalogue a page hands its live figure (`data-scene-text`), as the browser reads it back. */
export interface SceneTextPayload {
  locale: Locale;
  messages: Catalogue;
}

/** The SceneText in a figure's `data-scene-text`; an empty English one when the scene has no catalogue yet. */
export function textFromPayload(json: string | undefined): SceneText {
  if (!json) return makeSceneText('en', {});
  const p = JSON.parse(json) as SceneTextPayload;
  return makeSceneText(p.locale, p.messages);
}
