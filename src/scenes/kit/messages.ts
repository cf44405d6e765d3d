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
import { isLocale, LANG_TAG, type Locale } from '../../i18n/locales';
import type { SceneModule } from '../contract';

/** A message: a string, or a plural chosen by the `count` parameter (Chinese has only `other`). */
export type Message = string | PluralMessage;
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
/** A scene's catalogue for one locale, without its `$translates` revision. */
export type Catalogue = Readonly<Record<string, Message>>;
export type Params = Readonly<Record<string, string | number>>;

export interface SceneText<K extends string = string> {
  readonly locale: Locale;
  /** The message `key` with its `{placeholders}` filled; numbers in `params` are written with `number()`. */
  t(key: K, params?: Params): string;
  /** Whether the catalogue has `key` (an optional message, or an unconverted scene's empty text). */
  has(key: string): boolean;
  /** The catalogue's keys that start with `prefix` (encodings, input examples), in file order. */
  keys(prefix: string): string[];
  /** A number with the locale's grouping: 2,788,000; at most `digits` decimals (default 3). */
  number(v: number, digits?: number): string;
  /** A number with exactly `digits` decimals, grouped: 96.0, 2,029.0. */
  fixed(v: number, digits: number): string;
  /** A value already in percent (71 → "71.0%"), with exactly `digits` decimals (default 1). */
  percent(v: number, digits?: number): string;
  /** A large count in the locale's short words: 671B in English, 6710亿 in Chinese. */
  count(v: number, digits?: number): string;
  /** The same in words, for prose and headlines: 671 billion in English, 6710亿 in Chinese. */
  countWords(v: number, digits?: number): string;
  /** US dollars, large amounts short: $589B in English, 5890亿美元 in Chinese. */
  usd(v: number, digits?: number): string;
  /** A date written in the English data ("27 January 2025", "September 2024") in the locale's form. */
  date(english: string): string;
}

const PLACEHOLDER = /\{([A-Za-z][\w.]*)\}/g;

/** The placeholder names a message uses (every plural form counted), for the catalogue check. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((s) => [...(s ?? '').matchAll(PLACEHOLDER)].map((m) => m[1]!)))].sort();
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "27 January 2025" or "September 2024" (the data's English dates), or null when it is neither. */
function parseEnglishDate(s: string): { y: number; m: number; d?: number } | null {
  const full = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(s.trim());
  const month = /^([A-Za-z]+) (\d{4})$/.exec(s.trim());
  const m = MONTHS.indexOf((full?.[2] ?? month?.[1] ?? '').toLowerCase());
  if (m < 0) return null;
  return full ? { y: Number(full[3]), m, d: Number(full[1]) } : { y: Number(month![2]), m };
}

/** The SceneText of `catalogue` in `locale`. An empty catalogue is an unconverted scene's (see `wordsOf`). */
export function makeSceneText<K extends string = string>(locale: Locale, catalogue: Catalogue): SceneText<K> {
  const tag = LANG_TAG[locale];
  const plural = new Intl.PluralRules(tag);
  const nf = new Map<string, Intl.NumberFormat>();
  const fmt = (o: Intl.NumberFormatOptions) => {
    const k = JSON.stringify(o);
    let f = nf.get(k);
    if (!f) nf.set(k, (f = new Intl.NumberFormat(tag, o)));
    return f;
  };
  const number = (v: number, digits = 3) => fmt({ maximumFractionDigits: digits }).format(v);
  const count = (v: number, digits = 1) => fmt({ notation: 'compact', maximumFractionDigits: digits }).format(v);
  const text: SceneText<K> = {
    locale,
    has: (key) => Object.hasOwn(catalogue, key),
    keys: (prefix) => Object.keys(catalogue).filter((k) => k.startsWith(prefix)),
    t(key, params = {}) {
      const message = catalogue[key];
      if (message === undefined) throw new Error(`scene text (${locale}): no message "${key}"`);
      let s: string;
      if (typeof message === 'string') s = message;
      else {
        const n = params['count'];
        if (typeof n !== 'number') throw new Error(`scene text (${locale}): "${key}" is a plural and needs a number "count"`);
        s = message[plural.select(n)] ?? message.other;
      }
      return s.replace(PLACEHOLDER, (_, name: string) => {
        const v = params[name];
        if (v === undefined) throw new Error(`scene text (${locale}): "${key}" needs the parameter {${name}}`);
        return typeof v === 'number' ? number(v) : v;
      });
    },
    number,
    fixed: (v, digits) => fmt({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v),
    percent: (v, digits = 1) => `${fmt({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v)}%`,
    count,
    countWords: (v, digits = 1) => fmt({ notation: 'compact', compactDisplay: 'long', maximumFractionDigits: digits }).format(v),
    // Chinese writes dollars after the number in words (5890亿美元), not as US$5890亿.
    usd: (v, digits = 1) =>
      locale === 'zh' ? `${count(v, digits)}美元` : fmt({ style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: digits }).format(v),
    date(english) {
      const d = parseEnglishDate(english);
      if (!d) return english;
      const o: Intl.DateTimeFormatOptions = d.d
        ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', timeZone: 'UTC' };
      // English keeps the data's own "27 January 2025" order (en-US would write "January 27, 2025").
      return locale === 'en' ? english : new Intl.DateTimeFormat(tag, o).format(Date.UTC(d.y, d.m, d.d ?? 1));
    },
  };
  return text;
}

/** What a scene says outside its frames: the caption's title, step labels and notes, controls. */
export interface SceneWords {
  title: string;
  steps: { id: string; label: string; notes?: string }[];
  note?: string;
  /** Phrases for <Encoding id> in chapters, keyed by id. */
  encodings: Readonly<Record<string, string>>;
  whatIf?: { label: string; resetLabel: string; controls: Readonly<Record<string, string>> };
  input?: { label: string; placeholder: string; examples: string[] };
}

/**
 * The scene's words in `text`'s language, from its catalogue's fixed keys. A scene not yet moved
 * to a catalogue (its text is empty: no "title") still speaks the English typed in its module.
 */
export function wordsOf(scene: SceneModule, text: SceneText): SceneWords {
  if (!text.has('title')) return legacyWords(scene);
  const opt = (key: string) => (text.has(key) ? text.t(key, scene.wordParams?.[key]) : undefined);
  const encodings = Object.fromEntries(text.keys('encoding.').map((k) => [k.slice('encoding.'.length), text.t(k)]));
  const examples = text.keys('input.example.').map((k) => text.t(k));
  const note = opt('note');
  return {
    title: text.t('title'),
    steps: scene.steps.map((s) => {
      const notes = opt(`step.${s.id}.notes`);
      return { id: s.id, label: text.t(`step.${s.id}.label`, scene.wordParams?.[`step.${s.id}.label`]), ...(notes !== undefined && { notes }) };
    }),
    ...(note !== undefined && { note }),
    encodings,
    ...(scene.whatIf && {
      whatIf: {
        label: text.t('whatIf.label'),
        resetLabel: text.t('whatIf.reset'),
        controls: Object.fromEntries(scene.whatIf.spec.controls.map((c) => [c.key, text.t(`whatIf.${c.key}.label`)])),
      },
    }),
    ...(scene.input && { input: { label: text.t('input.label'), placeholder: text.t('input.placeholder'), examples } }),
  };
}

/** Transition: the English an unconverted scene still types in its module (see tests/unit/scene-messages.test.ts). */
function legacyWords(scene: SceneModule): SceneWords {
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`src/scenes/${scene.name}: no messages/en.json and no ${what} in index.ts. Fix: write its catalogue.`);
    return v;
  };
  const w = scene.whatIf;
  const input = scene.input;
  return {
    title: need(scene.title, 'title'),
    steps: scene.steps.map((s) => ({ id: s.id, label: need(s.label, `label of step "${s.id}"`), ...(s.notes !== undefined && { notes: s.notes }) })),
    ...(scene.note !== undefined && { note: scene.note }),
    encodings: scene.encodings ?? {},
    ...(w && {
      whatIf: {
        label: need(w.label, 'whatIf.label'),
        resetLabel: w.resetLabel ?? 'Reset to R1',
        controls: Object.fromEntries(w.spec.controls.map((c) => [c.key, need(c.label, `label of control "${c.key}"`)])),
      },
    }),
    ...(input && { input: { label: need(input.label, 'input.label'), placeholder: input.placeholder ?? '', examples: [...(input.examples ?? [])] } }),
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
  if (!isLocale(p.locale)) throw new Error(`data-scene-text: unknown locale "${String(p.locale)}"`);
  return makeSceneText(p.locale, p.messages);
}
