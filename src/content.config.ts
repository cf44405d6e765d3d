/**
 * Chapters: MDX files in content/chapters named NN-slug.mdx (English), and their Chinese
 * translations in content/zh/chapters/ under the same file names. The schema is the contract
 * for authors; a missing or wrong field fails the build naming the file and the field. A
 * Chinese chapter must say which English revision it translates (`translationOf`); the
 * Chinese folder may be empty or partial: only translated chapters get a /zh/ page.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, translatedChapterSchema } from './chapters/schema';

const pattern = '[0-9][0-9]-*.mdx';

const chapters = defineCollection({
  // CHAPTERS_DIR exists for the build-error tests, which build a folder of broken chapters.
  loader: glob({ base: process.env.CHAPTERS_DIR ?? './content/chapters', pattern }),
  schema: chapterSchema,
});

const chaptersZh = defineCollection({
  loader: glob({ base: process.env.ZH_CHAPTERS_DIR ?? './content/zh/chapters', pattern }),
  schema: translatedChapterSchema,
});

export const collections = { chapters, chaptersZh };
