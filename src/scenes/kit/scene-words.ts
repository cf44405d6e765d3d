/**
 * A scene's words outside its frames (title, steps, note, encodings, controls), from its catalogue
 * or, for a scene not yet converted, from the English in its module. Kept apart from messages.ts so
 * the browser's start-up code (which needs only `stepWords`) does not carry it.
 */
import type { SceneModule } from '../contract';
import { stepWords, type SceneText } from './messages';

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
  const own = scene.wordParamsFor?.(text);
  const params = (key: string) => own?.[key] ?? scene.wordParams?.[key];
  const opt = (key: string) => (text.has(key) ? text.t(key, params(key)) : undefined);
  const encodings = Object.fromEntries(text.keys('encoding.').map((k) => [k.slice('encoding.'.length), text.t(k)]));
  const examples = text.keys('input.example.').map((k) => text.t(k));
  const note = opt('note');
  return {
    title: text.t('title', params('title')),
    steps: scene.steps.map((s) => ({ id: s.id, ...stepWords(scene, text, s.id) })),
    ...(note !== undefined && { note }),
    encodings,
    ...(scene.whatIf && {
      whatIf: {
        label: text.t('whatIf.label'),
        resetLabel: text.t('whatIf.reset'),
        controls: Object.fromEntries(scene.whatIf.spec.controls.map((c) => [c.key, text.t(`whatIf.${c.key}.label`, params(`whatIf.${c.key}.label`))])),
      },
    }),
    ...(scene.input && { input: { label: text.t('input.label', scene.wordParams?.['input.label']), placeholder: text.t('input.placeholder'), examples } }),
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
