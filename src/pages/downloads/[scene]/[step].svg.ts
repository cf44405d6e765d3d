/** /downloads/<scene>/<step>.svg: the step's figure as a standalone SVG file (see src/downloads). */
import type { APIRoute } from 'astro';
import { scenes } from '../../../scenes/registry';
import { stepSvg } from '../../../downloads';
import { readerUrl } from '../../../lib/public-url';

export function getStaticPaths() {
  return Object.values(scenes).flatMap((s) => s.steps.map((st) => ({ params: { scene: s.name, step: st.id } })));
}

export const GET: APIRoute = ({ params }) => {
  const scene = scenes[params.scene!]!;
  const page = readerUrl(import.meta.env.BASE_URL, `/embed/${scene.name}/${params.step}/`);
  return new Response(stepSvg(scene, params.step!, page, 'en').svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
