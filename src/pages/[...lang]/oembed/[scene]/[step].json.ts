/** /oembed/<scene>/<step>.json: the oEmbed response for a scene opened at one step. */
import type { APIRoute } from 'astro';
import { LANG_TAG, LOCALES } from '../../../../i18n/locales';
import { langParam, localeOfParam, localePrefix } from '../../../../i18n/paths';
import { scenes } from '../../../../scenes/registry';
import { oembedFor } from '../../../../embed/oembed';
import { stepThumbnail } from '../../../../embed/thumbnails';

export function getStaticPaths() {
  return LOCALES.flatMap((l) => Object.entries(scenes).flatMap(([scene, s]) => s.steps.map((st) => ({ params: { lang: langParam(l), scene, step: st.id } }))));
}

const edition = (lang: string | undefined) => {
  const locale = localeOfParam(lang);
  return { locale, lang: LANG_TAG[locale], prefix: localePrefix(locale) };
};

export const GET: APIRoute = ({ params, site }) => {
  const scene = scenes[params.scene!]!;
  const base = import.meta.env.BASE_URL;
  return new Response(
    JSON.stringify(
      oembedFor(scene, params.step, base, site!, stepThumbnail(scene, params.step!, base, site!, localeOfParam(params.lang)), edition(params.lang)),
      null,
      2,
    ),
    {
      headers: { 'Content-Type': 'application/json+oembed' },
    },
  );
};
