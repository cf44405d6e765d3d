/**
 * A group of claims in full, shared by the group steps (scores, cost, prices, hardware, impact):
 * each claim wrapped, a verdict badge and what the primary source says, falling back to
 * shorter texts when the group does not fit the box.
 */
import { NARROW_BREAKPOINT, type Mark, type Size } from '../contract';
import { px } from '../kit/format';
import { fitLine, wrap } from '../kit/text';
import type { ClaimRow, ClaimsData } from './data';
import { ALL_STEP, type StepId } from './steps';
import { VERDICT_ORDER, verdictText, claimsForStep, badgeClass, badgeTextClass, describe, tableFor, headMarks, type ClaimStep, type ClaimText } from './shared';

interface Level {
  claimFont: number;
  saysFont: number;
  where: boolean;
  short: boolean;
}

/**
 * From the fullest to the most compact; the first that fits the box (with the legend under it,
 * when any level allows) is used. The two largest are for the short groups: their two rows set
 * at the size of a four-row group left a third of the box empty above the legend.
 */
const WIDE_LEVELS: Level[] = [
  { claimFont: 17, saysFont: 15, where: true, short: false },
  { claimFont: 15.5, saysFont: 14, where: true, short: false },
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

/** Most a row's band grows to fill the box (wide), beyond its own gap. */
const MAX_SPREAD = 80;

/**
 * The group view: full claims, a badge with its qualifier, and what the source says. `below`:
 * the height the legend needs under the rows (0 for none): the rows are set to leave it room
 * when they can, and on a wide box they spread (up to MAX_SPREAD a row) to meet it.
 */
function groupMarks(
  data: ClaimsData,
  text: ClaimText,
  claims: ClaimRow[],
  size: Size,
  narrow: boolean,
  top: number,
  below: number,
): { marks: Mark[]; bottom: number } {
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
      const k = `claim.${c.id}` as const;
      const claimLines = wrap(text.t(`${k}.claim`), { width: claimW, size: lv.claimFont, weight: 700 });
      const noteLines = c.note ? wrap(text.t(`${k}.note`), { width: badgeW, size: noteFont }) : [];
      const saysLines = wrap(text.t(lv.short ? `${k}.saysShort` : `${k}.says`), { width: saysW, size: lv.saysFont });
      const badgeBlock = badgeH + (noteLines.length ? 3 + noteLines.length * noteLH : 0);
      const saysBlock = saysLines.length * saysLH + (lv.where ? 15 : 0);
      const height = narrow
        ? Math.max(claimLines.length * claimLH, badgeBlock) + 5 + saysBlock + gap
        : Math.max(claimLines.length * claimLH, badgeBlock, saysBlock) + gap;
      return { claim: c, claimLines, noteLines, saysLines, height };
    });

  const levels = narrow ? NARROW_LEVELS : WIDE_LEVELS;
  const heightOf = (m: Measured[]) => m.reduce((s, r) => s + r.height, 0);
  // Each level measured (its texts wrapped) only when asked, and once: usually the first fits.
  const measured = new Map<Level, Measured[]>();
  const rowsAt = (lv: Level) => measured.get(lv) ?? measured.set(lv, measure(lv)).get(lv)!;
  const fits = (lv: Level, room: number) => heightOf(rowsAt(lv)) <= room;
  // The fullest level that leaves the legend its room; else the fullest that fits alone; else the most compact.
  const level = (below > 0 ? levels.find((lv) => fits(lv, avail - below)) : undefined) ?? levels.find((lv) => fits(lv, avail)) ?? levels[levels.length - 1]!;
  const rows = rowsAt(level);
  // Tiny boxes: squeeze rows so nothing leaves the figure (text may crowd).
  const total = heightOf(rows);
  const squeeze = total > avail ? avail / total : 1;
  // A wide box with room to spare: each row's band grows, so the rows reach down to the legend.
  const spread = !narrow && below > 0 && total + below <= avail ? Math.min(MAX_SPREAD, (avail - below - total) / rows.length) : 0;

  const marks: Mark[] = [];
  const claimLH = level.claimFont * 1.3;
  const saysLH = level.saysFont * 1.32;
  let y = top;
  rows.forEach((r, i) => {
    const c = r.claim;
    const k = `c:${c.id}`;
    const rule = y - (gap + spread) / 2;
    if (i > 0) marks.push({ kind: 'line', key: `${k}:rule`, x1: 0, x2: px(W), y1: px(rule), y2: px(rule), className: 'grid-line' });
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
      text: verdictText(data, text, c.verdict),
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
      const where = text.t(`claim.${c.id}.where`);
      marks.push({
        kind: 'text',
        key: `${k}:where`,
        x: px(saysX),
        y: px(saysTop + (r.saysLines.length * saysLH + 7) * squeeze),
        text: fitLine([text.t('source', { where }), where.charAt(0).toLocaleUpperCase(text.tag) + where.slice(1)], { width: W - saysX, size: 11 }),
        baseline: 'middle',
        className: 'where-text',
        fontSize: 11,
      });
    }
    y += r.height * squeeze + spread;
  });
  return { marks, bottom: y - spread };
}

/**
 * What the four verdicts mean, at the foot of a group step when the rows leave room
 * for it (the short groups). Returns no marks when it does not fit.
 */
function legendLayout(text: ClaimText, size: Size, narrow: boolean) {
  const badgeW = narrow ? 100 : 108;
  const font = 12;
  const lh = font * 1.3;
  const textX = badgeW + 10;
  const items = VERDICT_ORDER.map((v) => ({
    v,
    lines: wrap(text.t(`verdict.${v}.${narrow ? 'short' : 'meaning'}`), { width: size.width - textX, size: font }),
  }));
  const itemH = (lines: number) => Math.max(20, lines * lh) + 8;
  return { badgeW, font, lh, textX, items, itemH, height: 22 + items.reduce((s, it) => s + itemH(it.lines.length), 0) };
}
/** The room the legend takes at the foot of a group step, with its clearance above. */
const LEGEND_CLEAR = 12;
export function legendHeight(text: ClaimText, size: Size, narrow: boolean): number {
  return legendLayout(text, size, narrow).height + LEGEND_CLEAR;
}

export function legendMarks(data: ClaimsData, text: ClaimText, size: Size, narrow: boolean, contentBottom: number): Mark[] {
  const W = size.width;
  const { badgeW, font, lh, textX, items, itemH, height } = legendLayout(text, size, narrow);
  const top = size.height - height;
  if (top < contentBottom + LEGEND_CLEAR) return [];
  const marks: Mark[] = [
    { kind: 'line', key: 'legend:rule', x1: 0, x2: px(W), y1: px(top), y2: px(top), className: 'axis-line' },
    {
      kind: 'text',
      key: 'legend:title',
      x: 0,
      y: px(top + 12),
      text: text.t('legend.title'),
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
      text: verdictText(data, text, v),
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

/** The step of one group of claims (ids = group ids in src/data/claims.json): full claims, what the source says, and the legend when there is room. */
export function groupStep(id: Exclude<StepId, typeof ALL_STEP>): ClaimStep {
  return (data, size, text) => {
    // Throws unless the group exists.
    const claims = claimsForStep(data, id);
    const narrow = size.width < NARROW_BREAKPOINT;
    const group = text.t(`group.${id}`);
    const head = headMarks(data, text, claims, size, narrow, id);
    const g = groupMarks(data, text, claims, size, narrow, head.top, legendHeight(text, size, narrow));
    return {
      width: size.width,
      height: size.height,
      title: text.t('group.title', { group, count: claims.length }),
      description: describe(text, claims, false),
      marks: [...head.marks, ...g.marks, ...legendMarks(data, text, size, narrow, g.bottom)],
      table: tableFor(text, claims, text.t('group.caption', { group })),
    };
  };
}
