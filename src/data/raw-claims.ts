/**
 * Typed, unvalidated view of src/data/claims.json for the claim-check scene (which
 * also runs in the browser, so no zod here). The build validates the same file in
 * src/data/checks/claims.ts. Numbers in the "what the source says" texts are
 * {fact.id} placeholders, filled here from the fact files and derived figures,
 * so a figure is typed once and shown the same way in prose and in the figure.
 */
import { formatFactValue } from './format-fact';
import type { Fact } from './schemas';
import claimsJson from './claims.json';
import releaseFacts from './facts/release.json';
import claimFacts from './facts/claims.json';
import marketFacts from './facts/market.json';
import safetyFacts from './facts/safety.json';
import benchmarkTyped from './facts/benchmarks.json';
import benchmarkDerived from './derived/benchmarks';
import claimDerived from './derived/claims';
import costDerived from './derived/cost';

export const VERDICTS = ['correct', 'misleading', 'wrong', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface RawClaim {
  id: string;
  group: string;
  /** Short paraphrase of the claim as it circulated (keeps the claimed figure). */
  claim: string;
  /** A few words for the compact view. */
  short: string;
  verdict: Verdict;
  /** A qualifier shown after the verdict ("half true", "wrong model"). */
  verdictNote?: string;
  /** What the primary source says, with {fact.id} placeholders. */
  says: string;
  /** One line of it, for the compact view. */
  saysShort: string;
  sources: string[];
  /** Where in the source(s). */
  where: string;
  /** The key of verdicts[verdict].criteria this claim meets. */
  meets: string;
  /** Wrong: the primary source that says otherwise. */
  contradictedBy?: { source: string; where: string };
  /** Unverified: what we searched. */
  searched?: string;
}

export interface ClaimsFile {
  notes: string;
  /** label and symbol on every badge; meaning in the legend (short: the phone legend). */
  verdicts: Record<Verdict, { label: string; symbol: string; meaning: string; short: string; criteria: Record<string, string> }>;
  groups: { id: string; label: string }[];
  claims: RawClaim[];
}

/** A claim with its placeholders filled: plain strings, ready to draw. */
export interface ClaimRow extends Omit<RawClaim, 'says' | 'saysShort'> {
  says: string;
  saysShort: string;
}

export interface ClaimsData {
  verdicts: ClaimsFile['verdicts'];
  groups: ClaimsFile['groups'];
  claims: ClaimRow[];
}

export const claimsFile = claimsJson as ClaimsFile;

/** Every fact a claim text may use: typed-in (facts/*.json of these topics) and derived. */
export const claimFactPool: Record<string, Fact> = {
  ...(releaseFacts as Record<string, Fact>),
  ...(claimFacts as Record<string, Fact>),
  ...(marketFacts as Record<string, Fact>),
  ...(safetyFacts as Record<string, Fact>),
  ...(benchmarkTyped as Record<string, Fact>),
  ...benchmarkDerived,
  ...claimDerived,
  ...costDerived,
};

export { formatFactValue };

export const PLACEHOLDER = /\{([a-z0-9]+(?:\.[a-zA-Z0-9-]+)+)\}/g;

/** Placeholder ids used in a text. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Fills {fact.id} placeholders; throws naming the claim and the id when one is unknown. */
export function fillTemplate(text: string, pool: Record<string, Fact>, where: string): string {
  return text.replace(PLACEHOLDER, (_, id: string) => {
    const f = pool[id];
    if (!f) throw new Error(`${where}: unknown fact "{${id}}". Fix: use an id from src/data/facts/ or src/data/derived/ (e.g. bench.aime.r1).`);
    return formatFactValue(f);
  });
}

export function resolveClaims(file: ClaimsFile, pool: Record<string, Fact> = claimFactPool): ClaimsData {
  return {
    verdicts: file.verdicts,
    groups: file.groups,
    claims: file.claims.map((c) => ({
      ...c,
      says: fillTemplate(c.says, pool, `src/data/claims.json: claims.${c.id}.says`),
      saysShort: fillTemplate(c.saysShort, pool, `src/data/claims.json: claims.${c.id}.saysShort`),
    })),
  };
}

export const claimsData: ClaimsData = resolveClaims(claimsFile);
