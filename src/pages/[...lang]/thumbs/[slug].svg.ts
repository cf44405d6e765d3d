/** /thumbs/<chapter>.svg (and /zh/…): the chapter's picture on the home page, a step of one of its figures alone, in the edition's language (src/lib/chapter-thumbs.ts). */
import type { APIRoute } from 'astro';
import { chapterUsage } from '../../../lib/chapter-usage';
import { HOME_FIGURE, pickThumbnails } from '../../../lib/chapter-thumbs';
import { stepThumbnailSvg } from '../../../downloads';
import { getScene } from '../../../scenes/registry';
import { LOCALES, type Locale } from '../../../i18n/locales';
import { langParam } from '../../../i18n/paths';

export async function getStaticPaths() {
  // The picks are made once, from the English chapters, so both editions show the same figure for a chapter.
  const english = await chapterUsage('en');
  const picks = pickThumbnails(english, [HOME_FIGURE]);
  const out = [];
  for (const locale of LOCALES)
    for (const c of await chapterUsage(locale)) {
      const pick = picks.get(c.slug);
      if (pick) out.push({ params: { lang: langParam(locale), slug: c.slug }, props: { scene: pick[0], step: pick[1], locale } });
    }
  return out;
}

export const GET: APIRoute = ({ props }) => {
  const { scene, step, locale } = props as { scene: string; step: string; locale: Locale };
  const t = stepThumbnailSvg(getScene(scene), step, locale);
  return new Response(t.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
