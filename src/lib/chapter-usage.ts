/**
 * What each chapter uses, as the remark plugin recorded it while compiling the
 * chapter (src/chapters/remark-chapter.ts): footnoted sources, glossary terms,
 * scenes, reading time. The home, glossary and sources pages read it from here.
 */
import { render } from 'astro:content';
import { chapterSlug, chaptersInOrder, type Chapter } from './chapters';
import { localeUrl } from '../consts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

export interface ChapterUsage {
  chapter: Chapter;
  slug: string;
  title: string;
  order: number;
  href: string;
  minutesRead: number;
  /** Source ids in footnote order: footnote n is citations[n - 1]. */
  citations: string[];
  /** Source ids the chapter's frontmatter lists. */
  sources: string[];
  terms: string[];
  scenes: string[];
  /** Scene name -> the first of its steps this chapter places (the anchor to link to). */
  firstSteps: Record<string, string>;
  /** Every [scene, step] the chapter shows, in page order. */
  placed: [string, string][];
}

const cache = new Map<Locale, Promise<ChapterUsage[]>>();

/** What each of `locale`'s chapters uses (only the chapters that exist in that language). */
export function chapterUsage(locale: Locale = DEFAULT_LOCALE): Promise<ChapterUsage[]> {
  if (import.meta.env.DEV) cache.clear(); // chapters change while writing
  const hit = cache.get(locale);
  if (hit) return hit;
  const made = (async () => {
    const chapters = await chaptersInOrder(locale);
    return Promise.all(
      chapters.map(async (chapter) => {
        const fm = (await render(chapter)).remarkPluginFrontmatter as Record<string, unknown>;
        const slug = chapterSlug(chapter);
        // The chapter's lead figure (frontmatter `lead`) comes first on the page.
        const lead = chapter.data.lead;
        const placed = [...(lead ? [[lead.scene, lead.step] as [string, string]] : []), ...((fm['placed'] as [string, string][] | undefined) ?? [])];
        const scenes = (fm['scenes'] as string[] | undefined) ?? [];
        return {
          chapter,
          slug,
          title: chapter.data.title,
          order: chapter.data.order,
          href: localeUrl(locale, `/chapters/${slug}/`),
          minutesRead: (fm['minutesRead'] as number | undefined) ?? 1,
          citations: (fm['citations'] as string[] | undefined) ?? [],
          sources: chapter.data.sources,
          terms: (fm['terms'] as string[] | undefined) ?? [],
          scenes: lead && !scenes.includes(lead.scene) ? [lead.scene, ...scenes] : scenes,
          firstSteps: { ...(lead && { [lead.scene]: lead.step }), ...((fm['firstSteps'] as Record<string, string> | undefined) ?? {}) },
          placed,
        };
      }),
    );
  })();
  cache.set(locale, made);
  return made;
}
