/** /oembed/<scene>.json: the oEmbed response for a scene's all-steps embed. */
import type { APIRoute } from 'astro';
import { scenes } from '../../scenes/registry';
import { oembedFor } from '../../embed/oembed';

export function getStaticPaths() {
  return Object.keys(scenes).map((scene) => ({ params: { scene } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(oembedFor(scenes[params.scene!]!, undefined, import.meta.env.BASE_URL, site!), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
