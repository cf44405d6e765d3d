/** /oembed/<scene>.json: the oEmbed response for a scene's all-steps embed. */
import type { APIRoute } from 'astro';
import { LANG_TAG, LOCALES } from '../../../i18n/locales';
import { langParam, localeOfParam, localePrefix } from '../../../i18n/paths';
import { scenes } from '../../../scenes/registry';
import { oembedFor } from '../../../embed/oembed';
import { sceneThumbnail } from '../../../embed/thumbnails';

export function getStaticPaths() {
  return LOCALES.flatMap((l) => Object.keys(scenes).map((scene) => ({ params: { lang: langParam(l), scene } })));
}

const edition = (lang: string | undefined) => {
  const locale = localeOfParam(lang);
  return { locale, lang: LANG_TAG[locale], prefix: localePrefix(locale) };
};

export const GET: APIRoute = ({ params, site }) => {
  const scene = scenes[params.scene!]!;
  const base = import.meta.env.BASE_URL;
  return new Response(
    JSON.stringify(oembedFor(scene, undefined, base, site!, sceneThumbnail(scene, base, site!, localeOfParam(params.lang)), edition(params.lang)), null, 2),
    {
      headers: { 'Content-Type': 'application/json+oembed' },
    },
  );
};
