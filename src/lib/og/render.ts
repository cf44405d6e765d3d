/** SVG -> PNG with resvg, using only the bundled DejaVu fonts (same pixels on every machine). */
import { Resvg } from '@resvg/resvg-js';
import { ogFontFiles } from './fonts';

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: {
      loadSystemFonts: false,
      fontFiles: ogFontFiles(),
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
      serifFamily: 'DejaVu Serif',
    },
  });
  return resvg.render().asPng();
}
