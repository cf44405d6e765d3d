/**
 * The batch steps' load bars: one row per group, a bar per expert (keyed `expert:<i>`, the
 * squares of the token steps), how many of the batch's tokens it got, against a dashed fair share.
 */
import { NARROW_BREAKPOINT, type DataTable, type Mark, type Size } from '../contract';
import { px } from '../kit/format';
import { smallType } from '../kit/text';
import type { MoeRoutingData } from './data';
import { groupLabel, groupNumber, type RoutingText } from './shared';

interface Rows {
  narrow: boolean;
  per: number;
  labelW: number;
  x0: number;
  pitch: number;
  bar: number;
  y0: number;
  rowPitch: number;
  rowH: number;
  rightX: number;
}

/** The rows of bars, with room on the left for group labels, on the right for each row's busiest, and below for the balancing step's chart. */
function rows(size: Size, data: MoeRoutingData): Rows {
  const narrow = size.width < NARROW_BREAKPOINT;
  const { nGroups, nExperts } = data.settings;
  const per = nExperts / nGroups;
  const labelW = narrow ? 26 : 60;
  const rightW = narrow ? 64 : 110;
  const pitch = (size.width - labelW - rightW) / per;
  const y0 = 48;
  const bottom = narrow ? 124 : 134;
  const rowPitch = (size.height - y0 - bottom) / nGroups;
  return { narrow, per, labelW, x0: labelW, pitch, bar: pitch * 0.8, y0, rowPitch, rowH: rowPitch - 6, rightX: labelW + per * pitch + 8 };
}

function loadMarks(data: MoeRoutingData, r: Rows, loads: readonly number[], scaleMax: number, text: RoutingText): Mark[] {
  const { nGroups, nExperts } = data.settings;
  const fair = data.balancing.fairShare;
  const marks: Mark[] = [];
  const hOf = (v: number) => (v / scaleMax) * r.rowH;
  const rowMax = Array.from({ length: nGroups }, (_, grp) => Math.max(...loads.slice(grp * r.per, (grp + 1) * r.per)));
  const overall = Math.max(...rowMax);
  for (let grp = 0; grp < nGroups; grp++) {
    const base = r.y0 + grp * r.rowPitch + r.rowH;
    marks.push({
      kind: 'text',
      key: `group:${grp}:label`,
      x: px(r.labelW - 6),
      y: px(base - 5),
      text: groupLabel(text, grp + 1, r.narrow),
      anchor: 'end',
      baseline: 'middle',
      className: 'tick-label',
      fontSize: smallType(r.narrow),
    });
    marks.push({ kind: 'line', key: `load:${grp}:base`, x1: px(r.x0), x2: px(r.x0 + r.per * r.pitch), y1: px(base), y2: px(base), className: 'axis-line' });
  }
  for (let i = 0; i < nExperts; i++) {
    const grp = Math.floor(i / r.per);
    const base = r.y0 + grp * r.rowPitch + r.rowH;
    const h = hOf(loads[i]!);
    marks.push({
      kind: 'rect',
      key: `expert:${i}`,
      x: px(r.x0 + (i % r.per) * r.pitch + (r.pitch - r.bar) / 2),
      y: px(base - h),
      width: px(r.bar),
      height: px(h),
      className: 'mr-load',
    });
  }
  for (let grp = 0; grp < nGroups; grp++) {
    // Fair share: one dashed line per row, over the bars.
    const y = r.y0 + grp * r.rowPitch + r.rowH - hOf(fair);
    marks.push({
      kind: 'line',
      key: `load:${grp}:fair`,
      x1: px(r.x0 - 2),
      x2: px(r.x0 + r.per * r.pitch + 2),
      y1: px(y),
      y2: px(y),
      className: 'mr-fair-line',
    });
    const top = rowMax[grp] === overall;
    marks.push({
      kind: 'text',
      key: `load:${grp}:max`,
      x: px(r.rightX),
      y: px(r.y0 + grp * r.rowPitch + r.rowH - 5),
      text: text.t(r.narrow ? 'load.max.narrow' : 'load.max', { n: rowMax[grp]! }),
      baseline: 'middle',
      className: top ? 'legend-label mr-on-label' : 'legend-label',
      fontSize: smallType(r.narrow),
      fontWeight: top ? 700 : 400,
    });
  }
  return marks;
}

/**
 * The bars for `loads` (batch 1's or the last batch's), on one scale for both batches so the
 * two steps compare; `bottom` is where the room under the rows starts.
 */
export function loadBars(data: MoeRoutingData, size: Size, loads: readonly number[], text: RoutingText): { marks: Mark[]; bottom: number } {
  const r = rows(size, data);
  const b = data.balancing;
  const scaleMax = Math.max(...b.firstLoads, ...b.lastLoads);
  return { marks: loadMarks(data, r, loads, scaleMax, text), bottom: r.y0 + data.settings.nGroups * r.rowPitch };
}

/** The loads as a table: batch 1's (step batch), or batch 1's and the last batch's with each expert's final bias (step balancing). */
export function loadTable(data: MoeRoutingData, last: boolean, text: RoutingText): DataTable {
  const b = data.balancing;
  return last
    ? {
        caption: text.t('load.caption.last', { last: b.batches, updates: b.batches - 1, batch: b.batchSize }),
        columns: [
          text.t('table.expert'),
          text.t('table.group'),
          text.t('load.column.first'),
          text.t('load.column.last', { last: b.batches }),
          text.t('load.column.bias'),
        ],
        rows: b.firstLoads.map((l, i) => [i, groupNumber(data, i), l, b.lastLoads[i]!, b.finalBias[i]!]),
      }
    : {
        caption: text.t('load.caption.first', { batch: b.batchSize, fair: b.fairShare }),
        columns: [text.t('table.expert'), text.t('table.group'), text.t('load.column.tokens')],
        rows: b.firstLoads.map((l, i) => [i, groupNumber(data, i), l]),
      };
}
