/** Open Graph images, rendered at build time from an SVG card (src/lib/og): each edition's, in its language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chapterSlug, chaptersInOrder } from '../../lib/chapters';
import { editionCards } from '../../lib/og/cards';
import { ogCardSvg, type OgCard } from '../../lib/og/card';
import { lightPalette, sceneCss } from '../../lib/og/theme';
import { renderPng } from '../../lib/og/render';
import { LOCALES } from '../../i18n/locales';

export const getStaticPaths = (async () => {
  const cards: Record<string, OgCard> = {};
  for (const locale of LOCALES) {
    // Only the chapters this edition has (a chapter not translated yet has no page in it).
    const chapters = (await chaptersInOrder(locale)).map((c) => ({
      slug: chapterSlug(c),
      order: c.data.order,
      title: c.data.title,
      summary: c.data.summary,
      body: c.body,
    }));
    Object.assign(cards, editionCards(locale, chapters));
  }
  return Object.entries(cards).map(([path, card]) => ({ params: { path: path.replace(/^og\//, '').replace(/\.png$/, '') }, props: { card } }));
}) satisfies GetStaticPaths;

let style: { palette: Record<string, string>; css: string } | undefined;

export const GET: APIRoute = ({ props }) => {
  style ??= { palette: lightPalette(), css: sceneCss() };
  const { card } = props as { card: OgCard };
  const png = renderPng(ogCardSvg(card, style.palette, style.css), card.locale);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
