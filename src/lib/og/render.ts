/** SVG -> PNG with resvg, using only the site's own IBM Plex Sans (same pixels on every machine). */
import { Resvg } from '@resvg/resvg-js';
import { resvgFontOptions } from '../../fonts/files';

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: resvgFontOptions() });
  return resvg.render().asPng();
}
