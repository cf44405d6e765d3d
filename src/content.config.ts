/**
 * Chapters: MDX files in content/chapters named NN-slug.mdx. The schema is the
 * contract for authors; a missing or wrong field fails the build naming the file
 * and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './chapters/schema';

const chapters = defineCollection({
  // CHAPTERS_DIR exists for the build-error tests, which build a folder of broken chapters.
  loader: glob({ base: process.env.CHAPTERS_DIR ?? './content/chapters', pattern: '[0-9][0-9]-*.mdx' }),
  schema: chapterSchema,
});

export const collections = { chapters };
