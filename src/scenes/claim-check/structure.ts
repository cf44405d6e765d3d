/**
 * The claim-check figure's structure, as `npm run data` stores it (src/data/generated/claims-structure.json):
 * what the figure takes from src/data/claims.json apart from words. Imports nothing but types, so
 * scripts/make-data.mjs runs it under Node as it is.
 */
import type { ClaimsFile, Verdict } from '../../data/raw-claims';

export type { Verdict };

export interface ClaimRow {
  id: string;
  group: string;
  verdict: Verdict;
  /** Whether the verdict has a qualifier (`claim.<id>.note`: "half true", "wrong model"). */
  note: boolean;
  sources: readonly string[];
}

export interface ClaimsData {
  /** The symbol on each verdict's badge (✓ ! × ?), the same in every language. */
  symbols: Readonly<Record<Verdict, string>>;
  /** Group ids in order (a group's name is `group.<id>`). */
  groups: readonly string[];
  claims: readonly ClaimRow[];
}

/** The figure's structure from a claims file. */
export function claimsDataOf(file: ClaimsFile): ClaimsData {
  return {
    symbols: Object.fromEntries(Object.entries(file.verdicts).map(([v, d]) => [v, d.symbol])) as Record<Verdict, string>,
    groups: file.groups.map((g) => g.id),
    claims: file.claims.map((c) => ({ id: c.id, group: c.group, verdict: c.verdict, note: c.verdictNote !== undefined, sources: c.sources })),
  };
}
