/** /downloads/<scene>/<step>.csv (and /zh/…): the step's data table (the one under the figure) as CSV, in the edition's language. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n/locales';
import { localeStaticPathsFor } from '../../../../i18n/paths';
import { scenes } from '../../../../scenes/registry';
import { stepTable } from '../../../../downloads';
import { tableCsv } from '../../../../downloads/csv';

export const getStaticPaths = () => localeStaticPathsFor(Object.values(scenes).flatMap((s) => s.steps.map((st) => ({ scene: s.name, step: st.id }))));

export const GET: APIRoute = ({ params, props }) => {
  const scene = scenes[params.scene!]!;
  const { locale } = props as { locale: Locale };
  return new Response(tableCsv(stepTable(scene, params.step!, locale)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
