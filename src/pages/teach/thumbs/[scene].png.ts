/** /teach/thumbs/<scene>.png: a 480 px wide thumbnail of the scene's first step, made at build time. */
import type { APIRoute } from 'astro';
import { scenes } from '../../../scenes/registry';
import { sceneThumbnailSvg } from '../../../downloads';
import { svgToPng } from '../../../downloads/png';
import { THUMB_WIDTH } from '../../../embed/thumbnails';

export function getStaticPaths() {
  return Object.keys(scenes).map((scene) => ({ params: { scene } }));
}

export const GET: APIRoute = ({ params }) => {
  const t = sceneThumbnailSvg(scenes[params.scene!]!, 'en');
  const { png } = svgToPng(t.svg, THUMB_WIDTH / t.width);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
