/** /oembed/<scene>.json: the oEmbed response for a scene's all-steps embed. */
import type { APIRoute } from 'astro';
import { localeOfParam, localeStaticPathsFor } from '../../../i18n/paths';
import { scenes } from '../../../scenes/registry';
import { oembedFor } from '../../../embed/oembed';
import { sceneThumbnail } from '../../../embed/thumbnails';

export const getStaticPaths = () => localeStaticPathsFor(Object.keys(scenes).map((scene) => ({ scene })));

export const GET: APIRoute = ({ params, site }) => {
  const scene = scenes[params.scene!]!;
  const base = import.meta.env.BASE_URL;
  const locale = localeOfParam(params.lang);
  const body = oembedFor(scene, undefined, base, site!, locale, sceneThumbnail(scene, base, site!, locale));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
};
