/**
 * Chapters: MDX files in content/chapters named NN-slug.mdx. The schema is the
 * contract for authors; a missing or wrong field fails the build naming the file
 * and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import sourcesJson from './data/sources.json';

const sourceIds = Object.keys(sourcesJson) as [string, ...string[]];

const chapters = defineCollection({
  loader: glob({ base: './content/chapters', pattern: '[0-9][0-9]-*.mdx' }),
  schema: z.object({
    /** The chapter's title, as in the table of contents. */
    title: z.string().min(3),
    /** One or two sentences for the home page, search results and link previews. */
    summary: z.string().min(20).max(300),
    /** Position in the reading order (1 = first). Must be unique. */
    order: z.number().int().positive(),
    /** Source ids (src/data/sources.json) the chapter draws on, listed under "Sources". */
    sources: z.array(z.enum(sourceIds, { error: (iss) => `unknown source id ${JSON.stringify(iss.input)}; use one of ${sourceIds.join(', ')}` })).min(1, 'list at least one source id'),
    /** What a student should be able to do after reading (teaching page). */
    learningGoals: z.array(z.string().min(10)).optional(),
    /** Discussion questions for class (teaching page). */
    discussion: z.array(z.string().min(10)).optional(),
    /** Check-your-understanding quiz with answers (teaching page). */
    quiz: z.array(z.object({ question: z.string().min(5), answer: z.string().min(2) })).optional(),
  }),
});

export const collections = { chapters };
