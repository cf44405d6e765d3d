/**
 * SVG -> PNG at build time with resvg and the DejaVu fonts from node_modules (system
 * fonts are never loaded, so the PNG is byte-for-byte the same on every machine).
 * Node only: imported by the download endpoints and tests, never by client code.
 */
import { Resvg } from '@resvg/resvg-js';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

function fontFiles(): string[] {
  const dir = resolve(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf');
  if (!existsSync(dir)) throw new Error(`PNG downloads need the DejaVu fonts in ${dir}. Fix: npm install (dejavu-fonts-ttf is a dependency).`);
  return readdirSync(dir)
    .filter((f) => /^DejaVuSans(Condensed)?(-Bold|-Oblique|-BoldOblique)?\.ttf$/.test(f))
    .map((f) => join(dir, f));
}

let fonts: string[] | undefined;

/** Renders `svg` at `scale` times its size. */
export function svgToPng(svg: string, scale = 2): { png: Buffer; width: number; height: number } {
  fonts ??= fontFiles();
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
  });
  const img = r.render();
  return { png: Buffer.from(img.asPng()), width: img.width, height: img.height };
}
