/**
 * What the figure takes from src/data/claims.json apart from words: the groups and the claims in
 * order, each claim's verdict, whether it has a qualifier and which sources it names, and the
 * verdicts' symbols. The words (each claim, what its source says, group and verdict names) are
 * not here: the layout reads them from its SceneText, which the server fills from the same file
 * in the page's language (data-words.ts), so the browser never lays out another language's claims.
 */
import claimsJson from '../../data/claims.json';
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

/** The figure's data from a claims file (src/data/claims.json by default). */
export function claimsDataOf(file: ClaimsFile): ClaimsData {
  return {
    symbols: Object.fromEntries(Object.entries(file.verdicts).map(([v, d]) => [v, d.symbol])) as Record<Verdict, string>,
    groups: file.groups.map((g) => g.id),
    claims: file.claims.map((c) => ({ id: c.id, group: c.group, verdict: c.verdict, note: c.verdictNote !== undefined, sources: c.sources })),
  };
}

export const claimsData: ClaimsData = claimsDataOf(claimsJson as ClaimsFile);
