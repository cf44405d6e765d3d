/** /thumbs/<chapter>.svg: the chapter's picture on the home page, a step of one of its figures alone (src/lib/chapter-thumbs.ts). */
import type { APIRoute } from 'astro';
import { chapterUsage } from '../../lib/chapter-usage';
import { HOME_FIGURE, pickThumbnails } from '../../lib/chapter-thumbs';
import { stepThumbnailSvg } from '../../downloads';
import { getScene } from '../../scenes/registry';

export async function getStaticPaths() {
  const chapters = await chapterUsage();
  const picks = pickThumbnails(chapters, [HOME_FIGURE]);
  return chapters.flatMap((c) => {
    const pick = picks.get(c.slug);
    return pick ? [{ params: { slug: c.slug }, props: { scene: pick[0], step: pick[1] } }] : [];
  });
}

export const GET: APIRoute = ({ props }) => {
  const t = stepThumbnailSvg(getScene(props['scene'] as string), props['step'] as string, 'en');
  return new Response(t.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
