/** /oembed/<scene>.json: the oEmbed response for a scene's all-steps embed. */
import type { APIRoute } from 'astro';
import { scenes } from '../../scenes/registry';
import { oembedFor } from '../../embed/oembed';
import { sceneThumbnail } from '../../embed/thumbnails';

export function getStaticPaths() {
  return Object.keys(scenes).map((scene) => ({ params: { scene } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const scene = scenes[params.scene!]!;
  const base = import.meta.env.BASE_URL;
  return new Response(JSON.stringify(oembedFor(scene, undefined, base, site!, 'en', sceneThumbnail(scene, base, site!, 'en')), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
