/**
 * Build-time downloads for every step of every scene: the figure as a standalone
 * SVG and a 2x PNG (made from that SVG by resvg with the bundled DejaVu fonts, so
 * the file is the same on every machine), and the step's data table as CSV.
 * Served as static files by src/pages/downloads/[scene]/*.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SceneModule } from '../scenes/contract';
import { frameOf, sizeFor } from '../scenes/contract';
import { sources } from '../data';
import { checkNoteSource, checkTableSources } from '../data/source-cells';
import { SITE_TITLE } from '../consts';
import { collectSceneStyles, type SceneStyles } from './scene-css';
import { standaloneSvg, type Standalone } from './standalone-svg';

/** Build-time only (Node): the stylesheets are read from src/styles, as written. */
function readStyle(rel: string): string | undefined {
  const file = resolve(process.cwd(), 'src/styles', rel);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

let cached: SceneStyles | undefined;
/** The mark styles of global.css and every file it @imports. */
export function siteSceneStyles(): SceneStyles {
  if (cached) return cached;
  const read = (p: string) => {
    const text = readStyle(p);
    if (text === undefined) throw new Error(`src/styles/global.css: @import "${p}" not found (looked for src/styles/${p.replace(/^\.\//, '')}).`);
    return { file: `src/styles/${p.replace(/^\.\//, '')}`, text };
  };
  cached = collectSceneStyles(read('global.css'), read);
  return cached;
}

/** "Source: DeepSeek-R1 paper (DeepSeek-AI); …. Note." — as under the figure on the page. */
export function sourceLine(scene: SceneModule): string {
  const names = scene.sources.map((id) => {
    const s = sources[id];
    if (!s) throw new Error(`src/scenes/${scene.name}: sources: unknown source id "${id}". Fix: use an id from src/data/sources.json.`);
    return `${s.title} (${s.publisher}${s.date ? `, ${s.date}` : ''})`;
  });
  checkNoteSource(scene.noteSource, `src/scenes/${scene.name}/index.ts`);
  const noteSource = scene.noteSource ? ` (${sources[scene.noteSource]!.title})` : '';
  return `Source: ${names.join('; ')}.${scene.note ? ` ${scene.note}${noteSource}` : ''}`;
}

/** The data table of a step: exactly what SceneFigure's DataTable shows for it (the wide frame's table). */
export function stepTable(scene: SceneModule, step: string) {
  const table = frameOf(scene, step, sizeFor(scene, 'wide')).table;
  checkTableSources(table, `src/scenes/${scene.name} (step "${step}")`);
  return table;
}

/** The standalone SVG of a step; `pageUrl` is the absolute URL of the step's page (credit line). */
export function stepSvg(scene: SceneModule, step: string, pageUrl: string): Standalone {
  return standaloneSvg(scene, step, siteSceneStyles(), { sourceLine: sourceLine(scene), credit: `${SITE_TITLE} · ${pageUrl}` });
}

/** A thumbnail of the scene for the teaching page: the first step's figure alone. */
export function sceneThumbnailSvg(scene: SceneModule): Standalone {
  return standaloneSvg(scene, scene.steps[0]!.id, siteSceneStyles(), { sourceLine: '', credit: '', bare: true });
}

/** One step's figure alone, phone layout (no title, source or credit lines): a chapter's picture on the home page. */
export function stepThumbnailSvg(scene: SceneModule, step: string): Standalone {
  return standaloneSvg(scene, step, siteSceneStyles(), { sourceLine: '', credit: '', bare: true, variant: 'narrow' });
}

export { downloadPaths } from './paths';
