/** /downloads/<scene>/<step>.csv: the step's data table (the one under the figure) as CSV. */
import type { APIRoute } from 'astro';
import { scenes } from '../../../scenes/registry';
import { stepTable } from '../../../downloads';
import { tableCsv } from '../../../downloads/csv';

export function getStaticPaths() {
  return Object.values(scenes).flatMap((s) => s.steps.map((st) => ({ params: { scene: s.name, step: st.id } })));
}

export const GET: APIRoute = ({ params }) => {
  const scene = scenes[params.scene!]!;
  return new Response(tableCsv(stepTable(scene, params.step!, 'en')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
