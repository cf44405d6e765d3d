/** Step "all": every claim on one screen, a line or two each, with the tally as the headline. */
import { NARROW_BREAKPOINT, type Mark, type Size } from '../../contract';
import { px } from '../../kit/format';
import { wrap } from '../../kit/text';
import type { ClaimRow, ClaimsData } from '../data';
import { ALL_STEP } from '../steps';
import { verdictText, tally, claimsForStep, badgeClass, badgeTextClass, describe, tableFor, headMarks, type ClaimStep, type ClaimText } from '../shared';

/** The compact view: every claim on one line or two, with its badge and the primary figure. */
/** The row height (px) a phone row needs for its two lines with a visible gap between badge and grey line. */
const TWO_LINE_ROW = 32;

function allMarks(data: ClaimsData, text: ClaimText, claims: ClaimRow[], size: Size, narrow: boolean, top: number): Mark[] {
  const W = size.width;
  const rowH = (size.height - top) / claims.length;
  const marks: Mark[] = [];
  const badgeH = Math.min(18, Math.max(8, rowH * 0.5));
  if (narrow) {
    const badgeW = 94;
    claims.forEach((c, i) => {
      const y0 = top + rowH * i;
      const k = `c:${c.id}`;
      // Two lines a row (badge and claim, then what the source says) where the rows have room for both with a
      // gap. On a 390 px phone the pinned box is about 409 px tall: rows of 29 px, where the grey line would sit
      // on the badge's edge (seen in a screenshot). There the overview keeps the tally (verdict and claim,
      // centred in the row); what each source says is in the steps that follow and in the data table.
      const both = rowH >= TWO_LINE_ROW;
      const rowBadgeH = badgeH;
      const line1 = both ? y0 + rowBadgeH / 2 + 0.5 : y0 + rowH / 2 - 1;
      const line2 = y0 + Math.min(rowH - 7.5, rowBadgeH + 14);
      if (i > 0) marks.push({ kind: 'line', key: `${k}:rule`, x1: 0, x2: px(W), y1: px(y0 - 1), y2: px(y0 - 1), className: 'grid-line' });
      marks.push({
        kind: 'rect',
        key: `${k}:badge`,
        x: 0,
        y: px(line1 - rowBadgeH / 2),
        width: badgeW,
        height: px(rowBadgeH),
        rx: 3,
        className: badgeClass(c.verdict),
      });
      marks.push({
        kind: 'text',
        key: `${k}:verdict`,
        x: 6,
        y: px(line1),
        text: verdictText(data, text, c.verdict),
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
        text: text.t(`claim.${c.id}.short`),
        baseline: 'middle',
        className: 'claim-text',
        fontSize: 12,
        fontWeight: 700,
      });
      if (both)
        marks.push({
          kind: 'text',
          key: `${k}:says:0`,
          x: 0,
          y: px(line2),
          text: text.t(`claim.${c.id}.saysShort`),
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
    const claimLines = wrap(text.t(`claim.${c.id}.short`), { width: claimW, size: 13, weight: 700 }).slice(0, 2);
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
      text: verdictText(data, text, c.verdict),
      baseline: 'middle',
      className: badgeTextClass(c.verdict),
      fontSize: 12,
      fontWeight: 700,
    });
    const lines = wrap(text.t(`claim.${c.id}.saysShort`), { width: saysW, size: 12 }).slice(0, 2);
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

export const step: ClaimStep = (data, size, text) => {
  const claims = claimsForStep(data, ALL_STEP);
  const narrow = size.width < NARROW_BREAKPOINT;
  const head = headMarks(data, text, claims, size, narrow, null);
  return {
    width: size.width,
    height: size.height,
    title: text.t('all.title', { count: claims.length }),
    description: text.t('all.description', { count: claims.length, tally: tally(text, claims), claims: describe(text, claims, true) }),
    marks: [...head.marks, ...allMarks(data, text, claims, size, narrow, head.top)],
    table: tableFor(text, claims, text.t('all.caption')),
  };
};
