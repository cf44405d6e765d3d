/** /oembed/<scene>/<step>.json: the oEmbed response for a scene opened at one step. */
import type { APIRoute } from 'astro';
import { localeOfParam, localeStaticPathsFor } from '../../../../i18n/paths';
import { scenes } from '../../../../scenes/registry';
import { oembedFor } from '../../../../embed/oembed';
import { stepThumbnail } from '../../../../embed/thumbnails';

export const getStaticPaths = () => localeStaticPathsFor(Object.entries(scenes).flatMap(([scene, s]) => s.steps.map((st) => ({ scene, step: st.id }))));

export const GET: APIRoute = ({ params, site }) => {
  const scene = scenes[params.scene!]!;
  const base = import.meta.env.BASE_URL;
  const locale = localeOfParam(params.lang);
  const body = oembedFor(scene, params.step, base, site!, locale, stepThumbnail(scene, params.step!, base, site!, locale));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
};
