/**
 * The chapter frontmatter schema (content/chapters/NN-slug.mdx): the contract for
 * authors. Used by the content collection (src/content.config.ts), so a missing or
 * wrong field fails the build naming the file and the field, and by the content
 * tests (tests/content/site.test.ts), which check every chapter without a build.
 */
import { z } from 'astro/zod';
import sourcesJson from '../data/sources.json';

const sourceIds = Object.keys(sourcesJson) as [string, ...string[]];

/** "missing: add …" for an absent field, so the author sees the fix, not just "Required". */
const need = (fix: string) => ({
  error: (iss: { input?: unknown }) => (iss.input === undefined ? `missing. Fix: ${fix}` : `invalid (${JSON.stringify(iss.input)}). Fix: ${fix}`),
});

export const chapterSchema = z.object({
  /** The chapter's title, as in the table of contents. */
  title: z.string(need('add `title: "…"` to the frontmatter.')).min(3),
  /** One or two sentences for the home page, search results and link previews. */
  summary: z.string(need('add `summary: "…"` (one or two sentences, 20-300 characters) to the frontmatter.')).min(20).max(300),
  /** Position in the reading order (1 = first). Must be unique. */
  order: z.number(need('add `order: N` (the chapter number, as in the file name NN-slug.mdx).')).int().positive(),
  /** Optional: a still figure under the title (one step of a scene), so the chapter opens on a picture. Scene and step are checked when the page is built (LeadFigure.astro). */
  lead: z
    .object({ scene: z.string().regex(/^[a-z0-9-]+$/), step: z.string().regex(/^[a-z0-9-]+$/) }, need('write `lead: { scene: <scene>, step: <step id> }`.'))
    .optional(),
  /** Source ids (src/data/sources.json) the chapter draws on, listed under "Sources". */
  sources: z
    .array(
      z.enum(sourceIds, { error: (iss) => `unknown source id ${JSON.stringify(iss.input)}; use one of ${sourceIds.join(', ')}` }),
      need('add `sources: [R1_PAPER, …]` with ids from src/data/sources.json.'),
    )
    .min(1, 'list at least one source id'),
  /** What a student should be able to do after reading (teaching page, handout). Required: every chapter has a teaching page entry. */
  learningGoals: z
    .array(z.string().min(10), need('add `learningGoals:` with 2 to 5 items ("Explain …", "Tell … apart") for the teaching page.'))
    .min(2, 'give at least 2 learning goals')
    .max(6, 'keep it to at most 6 learning goals (the handout is one page)'),
  /** Two or three discussion questions for class (teaching page, handout). */
  discussion: z
    .array(z.string().min(10), need('add `discussion:` with 2 or 3 open questions for class.'))
    .min(2, 'give at least 2 discussion questions')
    .max(4, 'keep it to at most 4 discussion questions (the handout is one page)'),
  /** Check-your-understanding quiz with answers (teaching page, handout). */
  quiz: z
    .array(
      z.object({ question: z.string().min(5), answer: z.string().min(2) }),
      need('add `quiz:` with 2 to 5 items, each `- question: "…"` and `answer: "…"`.'),
    )
    .min(2, 'give at least 2 quiz questions')
    .max(6, 'keep it to at most 6 quiz questions (the handout is one page)'),
  /** A translation's English revision (src/i18n/revision.ts); English chapters leave it out. */
  translationOf: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'write the 12 hex digits of revisionOf(the English chapter file)')
    .optional(),
});

/** A translated chapter (content/<lang>/chapters/): the same fields, and `translationOf` is required. */
export const translatedChapterSchema = chapterSchema.extend({
  translationOf: z
    .string(need('add `translationOf: "<12 hex digits>"`, the revision of the English chapter this translates (README, "Adding a language").'))
    .regex(/^[0-9a-f]{12}$/, 'write the 12 hex digits of revisionOf(the English chapter file)'),
});
