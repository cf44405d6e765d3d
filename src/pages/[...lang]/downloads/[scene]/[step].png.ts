/** /downloads/<scene>/<step>.png (and /zh/…): the standalone SVG rendered at 2x by resvg at build time, with the edition's fonts. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n/locales';
import { localePath, localeStaticPathsFor } from '../../../../i18n/paths';
import { scenes } from '../../../../scenes/registry';
import { stepSvg } from '../../../../downloads';
import { svgToPng } from '../../../../downloads/png';
import { readerUrl } from '../../../../lib/public-url';
import { STEP_PNG_SCALE } from '../../../../embed/thumbnails';

export const getStaticPaths = () => localeStaticPathsFor(Object.values(scenes).flatMap((s) => s.steps.map((st) => ({ scene: s.name, step: st.id }))));

export const GET: APIRoute = ({ params, props }) => {
  const scene = scenes[params.scene!]!;
  const { locale } = props as { locale: Locale };
  const page = readerUrl(import.meta.env.BASE_URL, localePath(locale, `/embed/${scene.name}/${params.step}/`));
  const { png } = svgToPng(stepSvg(scene, params.step!, page, locale).svg, STEP_PNG_SCALE, locale);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
