/** /teach/thumbs/<scene>.png (and /zh/…): a 480 px wide thumbnail of the scene's first step in the edition's language, made at build time. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n/locales';
import { localeStaticPathsFor } from '../../../../i18n/paths';
import { scenes } from '../../../../scenes/registry';
import { sceneThumbnailSvg } from '../../../../downloads';
import { svgToPng } from '../../../../downloads/png';
import { THUMB_WIDTH } from '../../../../embed/thumbnails';

export const getStaticPaths = () => localeStaticPathsFor(Object.keys(scenes).map((scene) => ({ scene })));

export const GET: APIRoute = ({ params, props }) => {
  const { locale } = props as { locale: Locale };
  const t = sceneThumbnailSvg(scenes[params.scene!]!, locale);
  const { png } = svgToPng(t.svg, THUMB_WIDTH / t.width, locale);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
