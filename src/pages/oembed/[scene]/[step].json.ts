/** /oembed/<scene>/<step>.json: the oEmbed response for a scene opened at one step. */
import type { APIRoute } from 'astro';
import { scenes } from '../../../scenes/registry';
import { oembedFor } from '../../../embed/oembed';
import { stepThumbnail } from '../../../embed/thumbnails';

export function getStaticPaths() {
  return Object.entries(scenes).flatMap(([scene, s]) => s.steps.map((st) => ({ params: { scene, step: st.id } })));
}

export const GET: APIRoute = ({ params, site }) => {
  const scene = scenes[params.scene!]!;
  const base = import.meta.env.BASE_URL;
  return new Response(JSON.stringify(oembedFor(scene, params.step, base, site!, 'en', stepThumbnail(scene, params.step!, base, site!, 'en')), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
