/**
 * Schemas for every data file under src/data. A number without a source does not
 * parse, so it cannot reach a page.
 */
import { z } from 'zod';

export const sourceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url(),
  /** When the document was published or read (ISO date, or year-month). */
  date: z.string().min(4),
  /** primary = DeepSeek's own papers and repositories; secondary = press and third parties. */
  kind: z.enum(['primary', 'secondary']),
  /** The full reference as compiled in the fact sheet (commit, section, how it was read). */
  citation: z.string().min(1),
  /**
   * The document we actually read, when the source itself could not be opened (a press
   * report of a paper's supplement, say). The source stays the document the figures
   * come from; `via` says, on every page that cites it, how we read it.
   */
  via: z
    .object({
      text: z.string().min(10),
      publisher: z.string().min(1),
      url: z.url(),
      also: z.array(z.url()).optional(),
    })
    .optional(),
});
export const sourcesSchema = z.record(z.string().regex(/^[A-Z0-9_]+$/), sourceSchema);
export type Source = z.infer<typeof sourceSchema>;

export const benchmarkUnit = z.enum(['percent', 'percentile', 'rating']);
export type BenchmarkUnit = z.infer<typeof benchmarkUnit>;

export const benchmarksSchema = z.object({
  source: z.string().min(1),
  sourceDetail: z.string().min(1),
  notes: z.string(),
  models: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string().min(1),
        /** The column name used in the source table. */
        sourceName: z.string().min(1),
        maker: z.string().min(1),
      }),
    )
    .min(2),
  rows: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      category: z.string().min(1),
      benchmark: z.string().min(1),
      metric: z.string().min(1),
      unit: benchmarkUnit,
      /** model id -> value; null where the source reports none ("-"). */
      values: z.record(z.string(), z.number().nullable()),
      note: z.string().optional(),
    }),
  ),
});
export type Benchmarks = z.infer<typeof benchmarksSchema>;

/**
 * A named figure that prose cites with <Fact id="…" />. `format` is a d3-format
 * specifier; prefix/suffix carry the unit as the reader sees it.
 */
export const factSchema = z.object({
  value: z.union([z.number(), z.string().min(1)]),
  format: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  /** Id into sources.json. Required: a figure without a source fails the build. */
  source: z.string().regex(/^[A-Z0-9_]+$/, 'must be a source id from src/data/sources.json'),
  /** Where in the source (section, table). */
  where: z.string().optional(),
  note: z.string().optional(),
  /**
   * A text fact computed in code (src/data/derived/) names where its words are in a data file,
   * "<path under src/data/>#<key.path>", so each edition shows that place's translation.
   */
  words: z
    .string()
    .regex(/^[a-z0-9/-]+\.json#[A-Za-z0-9_.-]+$/, 'must be "<file under src/data/>.json#<key.path>"')
    .optional(),
});
export const factsSchema = z.record(z.string().regex(/^[a-z0-9]+(\.[a-zA-Z0-9-]+)+$/), factSchema);
export type Fact = z.infer<typeof factSchema>;

export const glossarySchema = z.record(
  z.string().regex(/^[a-z0-9-]+$/),
  z.object({
    term: z.string().min(1),
    definition: z.string().min(10),
    source: z.string().optional(),
  }),
);
export type GlossaryEntry = z.infer<typeof glossarySchema>[string];
