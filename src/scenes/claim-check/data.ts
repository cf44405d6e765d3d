/**
 * What the figure takes from src/data/claims.json apart from words: the groups and the claims in
 * order, each claim's verdict, whether it has a qualifier and which sources it names, and the
 * verdicts' symbols (structure.ts). The words (each claim, what its source says, group and verdict
 * names) are not here: the layout reads them from its SceneText, which the server fills from the
 * same file in the page's language (data-words.ts). The structure is read from the copy `npm run data`
 * stores, so the figure's code in the browser carries no claim text in any language; the build stops
 * when that copy is stale (data-words.ts).
 */
import structure from '../../data/generated/claims-structure.json';
import type { ClaimsData } from './structure';

export type { ClaimRow, ClaimsData, Verdict } from './structure';

export const claimsData = structure as ClaimsData;
