import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from './errors';

export type Chapter = CollectionEntry<'chapters'>;

/** "01-meet-r1" -> "meet-r1" (the URL slug). */
export function chapterSlug(c: Chapter): string {
  return c.id.replace(/^\d\d-/, '');
}

/** All chapters in reading order; duplicate `order` values fail the build. */
export async function chaptersInOrder(): Promise<Chapter[]> {
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
