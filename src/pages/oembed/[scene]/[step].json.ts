/** /oembed/<scene>/<step>.json: the oEmbed response for a scene opened at one step. */
import type { APIRoute } from 'astro';
import { scenes } from '../../../scenes/registry';
import { oembedFor } from '../../../embed/oembed';

export function getStaticPaths() {
  return Object.entries(scenes).flatMap(([scene, s]) => s.steps.map((st) => ({ params: { scene, step: st.id } })));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(oembedFor(scenes[params.scene!]!, params.step, import.meta.env.BASE_URL, site!), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
