/** Open Graph images, rendered at build time from an SVG card (src/lib/og). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCards } from '../../lib/og/cards';
import { ogCardSvg, type OgCard } from '../../lib/og/card';
import { lightPalette, sceneCss } from '../../lib/og/theme';
import { renderPng } from '../../lib/og/render';

export const getStaticPaths = (async () => {
  const cards = await ogCards();
  return Object.entries(cards).map(([path, card]) => ({ params: { path: path.replace(/^og\//, '').replace(/\.png$/, '') }, props: { card } }));
}) satisfies GetStaticPaths;

let style: { palette: Record<string, string>; css: string } | undefined;

export const GET: APIRoute = ({ props }) => {
  style ??= { palette: lightPalette(), css: sceneCss() };
  const png = renderPng(ogCardSvg((props as { card: OgCard }).card, style.palette, style.css));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
