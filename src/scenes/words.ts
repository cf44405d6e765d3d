/**
 * Server side (pages, downloads, OG cards, tests): every scene's catalogues, and what a page needs
 * from them for its locale. Never imported by browser code: a page hands its live figure only the
 * one catalogue it speaks (`sceneTextPayload`, in the figure's `data-scene-text`).
 *
 * A scene is "converted" once src/scenes/<name>/messages/en.json exists; until then it keeps its
 * English in TypeScript and speaks English in every locale (tests/unit/scene-messages.test.ts
 * lists it as not yet converted).
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { idsInCell, isSourceColumn } from '../lib/source-column';
import { initialData, sizeFor, type Frame, type SceneModule, type Size } from './contract';
import { makeSceneText, type Catalogue, type SceneText, type SceneTextPayload } from './kit/messages';
import { wordsOf, type SceneWords } from './kit/scene-words';
import { checkCatalogues, type CatalogueFiles } from './check-messages';
// The server lays out Chinese frames too: their labels wrap by Chinese rules.
import './kit/text-zh';

const files = import.meta.glob<Record<string, unknown>>('./*/messages/*.json', { eager: true, import: 'default' });

/** The catalogue files as parsed, by scene and locale (`$translates` included). */
export const catalogueFiles: CatalogueFiles = (() => {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, json] of Object.entries(files)) {
    const [, scene, , file] = path.split('/');
    (out[scene!] ??= {})[file!.replace(/\.json$/, '')] = json;
  }
  return out;
})();

// A missing or extra key, or a placeholder in one language only, stops the build here.
const problems = checkCatalogues(catalogueFiles);
if (problems.length) throw new Error(`Scene catalogues disagree:\n  ${problems.join('\n  ')}`);

/**
 * A scene whose words partly live in its data (claim-check: the claims in src/data/claims.json and
 * its overlays) has a server-only `data-words.ts` exporting `dataWords(locale)`: `messages` join the
 * scene's catalogue for that locale (the layout reads them like any message), and `params` fill the
 * placeholders of the same name in the catalogue's own messages (a presenter note quoting a claim).
 * A page therefore hands its figure the data's words in its own language only.
 */
type DataWordsOf = (locale: Locale) => { messages: Readonly<Record<string, string>>; params: Readonly<Record<string, string>> };
const dataWordFiles = import.meta.glob<DataWordsOf>('./*/data-words.ts', { eager: true, import: 'dataWords' });

function withDataWords(scene: string, locale: Locale, catalogue: Catalogue): Catalogue {
  const words = dataWordFiles[`./${scene}/data-words.ts`]?.(locale);
  if (!words) return catalogue;
  const fill = (s: string) => s.replace(/\{([A-Za-z]\w*)\}/g, (m, name: string) => words.params[name] ?? m);
  const own = Object.entries(catalogue).map(([k, m]) => [
    k,
    typeof m === 'string' ? fill(m) : Object.fromEntries(Object.entries(m).map(([f, s]) => [f, fill(s!)])),
  ]);
  for (const k of Object.keys(words.messages)) {
    if (Object.hasOwn(catalogue, k))
      throw new Error(`src/scenes/${scene}: the data's word "${k}" is also a key of messages/${locale}.json. Fix: rename the message.`);
  }
  return { ...Object.fromEntries(own), ...words.messages } as Catalogue;
}

/** catalogues[scene][locale], without `$translates`. */
const catalogues: Readonly<Record<string, Partial<Record<string, Catalogue>>>> = Object.fromEntries(
  Object.entries(catalogueFiles).map(([scene, byLocale]) => [
    scene,
    Object.fromEntries(
      Object.entries(byLocale).map(([locale, json]) => {
        const { $translates: _, ...messages } = json!;
        return [locale, withDataWords(scene, locale as Locale, messages as Catalogue)];
      }),
    ),
  ]),
);

/** Whether the scene's words live in its catalogues yet. */
export function isConverted(scene: string): boolean {
  return catalogues[scene]?.['en'] !== undefined;
}

/** The catalogue a page in `locale` uses for the scene, or undefined while the scene is unconverted. */
function catalogueFor(scene: string, locale: Locale): Catalogue | undefined {
  const own = catalogues[scene];
  if (!own?.['en']) return undefined;
  const c = own[locale];
  if (!c) throw new Error(`src/scenes/${scene}/messages/${locale}.json is missing. Fix: translate messages/en.json into it.`);
  return c;
}

const texts = new Map<string, SceneText>();
/** The scene's SceneText for `locale` (an unconverted scene's is empty: its layout does not read it). */
export function sceneText(scene: string, locale: Locale): SceneText {
  const k = `${scene}|${locale}`;
  let t = texts.get(k);
  if (!t) {
    const c = catalogueFor(scene, locale);
    texts.set(k, (t = c ? makeSceneText(locale, c) : makeSceneText('en', {})));
  }
  return t;
}

/** What the scene says outside its frames, in `locale`: title, steps' labels and notes, note, encodings, controls. */
export function sceneWords(scene: SceneModule, locale: Locale): SceneWords {
  return wordsOf(scene, sceneText(scene.name, locale));
}

/** The frame of a scene's own data at a step, in `locale`. */
export function frameOf(scene: SceneModule, stepId: string, size: Size, locale: Locale): Frame {
  const text = sceneText(scene.name, locale);
  return scene.layout(initialData(scene, text), stepId, size, text);
}

/**
 * The JSON a page puts in its live figure's `data-scene-text` attribute (an attribute, not an
 * inline <script>: the CSP and tests/e2e/security.spec.ts want every inline script hashed), read
 * back by src/client/mount-figure.ts. Undefined while the scene is unconverted.
 */
export function sceneTextPayload(scene: string, locale: Locale): string | undefined {
  const messages = catalogueFor(scene, locale);
  return messages && JSON.stringify({ locale, messages } satisfies SceneTextPayload);
}

const sourceIdsByScene = new Map<string, string[]>();
/** Every source id a scene's data table names, at any step (what the browser's tables must be able to name). */
export function tableSourceIds(scene: SceneModule): string[] {
  let ids = sourceIdsByScene.get(scene.name);
  if (!ids) {
    const found = new Set<string>();
    for (const step of scene.steps) {
      const { table } = frameOf(scene, step.id, sizeFor(scene, 'wide'), DEFAULT_LOCALE);
      table.columns.forEach((c, j) => {
        if (isSourceColumn(c)) for (const r of table.rows) for (const id of idsInCell(r[j] ?? '')) found.add(id);
      });
    }
    sourceIdsByScene.set(scene.name, (ids = [...found].sort()));
  }
  return ids;
}
