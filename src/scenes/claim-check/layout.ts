/**
 * claim-check: popular claims about DeepSeek-R1 as a table of verdicts. Each row is
 * one claim, a verdict badge (a symbol and a word, so colour is never the only
 * cue) and what the primary source says. One step per group of claims, then all
 * of them at once in a compact form. SVG text does not wrap, so the layout wraps
 * lines itself with the kit's font metrics, and falls back to shorter texts when a
 * group does not fit the box.
 */
import type { ClaimRow, ClaimsData, Verdict } from '../../data/raw-claims';
import { NARROW_BREAKPOINT, type DataTable, type Frame, type Mark, type Size } from '../contract';
import { px } from '../kit/format';
import { fitLine, wrap } from '../kit/text';
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

const badgeClass = (v: Verdict) => `verdict-badge verdict-${v}`;
const badgeTextClass = (v: Verdict) => `verdict-text verdict-${v}`;

interface Level {
  claimFont: number;
  saysFont: number;
  where: boolean;
  short: boolean;
}

/** From the fullest to the most compact; the first that fits the box is used. */
const WIDE_LEVELS: Level[] = [
  { claimFont: 14, saysFont: 13, where: true, short: false },
  { claimFont: 14, saysFont: 12.5, where: false, short: false },
  { claimFont: 13, saysFont: 12, where: false, short: false },
  { claimFont: 13, saysFont: 12, where: false, short: true },
];
const NARROW_LEVELS: Level[] = [
  { claimFont: 13, saysFont: 12, where: false, short: false },
  { claimFont: 12, saysFont: 12, where: false, short: false },
  { claimFont: 12, saysFont: 12, where: false, short: true },
];

interface Measured {
  claim: ClaimRow;
  claimLines: string[];
  noteLines: string[];
  saysLines: string[];
  height: number;
}

/** The group view: full claims, a badge with its qualifier, and what the source says. */
function groupMarks(data: ClaimsData, claims: ClaimRow[], size: Size, narrow: boolean, top: number): { marks: Mark[]; bottom: number } {
  const W = size.width;
  const avail = size.height - top;
  const badgeH = 22;
  const noteFont = narrow ? 12 : 11;
  const noteLH = narrow ? 14 : 13;
  // Columns (wide) / blocks (narrow).
  const badgeW = narrow ? 100 : 108;
  const claimX = narrow ? badgeW + 8 : 0;
  const claimW = narrow ? W - claimX : Math.round(W * 0.3);
  const badgeX = narrow ? 0 : claimW + 12;
  const saysX = narrow ? 0 : badgeX + badgeW + 12;
  const saysW = W - saysX;
  const gap = narrow ? 10 : 14;

  const measure = (lv: Level): Measured[] =>
    claims.map((c) => {
      const claimLH = lv.claimFont * 1.3;
      const saysLH = lv.saysFont * 1.32;
      const claimLines = wrap(c.claim, { width: claimW, size: lv.claimFont, weight: 700 });
      const noteLines = c.verdictNote ? wrap(c.verdictNote, { width: badgeW, size: noteFont }) : [];
      const saysLines = wrap(lv.short ? c.saysShort : c.says, { width: saysW, size: lv.saysFont });
      const badgeBlock = badgeH + (noteLines.length ? 3 + noteLines.length * noteLH : 0);
      const saysBlock = saysLines.length * saysLH + (lv.where ? 15 : 0);
      const height = narrow
        ? Math.max(claimLines.length * claimLH, badgeBlock) + 5 + saysBlock + gap
        : Math.max(claimLines.length * claimLH, badgeBlock, saysBlock) + gap;
      return { claim: c, claimLines, noteLines, saysLines, height };
    });

  const levels = narrow ? NARROW_LEVELS : WIDE_LEVELS;
  let level = levels[levels.length - 1]!;
  let rows = measure(level);
  for (const lv of levels) {
    const m = measure(lv);
    if (m.reduce((s, r) => s + r.height, 0) <= avail) {
      level = lv;
      rows = m;
      break;
    }
  }
  // Tiny boxes: squeeze rows so nothing leaves the figure (text may crowd).
  const total = rows.reduce((s, r) => s + r.height, 0);
  const squeeze = total > avail ? avail / total : 1;

  const marks: Mark[] = [];
  const claimLH = level.claimFont * 1.3;
  const saysLH = level.saysFont * 1.32;
  let y = top;
  rows.forEach((r, i) => {
    const c = r.claim;
    const k = `c:${c.id}`;
    if (i > 0) marks.push({ kind: 'line', key: `${k}:rule`, x1: 0, x2: px(W), y1: px(y - gap / 2), y2: px(y - gap / 2), className: 'grid-line' });
    r.claimLines.forEach((line, j) => {
      marks.push({
        kind: 'text',
        key: `${k}:claim:${j}`,
        x: px(claimX),
        y: px(y + (j + 0.5) * claimLH * squeeze),
        text: line,
        baseline: 'middle',
        className: 'claim-text',
        fontSize: level.claimFont,
        fontWeight: 700,
      });
    });
    const bh = Math.min(badgeH, badgeH * squeeze);
    marks.push({ kind: 'rect', key: `${k}:badge`, x: px(badgeX), y: px(y), width: badgeW, height: px(bh), rx: 4, className: badgeClass(c.verdict) });
    marks.push({
      kind: 'text',
      key: `${k}:verdict`,
      x: px(badgeX + 8),
      y: px(y + bh / 2),
      text: verdictText(data, c.verdict),
      baseline: 'middle',
      className: badgeTextClass(c.verdict),
      fontSize: 12,
      fontWeight: 700,
    });
    r.noteLines.forEach((line, j) => {
      marks.push({
        kind: 'text',
        key: `${k}:note:${j}`,
        x: px(badgeX + 2),
        y: px(y + (bh + 3 + (j + 0.5) * noteLH) * squeeze),
        text: line,
        baseline: 'middle',
        className: 'verdict-note',
        fontSize: noteFont,
      });
    });
    const badgeBlock = badgeH + (r.noteLines.length ? 3 + r.noteLines.length * noteLH : 0);
    const saysTop = narrow ? y + (Math.max(r.claimLines.length * claimLH, badgeBlock) + 5) * squeeze : y;
    r.saysLines.forEach((line, j) => {
      marks.push({
        kind: 'text',
        key: `${k}:says:${j}`,
        x: px(saysX),
        y: px(saysTop + (j + 0.5) * saysLH * squeeze),
        text: line,
        baseline: 'middle',
        className: 'says-text',
        fontSize: level.saysFont,
      });
    });
    if (level.where) {
      marks.push({
        kind: 'text',
        key: `${k}:where`,
        x: px(saysX),
        y: px(saysTop + (r.saysLines.length * saysLH + 7) * squeeze),
        text: fitLine([`Source: ${c.where}`, c.where.charAt(0).toUpperCase() + c.where.slice(1)], { width: W - saysX, size: 11 }),
        baseline: 'middle',
        className: 'where-text',
        fontSize: 11,
      });
    }
    y += r.height * squeeze;
  });
  return { marks, bottom: y };
}

/**
 * What the four verdicts mean, at the foot of a group step when the rows leave room
 * for it (the short groups). Returns no marks when it does not fit.
 */
export function legendMarks(data: ClaimsData, size: Size, narrow: boolean, contentBottom: number): Mark[] {
  const W = size.width;
  const badgeW = narrow ? 100 : 108;
  const font = 12;
  const lh = font * 1.3;
  const textX = badgeW + 10;
  const items = VERDICT_ORDER.map((v) => ({ v, lines: wrap(narrow ? data.verdicts[v].short : data.verdicts[v].meaning, { width: W - textX, size: font }) }));
  const itemH = (lines: number) => Math.max(20, lines * lh) + 8;
  const height = 22 + items.reduce((s, it) => s + itemH(it.lines.length), 0);
  const top = size.height - height;
  if (top < contentBottom + 12) return [];
  const marks: Mark[] = [
    { kind: 'line', key: 'legend:rule', x1: 0, x2: px(W), y1: px(top), y2: px(top), className: 'axis-line' },
    {
      kind: 'text',
      key: 'legend:title',
      x: 0,
      y: px(top + 12),
      text: 'What the verdicts mean',
      baseline: 'middle',
      className: 'col-head',
      fontSize: narrow ? 12 : 11,
      fontWeight: 700,
    },
  ];
  let y = top + 22;
  for (const { v, lines } of items) {
    const h = itemH(lines.length);
    const mid = y + (h - 8) / 2;
    marks.push({ kind: 'rect', key: `legend:${v}:badge`, x: 0, y: px(mid - 9), width: badgeW, height: 18, rx: 3, className: badgeClass(v) });
    marks.push({
      kind: 'text',
      key: `legend:${v}:verdict`,
      x: 8,
      y: px(mid),
      text: verdictText(data, v),
      baseline: 'middle',
      className: badgeTextClass(v),
      fontSize: 12,
      fontWeight: 700,
    });
    lines.forEach((line, j) => {
      marks.push({
        kind: 'text',
        key: `legend:${v}:meaning:${j}`,
        x: textX,
        y: px(mid + (j - (lines.length - 1) / 2) * lh),
        text: line,
        baseline: 'middle',
        className: 'legend-label',
        fontSize: font,
      });
    });
    y += h;
  }
  return marks;
}

/** The compact view: every claim on one line or two, with its badge and the primary figure. */
function allMarks(data: ClaimsData, claims: ClaimRow[], size: Size, narrow: boolean, top: number): Mark[] {
  const W = size.width;
  const rowH = (size.height - top) / claims.length;
  const marks: Mark[] = [];
  const badgeH = Math.min(18, Math.max(8, rowH * 0.5));
  if (narrow) {
    const badgeW = 94;
    claims.forEach((c, i) => {
      const y0 = top + rowH * i;
      const k = `c:${c.id}`;
      const line1 = y0 + Math.min(10, rowH * 0.3);
      const line2 = y0 + Math.min(27, rowH * 0.72);
      if (i > 0) marks.push({ kind: 'line', key: `${k}:rule`, x1: 0, x2: px(W), y1: px(y0 - 1), y2: px(y0 - 1), className: 'grid-line' });
      marks.push({
        kind: 'rect',
        key: `${k}:badge`,
        x: 0,
        y: px(line1 - badgeH / 2),
        width: badgeW,
        height: px(badgeH),
        rx: 3,
        className: badgeClass(c.verdict),
      });
      marks.push({
        kind: 'text',
        key: `${k}:verdict`,
        x: 6,
        y: px(line1),
        text: verdictText(data, c.verdict),
        baseline: 'middle',
        className: badgeTextClass(c.verdict),
        fontSize: 12,
        fontWeight: 700,
      });
      marks.push({
        kind: 'text',
        key: `${k}:claim:0`,
        x: badgeW + 7,
        y: px(line1),
        text: c.short,
        baseline: 'middle',
        className: 'claim-text',
        fontSize: 12,
        fontWeight: 700,
      });
      marks.push({
        kind: 'text',
        key: `${k}:says:0`,
        x: 0,
        y: px(line2),
        text: c.saysShort,
        baseline: 'middle',
        className: 'says-text says-compact',
        fontSize: 12,
      });
    });
    return marks;
  }
  const claimW = Math.round(W * 0.3);
  const badgeX = claimW + 12;
  const badgeW = 108;
  const saysX = badgeX + badgeW + 12;
  const saysW = W - saysX;
  claims.forEach((c, i) => {
    const y0 = top + rowH * i;
    const mid = y0 + rowH / 2;
    const k = `c:${c.id}`;
    if (i > 0) marks.push({ kind: 'line', key: `${k}:rule`, x1: 0, x2: px(W), y1: px(y0), y2: px(y0), className: 'grid-line' });
    const claimLines = wrap(c.short, { width: claimW, size: 13, weight: 700 }).slice(0, 2);
    const clh = Math.min(16, rowH / 2);
    claimLines.forEach((line, j) => {
      marks.push({
        kind: 'text',
        key: `${k}:claim:${j}`,
        x: 0,
        y: px(mid + (j - (claimLines.length - 1) / 2) * clh),
        text: line,
        baseline: 'middle',
        className: 'claim-text',
        fontSize: 13,
        fontWeight: 700,
      });
    });
    marks.push({
      kind: 'rect',
      key: `${k}:badge`,
      x: px(badgeX),
      y: px(mid - badgeH / 2),
      width: badgeW,
      height: px(badgeH),
      rx: 3,
      className: badgeClass(c.verdict),
    });
    marks.push({
      kind: 'text',
      key: `${k}:verdict`,
      x: px(badgeX + 8),
      y: px(mid),
      text: verdictText(data, c.verdict),
      baseline: 'middle',
      className: badgeTextClass(c.verdict),
      fontSize: 12,
      fontWeight: 700,
    });
    const lines = wrap(c.saysShort, { width: saysW, size: 12 }).slice(0, 2);
    const lh = Math.min(15, rowH / 2);
    lines.forEach((line, j) => {
      marks.push({
        kind: 'text',
        key: `${k}:says:${j}`,
        x: px(saysX),
        y: px(mid + (j - (lines.length - 1) / 2) * lh),
        text: line,
        baseline: 'middle',
        className: 'says-text',
        fontSize: 12,
      });
    });
  });
  return marks;
}

function describe(data: ClaimsData, claims: ClaimRow[], compact: boolean): string {
  return claims
    .map((c) => {
      const v = data.verdicts[c.verdict].label + (c.verdictNote ? ` (${c.verdictNote})` : '');
      return compact ? `${c.short}: ${v}, ${c.saysShort}.` : `Claim: ${c.claim}. Verdict: ${v}. The source says: ${c.says}`;
    })
    .join(' ');
}

function tableFor(data: ClaimsData, claims: ClaimRow[], caption: string): DataTable {
  return {
    caption,
    columns: ['Claim', 'Verdict', 'What the primary source says', 'Sources', 'Where'],
    rows: claims.map((c) => [c.claim, data.verdicts[c.verdict].label + (c.verdictNote ? ` (${c.verdictNote})` : ''), c.says, c.sources.join(', '), c.where]),
  };
}

export function layout(data: ClaimsData, stepId: string, size: Size): Frame {
  const claims = claimsForStep(data, stepId);
  const narrow = size.width < NARROW_BREAKPOINT;
  const all = stepId === ALL_STEP;
  const marks: Mark[] = [];
  const W = size.width;
  let top: number;
  const group = data.groups.find((g) => g.id === stepId);
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
  if (all) marks.push(...allMarks(data, claims, size, narrow, top));
  else {
    const g = groupMarks(data, claims, size, narrow, top);
    marks.push(...g.marks, ...legendMarks(data, size, narrow, g.bottom));
  }
  return {
    width: size.width,
    height: size.height,
    title: all ? `All ${claims.length} claims and their verdicts` : `${group!.label}: ${claims.length} claims checked against the primary sources`,
    description: all ? `${claims.length} popular claims: ${tally(data, claims)}. ${describe(data, claims, true)}` : describe(data, claims, false),
    marks,
    table: tableFor(
      data,
      claims,
      all ? 'Every claim, its verdict and what the primary source says' : `${group!.label}: claims, verdicts and what the primary source says`,
    ),
  };
}
