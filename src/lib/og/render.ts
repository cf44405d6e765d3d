/**
 * SVG -> PNG with resvg and only the site's own fonts (same pixels on every machine): IBM Plex
 * Sans, plus for a Chinese card the Noto Sans SC cut of every character the Chinese sources write.
 */
import { Resvg } from '@resvg/resvg-js';
import { resvgFontOptions } from '../../fonts/files';
import type { Locale } from '../../i18n/locales';

export function renderPng(svg: string, locale: Locale = 'en'): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: resvgFontOptions(locale) });
  return resvg.render().asPng();
}
