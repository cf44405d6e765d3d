/**
 * Build-time check of src/data/claims.json (the claim-check scene and chapter 9):
 * every claim has a verdict from the allowed set, known source ids, a known group,
 * and every {fact.id} placeholder in its texts names a fact that exists. Throws a
 * ContentError naming the file, the field and the fix.
 */
import { z } from 'zod';
import { ContentError, parseOrThrow } from '../../lib/errors';
import sourcesJson from '../sources.json';
import { claimFactPool, claimsFile, placeholders, VERDICTS } from '../raw-claims';

const FILE = 'src/data/claims.json';
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');
const sourceIds = Object.keys(sourcesJson) as [string, ...string[]];

export const claimSchema = z.object({
  id: kebab,
  group: kebab,
  claim: z.string().min(8).max(120),
  short: z.string().min(3).max(36),
  verdict: z.enum(VERDICTS),
  verdictNote: z.string().min(3).max(30).optional(),
  says: z.string().min(20).max(320),
  saysShort: z.string().min(5).max(70),
  sources: z.array(z.enum(sourceIds, { error: (iss) => `unknown source id ${JSON.stringify(iss.input)}` })).min(1),
  where: z.string().min(3),
});

export const claimsSchema = z.object({
  notes: z.string(),
  verdicts: z.object(
    Object.fromEntries(VERDICTS.map((v) => [v, z.object({ label: z.string().min(3), symbol: z.string().min(1).max(2), meaning: z.string().min(10), short: z.string().min(10).max(40) })])) as Record<
      (typeof VERDICTS)[number],
      z.ZodObject<{ label: z.ZodString; symbol: z.ZodString; meaning: z.ZodString; short: z.ZodString }>
    >,
  ),
  groups: z.array(z.object({ id: kebab, label: z.string().min(3) })).min(1),
  claims: z.array(claimSchema).min(1),
});

export function checkClaims(value: unknown, pool = claimFactPool): void {
  const data = parseOrThrow(claimsSchema, value, FILE, 'each claim needs id, group, claim, short, verdict (correct | misleading | wrong | unverified), says, saysShort, sources (source ids) and where.');
  const groups = new Set(data.groups.map((g) => g.id));
  const seen = new Set<string>();
  data.claims.forEach((c, i) => {
    if (seen.has(c.id)) throw new ContentError(FILE, `claims.${i}.id`, `duplicate id "${c.id}"`, 'give each claim its own id.');
    seen.add(c.id);
    if (!groups.has(c.group)) throw new ContentError(FILE, `claims.${i}.group`, `unknown group "${c.group}"`, `use one of: ${[...groups].join(', ')}; or add it to "groups".`);
    for (const field of ['says', 'saysShort'] as const) {
      for (const id of placeholders(c[field])) {
        if (!pool[id]) throw new ContentError(FILE, `claims.${i}.${field}`, `unknown fact placeholder {${id}}`, 'use an id from src/data/facts/ or src/data/derived/ (e.g. {bench.aime.r1}), or add the fact there with its source.');
      }
    }
  });
  for (const g of groups) {
    if (!data.claims.some((c) => c.group === g)) throw new ContentError(FILE, 'groups', `group "${g}" has no claims`, 'remove the group or give it a claim.');
  }
}

checkClaims(claimsFile);
