/** /downloads/<scene>/<step>.png: the standalone SVG rendered at 2x by resvg at build time. */
import type { APIRoute } from 'astro';
import { scenes } from '../../../scenes/registry';
import { stepSvg } from '../../../downloads';
import { svgToPng } from '../../../downloads/png';
import { readerUrl } from '../../../lib/public-url';
import { STEP_PNG_SCALE } from '../../../embed/thumbnails';

export function getStaticPaths() {
  return Object.values(scenes).flatMap((s) => s.steps.map((st) => ({ params: { scene: s.name, step: st.id } })));
}

export const GET: APIRoute = ({ params }) => {
  const scene = scenes[params.scene!]!;
  const page = readerUrl(import.meta.env.BASE_URL, `/embed/${scene.name}/${params.step}/`);
  const { png } = svgToPng(stepSvg(scene, params.step!, page, 'en').svg, STEP_PNG_SCALE);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
