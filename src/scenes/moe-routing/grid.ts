/**
 * Where the score grid of the token steps (affinity to gate-weights) goes: the 256 experts as
 * squares, group by group. On a wide figure a group of 32 is a block of two rows of 16 and a
 * side panel holds the numbers; on a phone a group is one row of 32 and the numbers go below.
 */
import { NARROW_BREAKPOINT, type Size } from '../contract';
import type { MoeRoutingData } from './data';

export interface Grid {
  narrow: boolean;
  per: number;
  cols: number;
  rowsPerGroup: number;
  labelW: number;
  x0: number;
  y0: number;
  pitch: number;
  cell: number;
  groupGap: number;
  right: number;
  bottom: number;
  /** Where the numbers go: beside the grid (wide) or under it (phone). */
  panel: { x: number; y: number; w: number; h: number };
  /** The row holding the affinity legend and the shared expert. */
  legendY: number;
  sharedX: number;
  sharedY: number;
}

/**
 * Wide: each group is a block of 2 rows of 16, numbers in a panel on the right.
 * Phone: the same blocks while there is nothing else to show (steps 1-2); one row of
 * 32 per group (`compact`) when the list of chosen experts needs the space below.
 */
export function grid(size: Size, data: MoeRoutingData, compact: boolean): Grid {
  const narrow = size.width < NARROW_BREAKPOINT;
  const { nGroups, nExperts } = data.settings;
  const per = nExperts / nGroups;
  if (narrow && compact) {
    const y0 = 72;
    const labelW = 26;
    const pitch = (size.width - labelW - 58) / per;
    const groupGap = 4;
    const cell = pitch * 0.86;
    const bottom = y0 + nGroups * (pitch + groupGap) - groupGap;
    const legendY = bottom + 10;
    const sharedY = legendY + 24;
    const panelY = sharedY + 28;
    return {
      narrow,
      per,
      cols: per,
      rowsPerGroup: 1,
      labelW,
      x0: labelW,
      y0,
      pitch,
      cell,
      groupGap,
      right: labelW + per * pitch,
      bottom,
      panel: { x: 0, y: panelY, w: size.width, h: size.height - panelY - 4 },
      legendY,
      sharedX: 0,
      sharedY,
    };
  }
  const y0 = narrow ? 72 : 86;
  const labelW = narrow ? 26 : 60;
  const cols = per / 2;
  const groupGap = narrow ? 4 : 6;
  const rows = nGroups * 2;
  const below = narrow ? 70 : 36;
  const byHeight = (size.height - y0 - below - (nGroups - 1) * groupGap) / rows;
  const byWidth = (size.width - labelW - (narrow ? 58 : 24 + 250)) / cols;
  const pitch = Math.max(3, Math.min(byHeight, byWidth));
  const cell = pitch * 0.86;
  const right = labelW + cols * pitch;
  const bottom = y0 + rows * pitch + (nGroups - 1) * groupGap;
  const panelX = narrow ? 0 : right + 24;
  const legendY = bottom + (narrow ? 10 : 12);
  const panel = narrow
    ? { x: 0, y: legendY + 52, w: size.width, h: Math.max(0, size.height - legendY - 56) }
    : { x: panelX, y: y0, w: size.width - panelX, h: bottom - y0 };
  return {
    narrow,
    per,
    cols,
    rowsPerGroup: 2,
    labelW,
    x0: labelW,
    y0,
    pitch,
    cell,
    groupGap,
    right,
    bottom,
    panel,
    legendY,
    sharedX: narrow ? 0 : 290,
    sharedY: narrow ? legendY + 24 : legendY,
  };
}

/** The top-left corner of expert `i`'s square. */
export function cellPos(g: Grid, i: number): { x: number; y: number } {
  const grp = Math.floor(i / g.per);
  const k = i % g.per;
  const row = Math.floor(k / g.cols);
  const col = k % g.cols;
  return {
    x: g.x0 + col * g.pitch + (g.pitch - g.cell) / 2,
    y: g.y0 + grp * (g.rowsPerGroup * g.pitch + g.groupGap) + row * g.pitch + (g.pitch - g.cell) / 2,
  };
}

/** The middle of group `grp`'s block, where its label and score sit. */
export function groupMidY(g: Grid, grp: number): number {
  return g.y0 + grp * (g.rowsPerGroup * g.pitch + g.groupGap) + (g.rowsPerGroup * g.pitch) / 2;
}
