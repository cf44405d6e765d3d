import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from './errors';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

/** A chapter in any language: English (content/chapters/) or a translation (content/<lang>/chapters/, same file name). */
export type Chapter = CollectionEntry<'chapters'> | CollectionEntry<'chaptersZh'>;

/** The content collection holding `locale`'s chapters. */
const COLLECTION = { en: 'chapters', zh: 'chaptersZh' } as const satisfies Record<Locale, string>;

/** The folder a locale's chapters live in, for messages. */
export function chapterFolder(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? 'content/chapters' : `content/${locale}/chapters`;
}

/** "01-meet-r1" -> "meet-r1" (the URL slug). */
export function chapterSlug(c: Chapter): string {
  return c.id.replace(/^\d\d-/, '');
}

/** All English chapters in reading order; duplicate `order` values fail the build. */
async function englishInOrder(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  const seen = new Map<number, string>();
  for (const c of all) {
    const other = seen.get(c.data.order);
    if (other)
      throw new ContentError(
        `content/chapters/${c.id}.mdx`,
        'order',
        `order ${c.data.order} is also used by ${other}.mdx`,
        'give each chapter a unique order number.',
      );
    seen.set(c.data.order, c.id);
  }
  return all.sort((a, b) => a.data.order - b.data.order);
}

/**
 * A locale's chapters in reading order. A translation must have an English twin of the same file
 * name and the same `order`; chapters not yet translated are simply absent (src/i18n/status.ts lists them).
 */
export async function chaptersInOrder(locale: Locale = DEFAULT_LOCALE): Promise<Chapter[]> {
  const english = await englishInOrder();
  if (locale === DEFAULT_LOCALE) return english;
  const byId = new Map(english.map((c) => [c.id, c]));
  const translated = await getCollection(COLLECTION[locale]);
  for (const c of translated) {
    const twin = byId.get(c.id);
    const file = `${chapterFolder(locale)}/${c.id}.mdx`;
    if (!twin) throw new ContentError(file, 'file name', 'no English chapter has this file name', `name it as its English original in content/chapters/.`);
    if (twin.data.order !== c.data.order)
      throw new ContentError(file, 'order', `order ${c.data.order} differs from the English chapter's ${twin.data.order}`, `keep order: ${twin.data.order}.`);
  }
  return translated.sort((a, b) => a.data.order - b.data.order);
}
