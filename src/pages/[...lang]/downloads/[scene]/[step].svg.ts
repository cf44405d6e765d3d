/** /downloads/<scene>/<step>.svg (and /zh/…): the step's figure as a standalone SVG file in the edition's language (see src/downloads). */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n/locales';
import { localePath, localeStaticPathsFor } from '../../../../i18n/paths';
import { scenes } from '../../../../scenes/registry';
import { stepSvg } from '../../../../downloads';
import { readerUrl } from '../../../../lib/public-url';

export const getStaticPaths = () => localeStaticPathsFor(Object.values(scenes).flatMap((s) => s.steps.map((st) => ({ scene: s.name, step: st.id }))));

export const GET: APIRoute = ({ params, props }) => {
  const scene = scenes[params.scene!]!;
  const { locale } = props as { locale: Locale };
  const page = readerUrl(import.meta.env.BASE_URL, localePath(locale, `/embed/${scene.name}/${params.step}/`));
  return new Response(stepSvg(scene, params.step!, page, locale).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
