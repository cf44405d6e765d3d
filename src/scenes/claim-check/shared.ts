/**
 * What the steps of claim-check share: verdict words and order, the claims a step shows,
 * the headline and column heads, and the words and table for screen readers.
 */
import type { ClaimRow, ClaimsData, Verdict } from '../../data/raw-claims';
import type { DataTable, Frame, Mark, Size } from '../contract';
import { px } from '../kit/format';
import { ALL_STEP, steps } from './steps';

export const VERDICT_ORDER: readonly Verdict[] = ['correct', 'misleading', 'wrong', 'unverified'];

export function verdictText(data: ClaimsData, v: Verdict): string {
  const d = data.verdicts[v];
  return `${d.symbol} ${d.label}`;
}

/** "3 correct · 4 misleading · …": the count of each verdict among `claims`, in a fixed order. */
export function tally(data: ClaimsData, claims: readonly ClaimRow[]): string {
  return VERDICT_ORDER.map((v) => [v, claims.filter((c) => c.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${data.verdicts[v].label.toLowerCase()}`)
    .join(' · ');
}

/** The claims a step shows, in data order. Throws on an unknown step, naming the scene. */
export function claimsForStep(data: ClaimsData, stepId: string): ClaimRow[] {
  if (!steps.some((s) => s.id === stepId)) {
    throw new Error(`claim-check: unknown step "${stepId}"; steps are ${steps.map((s) => s.id).join(', ')}`);
  }
  if (stepId === ALL_STEP) return data.claims;
  if (!data.groups.some((g) => g.id === stepId)) {
    throw new Error(`claim-check: step "${stepId}" has no group in src/data/claims.json (groups: ${data.groups.map((g) => g.id).join(', ')})`);
  }
  return data.claims.filter((c) => c.group === stepId);
}

export const badgeClass = (v: Verdict) => `verdict-badge verdict-${v}`;
export const badgeTextClass = (v: Verdict) => `verdict-text verdict-${v}`;

export function describe(data: ClaimsData, claims: ClaimRow[], compact: boolean): string {
  return claims
    .map((c) => {
      const v = data.verdicts[c.verdict].label + (c.verdictNote ? ` (${c.verdictNote})` : '');
      return compact ? `${c.short}: ${v}, ${c.saysShort}.` : `Claim: ${c.claim}. Verdict: ${v}. The source says: ${c.says}`;
    })
    .join(' ');
}

export function tableFor(data: ClaimsData, claims: ClaimRow[], caption: string): DataTable {
  return {
    caption,
    columns: ['Claim', 'Verdict', 'What the primary source says', 'Sources', 'Where'],
    rows: claims.map((c) => [c.claim, data.verdicts[c.verdict].label + (c.verdictNote ? ` (${c.verdictNote})` : ''), c.says, c.sources.join(', '), c.where]),
  };
}

/** One step of the figure (a file in steps/): its whole frame. */
export type ClaimStep = (data: ClaimsData, size: Size) => Frame;

/**
 * The headline (a group's name and count; with all the claims, the tally) and on a wide
 * figure the column heads. `group` is null for the step with every claim. Returns the marks
 * and the y where the rows start.
 */
export function headMarks(
  data: ClaimsData,
  claims: readonly ClaimRow[],
  size: Size,
  narrow: boolean,
  group: { label: string } | null,
): { marks: Mark[]; top: number } {
  const all = group === null;
  const marks: Mark[] = [];
  const W = size.width;
  let top: number;
  // With all the claims, the tally is the headline (the chapter says it tells the story);
  // what was counted goes under it.
  // On a phone the tally takes two lines (its verdicts split in half).
  const counts = tally(data, claims).split(' · ');
  const half = Math.ceil(counts.length / 2);
  const headLines = !all
    ? [`${group!.label}: ${claims.length} of ${data.claims.length} claims`]
    : narrow
      ? [counts.slice(0, half).join(' · '), counts.slice(half).join(' · ')]
      : [counts.join(' · ')];
  const headSize = all ? (narrow ? 15 : 17) : 14;
  headLines.forEach((text, i) =>
    marks.push({
      kind: 'text',
      key: i ? `title:${i}` : 'title',
      x: 0,
      y: 10 + i * (headSize + 4),
      text,
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
      text: `All ${claims.length} claims, checked against the primary sources`,
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
      text: 'What was claimed',
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
      text: 'Verdict',
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
      text: 'What the primary source says',
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
