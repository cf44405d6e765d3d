/**
 * What the steps of claim-check share: verdict words and order, the claims a step shows,
 * the headline and column heads, and the words and table for screen readers.
 */
import type { DataTable, Frame, Mark, Size } from '../contract';
import type { SceneText } from '../kit/messages';
import { px } from '../kit/format';
import type { ClaimRow, ClaimsData, Verdict } from './data';
import type en from './messages/en.json';
import { ALL_STEP, steps } from './steps';

/** The words the data brings, in the page's language (data-words.ts): claims, groups, verdicts. */
type DataKey =
  | `group.${string}`
  | `verdict.${Verdict}`
  | `verdict.${Verdict}.${'meaning' | 'short'}`
  | `claim.${string}.${'claim' | 'short' | 'note' | 'says' | 'saysShort' | 'where'}`;
/** The scene's words: its catalogue (messages/<locale>.json) and the data's words. */
export type ClaimText = SceneText<keyof typeof en | DataKey>;

export const VERDICT_ORDER: readonly Verdict[] = ['correct', 'misleading', 'wrong', 'unverified'];

/** The words on a verdict's badge: its symbol and its name ("✓ Correct"). */
export function verdictText(data: ClaimsData, text: ClaimText, v: Verdict): string {
  return text.t('badge', { symbol: data.symbols[v], verdict: text.t(`verdict.${v}`) });
}

/** A claim's verdict in words, with its qualifier when it has one ("Misleading (US, not global)"). */
export function verdictOf(text: ClaimText, c: ClaimRow): string {
  const verdict = text.t(`verdict.${c.verdict}`);
  return c.note ? text.t('verdict.withNote', { verdict, note: text.t(`claim.${c.id}.note`) }) : verdict;
}

/** "3 correct · 4 misleading · …": the count of each verdict among `claims`, in a fixed order. */
export function tally(text: ClaimText, claims: readonly ClaimRow[]): string {
  return VERDICT_ORDER.map((v) => [v, claims.filter((c) => c.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => text.t('tally.item', { count: n, verdict: text.t(`verdict.${v}`).toLocaleLowerCase(text.tag) }))
    .join(' · ');
}

/** The claims a step shows, in data order. Throws on an unknown step, naming the scene. */
export function claimsForStep(data: ClaimsData, stepId: string): ClaimRow[] {
  if (!steps.some((s) => s.id === stepId)) {
    throw new Error(`claim-check: unknown step "${stepId}"; steps are ${steps.map((s) => s.id).join(', ')}`);
  }
  if (stepId === ALL_STEP) return [...data.claims];
  if (!data.groups.includes(stepId)) {
    throw new Error(`claim-check: step "${stepId}" has no group in src/data/claims.json (groups: ${data.groups.join(', ')})`);
  }
  return data.claims.filter((c) => c.group === stepId);
}

export const badgeClass = (v: Verdict) => `verdict-badge verdict-${v}`;
export const badgeTextClass = (v: Verdict) => `verdict-text verdict-${v}`;

export function describe(text: ClaimText, claims: ClaimRow[], compact: boolean): string {
  return claims
    .map((c) => {
      const verdict = verdictOf(text, c);
      const k = `claim.${c.id}` as const;
      return compact
        ? text.t('describe.compact', { short: text.t(`${k}.short`), verdict, says: text.t(`${k}.saysShort`) })
        : text.t('describe.full', { claim: text.t(`${k}.claim`), verdict, says: text.t(`${k}.says`) });
    })
    .join(text.t('describe.join'));
}

export function tableFor(text: ClaimText, claims: ClaimRow[], caption: string): DataTable {
  return {
    caption,
    columns: [text.t('table.claim'), text.t('table.verdict'), text.t('table.says'), text.t('table.sources'), text.t('table.where')],
    rows: claims.map((c) => [
      text.t(`claim.${c.id}.claim`),
      verdictOf(text, c),
      text.t(`claim.${c.id}.says`),
      c.sources.join(', '),
      text.t(`claim.${c.id}.where`),
    ]),
  };
}

/** One step of the figure (a file in steps/): its whole frame. */
export type ClaimStep = (data: ClaimsData, size: Size, text: ClaimText) => Frame;

/**
 * The headline (a group's name and count; with all the claims, the tally) and on a wide
 * figure the column heads. `group` is null for the step with every claim. Returns the marks
 * and the y where the rows start.
 */
export function headMarks(
  data: ClaimsData,
  text: ClaimText,
  claims: readonly ClaimRow[],
  size: Size,
  narrow: boolean,
  group: string | null,
): { marks: Mark[]; top: number } {
  const all = group === null;
  const marks: Mark[] = [];
  const W = size.width;
  let top: number;
  // With all the claims, the tally is the headline (the chapter says it tells the story);
  // what was counted goes under it.
  // On a phone the tally takes two lines (its verdicts split in half).
  const counts = tally(text, claims).split(' · ');
  const half = Math.ceil(counts.length / 2);
  const headLines = !all
    ? [text.t('head.group', { group: text.t(`group.${group}`), shown: claims.length, count: data.claims.length })]
    : narrow
      ? [counts.slice(0, half).join(' · '), counts.slice(half).join(' · ')]
      : [counts.join(' · ')];
  const headSize = all ? (narrow ? 15 : 17) : 14;
  headLines.forEach((line, i) =>
    marks.push({
      kind: 'text',
      key: i ? `title:${i}` : 'title',
      x: 0,
      y: 10 + i * (headSize + 4),
      text: line,
      baseline: 'middle',
      className: 'chart-title',
      fontSize: headSize,
      fontWeight: 700,
    }),
  );
  const shift = (headLines.length - 1) * (headSize + 4);
  if (all) {
    marks.push({
      kind: 'text',
      key: 'tally',
      x: 0,
      y: 31 + shift,
      text: text.t('head.all', { count: claims.length }),
      baseline: 'middle',
      className: 'chart-subtitle',
      fontSize: 12,
    });
  }
  if (narrow) {
    top = all ? 46 + shift : 30;
    marks.push({ kind: 'line', key: 'head:rule', x1: 0, x2: px(W), y1: px(top - 6), y2: px(top - 6), className: 'axis-line' });
  } else {
    const headY = all ? 52 : 32;
    const claimW = Math.round(W * 0.3);
    marks.push({
      kind: 'text',
      key: 'head:claim',
      x: 0,
      y: headY,
      text: text.t('col.claim'),
      baseline: 'middle',
      className: 'col-head',
      fontSize: 11,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: 'head:verdict',
      x: px(claimW + 12),
      y: headY,
      text: text.t('col.verdict'),
      baseline: 'middle',
      className: 'col-head',
      fontSize: 11,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: 'head:says',
      x: px(claimW + 12 + 108 + 12),
      y: headY,
      text: text.t('col.says'),
      baseline: 'middle',
      className: 'col-head',
      fontSize: 11,
      fontWeight: 700,
    });
    marks.push({ kind: 'line', key: 'head:rule', x1: 0, x2: px(W), y1: headY + 10, y2: headY + 10, className: 'axis-line' });
    top = headY + (all ? 12 : 20);
  }
  return { marks, top };
}
