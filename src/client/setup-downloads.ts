/**
 * Downloads of a figure the reader has changed with its what-if controls. The files under
 * /downloads/ are built for R1's values; for a reader's setup the browser draws the same
 * standalone SVG (src/downloads/standalone-svg.ts, with the build's resolved styles from
 * /downloads/scene-styles.json) and the same CSV (src/downloads/csv.ts) from the figure's
 * current data. Loaded on the first such click only.
 */
import type { SceneModule } from '../scenes/contract';
import { sizeFor } from '../scenes/contract';
import type { SceneText } from '../scenes/kit/messages';
import { standaloneSvg } from '../downloads/standalone-svg';
import { stylesFromJson, type SceneStyles } from '../downloads/scene-css';
import { tableCsv } from '../downloads/csv';

let styles: Promise<SceneStyles> | undefined;
function stylesAt(url: string): Promise<SceneStyles> {
  styles ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json();
    })
    .then(stylesFromJson)
    .catch((e: unknown) => {
      styles = undefined;
      throw e;
    });
  return styles;
}

export interface SetupFileOptions {
  stylesUrl: string;
  /** The figure's source line, as under the figure and in the built files. */
  sourceLine: string;
  /** The page that shows this setup (its address carries the what-if query). */
  pageUrl: string;
  /** The site's name in the page's language, for the credit line. */
  siteName: string;
  /** The file's step line and title sentences in the page's language (FigureTools' data-file-lines). */
  lines: { step: string; title: string };
  /** The figure's words, in the page's language. */
  text: SceneText;
}

/** The file for `ext` ('svg' or 'csv') of `step`, drawn from `data` (the reader's setup). */
export async function setupFile(ext: 'svg' | 'csv', scene: SceneModule, data: unknown, step: string, o: SetupFileOptions): Promise<Blob> {
  const changed: SceneModule = { ...scene, data };
  if (ext === 'csv') return new Blob([tableCsv(changed.layout(data, step, sizeFor(changed, 'wide'), o.text).table)], { type: 'text/csv;charset=utf-8' });
  const { svg } = standaloneSvg(changed, step, await stylesAt(o.stylesUrl), {
    sourceLine: o.sourceLine,
    credit: `${o.siteName} · ${o.pageUrl}`,
    text: o.text,
    lines: o.lines,
  });
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

/** Saves a blob under `name` (an <a download> click: no new window, no request). */
export function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // After the browser has taken the file.
  window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
