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
  /** The key of the verdict's `criteria` this claim meets. */
  meets: kebab,
  /** Wrong: the primary source that says otherwise, and where. */
  contradictedBy: z
    .object({ source: z.enum(sourceIds, { error: (iss) => `unknown source id ${JSON.stringify(iss.input)}` }), where: z.string().min(10) })
    .optional(),
  /** Unverified: what we searched, so a reader can take the search further. */
  searched: z.string().min(30).optional(),
});

const verdictSchema = z.object({
  label: z.string().min(3),
  symbol: z.string().min(1).max(2),
  meaning: z.string().min(10),
  short: z.string().min(10).max(40),
  /** The ways a claim can earn this verdict, each with its definition. */
  criteria: z.record(kebab, z.string().min(20)),
});

export const claimsSchema = z.object({
  notes: z.string(),
  verdicts: z.object(Object.fromEntries(VERDICTS.map((v) => [v, verdictSchema])) as Record<(typeof VERDICTS)[number], typeof verdictSchema>),
  groups: z.array(z.object({ id: kebab, label: z.string().min(3) })).min(1),
  claims: z.array(claimSchema).min(1),
});

const kindOf = (id: string) => (sourcesJson as Record<string, { kind: string }>)[id]?.kind;

/**
 * A verdict is only as good as what backs it. Each claim names the criterion of its
 * verdict it meets, and carries what that verdict needs:
 *  - correct: a primary source among its sources (the figure is the source's own);
 *  - misleading: the real figure, as a {fact.id} in `says` (so the reader can compare);
 *  - wrong: `contradictedBy`, a primary source and where it says otherwise;
 *  - unverified: `searched`, what we looked in, and no `contradictedBy` (a contradiction would make it wrong).
 */
export function checkVerdictFits(c: z.infer<typeof claimSchema>, i: number, verdicts: z.infer<typeof claimsSchema>['verdicts']): void {
  const at = (field: string) => `claims.${i}.${field} (${c.id})`;
  const criteria = verdicts[c.verdict].criteria;
  if (!(c.meets in criteria)) {
    throw new ContentError(
      FILE,
      at('meets'),
      `"${c.meets}" is not a criterion of the verdict "${c.verdict}"`,
      `use one of: ${Object.keys(criteria).join(', ')} (verdicts.${c.verdict}.criteria), or change the verdict.`,
    );
  }
  switch (c.verdict) {
    case 'correct':
      if (!c.sources.some((s) => kindOf(s) === 'primary'))
        throw new ContentError(
          FILE,
          at('sources'),
          'a "correct" verdict names no primary source',
          'cite the primary source that gives the figure, or choose another verdict.',
        );
      break;
    case 'misleading':
      if (placeholders(c.says).length === 0)
        throw new ContentError(
          FILE,
          at('says'),
          'a "misleading" verdict does not show the real figure',
          'put the real figure in "says" as a {fact.id} placeholder.',
        );
      break;
    case 'wrong':
      if (!c.contradictedBy)
        throw new ContentError(
          FILE,
          at('contradictedBy'),
          'a "wrong" verdict needs the source that contradicts the claim',
          'add contradictedBy: { source, where } naming a primary source, or choose "unverified" if no source says otherwise.',
        );
      if (kindOf(c.contradictedBy.source) !== 'primary')
        throw new ContentError(
          FILE,
          at('contradictedBy.source'),
          `"${c.contradictedBy.source}" is not a primary source`,
          'only a primary source can make a claim "wrong"; with a secondary one, the verdict is "misleading" or "unverified".',
        );
      break;
    case 'unverified':
      if (!c.searched)
        throw new ContentError(
          FILE,
          at('searched'),
          'an "unverified" verdict does not say what was searched',
          'add searched: the documents we looked in for the figure.',
        );
      if (c.contradictedBy)
        throw new ContentError(
          FILE,
          at('contradictedBy'),
          'an "unverified" claim names a source that contradicts it',
          'if a primary source says otherwise, the verdict is "wrong".',
        );
      break;
  }
}

export function checkClaims(value: unknown, pool = claimFactPool): void {
  const data = parseOrThrow(
    claimsSchema,
    value,
    FILE,
    'each claim needs id, group, claim, short, verdict (correct | misleading | wrong | unverified), says, saysShort, sources (source ids) and where.',
  );
  const groups = new Set(data.groups.map((g) => g.id));
  const seen = new Set<string>();
  data.claims.forEach((c, i) => {
    if (seen.has(c.id)) throw new ContentError(FILE, `claims.${i}.id`, `duplicate id "${c.id}"`, 'give each claim its own id.');
    seen.add(c.id);
    if (!groups.has(c.group))
      throw new ContentError(FILE, `claims.${i}.group`, `unknown group "${c.group}"`, `use one of: ${[...groups].join(', ')}; or add it to "groups".`);
    checkVerdictFits(c, i, data.verdicts);
    for (const field of ['says', 'saysShort'] as const) {
      for (const id of placeholders(c[field])) {
        if (!pool[id])
          throw new ContentError(
            FILE,
            `claims.${i}.${field}`,
            `unknown fact placeholder {${id}}`,
            'use an id from src/data/facts/ or src/data/derived/ (e.g. {bench.aime.r1}), or add the fact there with its source.',
          );
      }
    }
  });
  for (const g of groups) {
    if (!data.claims.some((c) => c.group === g)) throw new ContentError(FILE, 'groups', `group "${g}" has no claims`, 'remove the group or give it a claim.');
  }
}

checkClaims(claimsFile);
