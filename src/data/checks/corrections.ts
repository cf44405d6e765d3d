/**
 * Build-time check of src/data/corrections.json (the public corrections log at
 * /corrections/): every entry has a date, what changed, why, the old wording and
 * known source ids. Throws a ContentError naming the file, the field and the fix.
 */
import { z } from 'zod';
import { parseOrThrow } from '../../lib/errors';
import { checkSourceIds, checkUniqueIds, sourceId } from '../sourced';
import correctionsJson from '../corrections.json';

const FILE = 'src/data/corrections.json';

export const correctionsSchema = z.object({
  notes: z.string(),
  entries: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date: YYYY-MM-DD'),
        what: z.string().min(20),
        why: z.string().min(10),
        /** Exact phrases of the old wording; a test checks none survives in the site's sources. */
        was: z.array(z.string().min(8)).min(1),
        sources: z.array(sourceId).min(1),
        pages: z.array(z.string().regex(/^\/[a-z0-9/-]*$/, 'a site path such as /chapters/benchmarks/')).min(1),
      }),
    )
    .min(1),
});
export type Corrections = z.infer<typeof correctionsSchema>;

export const corrections = parseOrThrow(
  correctionsSchema,
  correctionsJson,
  FILE,
  'each entry needs id, date (YYYY-MM-DD), what, why, was (old phrases), sources (ids) and pages (site paths).',
);
checkSourceIds(
  corrections.entries.map((e) => e.sources.map((source) => ({ source }))),
  FILE,
);
checkUniqueIds(corrections.entries, FILE, 'entries');
