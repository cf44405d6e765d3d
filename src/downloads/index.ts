/**
 * Build-time downloads for every step of every scene: the figure as a standalone
 * SVG and a 2x PNG (made from that SVG by resvg with the site's own IBM Plex Sans, so
 * the file is the same on every machine), and the step's data table as CSV.
 * Served as static files by src/pages/downloads/[scene]/*.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SceneModule } from '../scenes/contract';
import { sizeFor } from '../scenes/contract';
import { frameOf, sceneText, sceneWords } from '../scenes/words';
import type { Locale } from '../i18n/locales';
import { sources } from '../data';
import { checkNoteSource, checkTableSources } from '../data/source-cells';
import { t } from '../i18n/t';
import { collectSceneStyles, type CssFile, type SceneStyles } from './scene-css';
import { cssVars } from '../styles/tokens';
import { standaloneSvg, type Standalone } from './standalone-svg';

/** Build-time only (Node): the stylesheets are read as written. */
function readStyle(rel: string): string | undefined {
  const file = resolve(process.cwd(), 'src/styles', rel);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Each scene's src/scenes/<name>/style.css, in name order (what src/scenes/styles.ts bundles). */
export function sceneStyleFiles(): CssFile[] {
  const dir = resolve(process.cwd(), 'src/scenes');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'style.css')))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ file: `src/scenes/${name}/style.css`, text: readFileSync(join(dir, name, 'style.css'), 'utf8') }));
}

let cached: SceneStyles | undefined;
/**
 * The mark styles of the scenes' style.css files and of global.css (and its @imports), in
 * the order the page loads them, in the light palette of src/styles/tokens.ts.
 */
export function siteSceneStyles(): SceneStyles {
  if (cached) return cached;
  const read = (p: string) => {
    const text = readStyle(p);
    if (text === undefined) throw new Error(`src/styles/global.css: @import "${p}" not found (looked for src/styles/${p.replace(/^\.\//, '')}).`);
    return { file: `src/styles/${p.replace(/^\.\//, '')}`, text };
  };
  cached = collectSceneStyles([...sceneStyleFiles(), read('global.css')], read, cssVars('light'));
  return cached;
}

/** "Source: DeepSeek-R1 paper (DeepSeek-AI); …. Note." — as under the figure on the page, in `locale`'s words. */
export function sourceLine(scene: SceneModule, locale: Locale): string {
  const { note } = sceneWords(scene, locale);
  const names = scene.sources.map((id) => {
    const s = sources[id];
    if (!s) throw new Error(`src/scenes/${scene.name}: sources: unknown source id "${id}". Fix: use an id from src/data/sources.json.`);
    return `${s.title}${t(locale, 'paren', { text: s.date ? `${s.publisher}${t(locale, 'list.sep')}${s.date}` : s.publisher })}`;
  });
  checkNoteSource(scene.noteSource, `src/scenes/${scene.name}/index.ts`);
  const noteSource = scene.noteSource ? t(locale, 'paren', { text: sources[scene.noteSource]!.title }) : '';
  const line = t(locale, 'download.sources', { list: names.join(t(locale, 'download.sourceSep')) });
  return note ? `${line}${t(locale, 'download.note', { note: `${note}${noteSource}` })}` : line;
}

/** The data table of a step: exactly what SceneFigure's DataTable shows for it (the wide frame's table). */
export function stepTable(scene: SceneModule, step: string, locale: Locale) {
  const table = frameOf(scene, step, sizeFor(scene, 'wide'), locale).table;
  checkTableSources(table, `src/scenes/${scene.name} (step "${step}")`);
  return table;
}

/** The standalone SVG of a step; `pageUrl` is the absolute URL of the step's page (credit line). */
export function stepSvg(scene: SceneModule, step: string, pageUrl: string, locale: Locale): Standalone {
  return standaloneSvg(scene, step, siteSceneStyles(), {
    sourceLine: sourceLine(scene, locale),
    credit: `${t(locale, 'site.title')} · ${pageUrl}`,
    text: sceneText(scene.name, locale),
    lines: fileLines(locale),
  });
}

/** A downloaded file's own sentences in `locale` (its step line and its title), for standaloneSvg. */
export function fileLines(locale: Locale): { step: string; title: string } {
  // The placeholders stay for standaloneSvg (which also runs in the browser for a what-if setup) to fill.
  const keep = { pos: '{pos}', count: '{count}', label: '{label}', title: '{title}' };
  return { step: t(locale, 'download.stepLine', keep), title: t(locale, 'download.title', keep) };
}

/** A thumbnail of the scene for the teaching page: the first step's figure alone. */
export function sceneThumbnailSvg(scene: SceneModule, locale: Locale): Standalone {
  return standaloneSvg(scene, scene.steps[0]!.id, siteSceneStyles(), {
    sourceLine: '',
    credit: '',
    bare: true,
    text: sceneText(scene.name, locale),
    lines: fileLines(locale),
  });
}

/** One step's figure alone, phone layout (no title, source or credit lines): a chapter's picture on the home page. */
export function stepThumbnailSvg(scene: SceneModule, step: string, locale: Locale): Standalone {
  return standaloneSvg(scene, step, siteSceneStyles(), {
    sourceLine: '',
    credit: '',
    bare: true,
    variant: 'narrow',
    text: sceneText(scene.name, locale),
    lines: fileLines(locale),
  });
}

export { downloadPaths } from './paths';
