/**
 * SVG -> PNG at build time with resvg and the site's own IBM Plex Sans (the subset TTFs
 * from scripts/fonts.mjs; system fonts are never loaded, so the PNG is the same on every
 * machine). Node only: imported by the download endpoints and tests, never by client code.
 */
import { Resvg } from '@resvg/resvg-js';
import { resvgFontOptions } from '../fonts/files';
import type { Locale } from '../i18n/locales';

/** Renders `svg` at `scale` times its size; a Chinese figure also loads the Chinese cut. */
export function svgToPng(svg: string, scale = 2, locale: Locale = 'en'): { png: Buffer; width: number; height: number } {
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: resvgFontOptions(locale),
    shapeRendering: 2,
    textRendering: 1,
  });
  const img = r.render();
  return { png: Buffer.from(img.asPng()), width: img.width, height: img.height };
}
