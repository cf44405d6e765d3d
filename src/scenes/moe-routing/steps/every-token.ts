/**
 * Step "every-token": every token of the sentence against all the routed experts, a row each,
 * and on top how many of the sentence's tokens picked each expert.
 */
import type { DataTable, Mark, Size } from '../../contract';
import { px } from '../../kit/format';
import { smallType } from '../../kit/text';
import type { MoeRoutingData } from '../data';
import { groupsOf, header, shortToken, type RoutingStep } from '../shared';

/**
 * Every token of the sentence (up to MAX_TOKENS) against all the routed experts: one
 * row per token, a tick where it picked an expert. Each row is ONE path mark (its
 * ticks as sub-paths), so 64 tokens x 256 experts cost 64 marks, not 16,384. The
 * expert rects become a strip on top: how many of the sentence's tokens picked each.
 */
function everyToken(data: MoeRoutingData, size: Size, narrow: boolean): { marks: Mark[]; busiest: number; busiestCount: number } {
  const fs = smallType(narrow);
  const { nExperts, nGroups } = data.settings;
  const per = nExperts / nGroups;
  const n = data.tokens.length;
  const labelW = narrow ? 62 : 96;
  const x0 = labelW;
  const w = size.width - labelW - 2;
  const pitch = w / nExperts;
  const counts = new Array<number>(nExperts).fill(0);
  for (const t of data.tokenRoutes) for (const e of t.experts) counts[e]!++;
  const maxCount = Math.max(1, ...counts);
  const busiest = counts.indexOf(maxCount);
  const stripTop = 70;
  const stripH = narrow ? 26 : 34;
  const top = stripTop + stripH + 22;
  const bottom = size.height - 30;
  const rowH = Math.max(2, Math.min(30, (bottom - top) / n));
  const tick = Math.max(1.5, pitch * 0.9);
  const marks: Mark[] = [];
  marks.push({
    kind: 'text',
    key: 'strip:label',
    x: px(labelW - 6),
    y: px(stripTop + stripH - 2),
    text: narrow ? 'picks' : 'tokens each',
    anchor: 'end',
    className: 'tick-label',
    fontSize: fs,
  });
  marks.push({
    kind: 'text',
    key: 'strip:max',
    x: px(labelW - 6),
    y: px(stripTop + 9),
    text: `max ${maxCount}`,
    anchor: 'end',
    className: 'tick-label',
    fontSize: fs,
  });
  for (let i = 0; i < nExperts; i++) {
    const h = (counts[i]! / maxCount) * stripH;
    marks.push({
      kind: 'rect',
      key: `expert:${i}`,
      x: px(x0 + i * pitch + (pitch - tick) / 2),
      y: px(stripTop + stripH - h),
      width: px(tick),
      height: px(h),
      className: 'mr-load',
    });
  }
  marks.push({ kind: 'line', key: 'strip:base', x1: px(x0), x2: px(x0 + w), y1: px(stripTop + stripH), y2: px(stripTop + stripH), className: 'axis-line' });
  for (let grp = 0; grp < nGroups; grp++) {
    const gx = x0 + grp * per * pitch;
    if (grp > 0)
      marks.push({ kind: 'line', key: `col:${grp}:sep`, x1: px(gx), x2: px(gx), y1: px(stripTop - 4), y2: px(top + n * rowH), className: 'mr-group-sep' });
    marks.push({
      kind: 'text',
      key: `col:${grp}:label`,
      x: px(gx + (per * pitch) / 2),
      y: px(top - 6),
      text: narrow ? `${grp + 1}` : `G${grp + 1}`,
      anchor: 'middle',
      className: 'tick-label',
      fontSize: fs,
    });
  }
  marks.push({
    kind: 'text',
    key: 'col:title',
    x: 0,
    y: px(top - 6),
    text: narrow ? 'Group' : 'Expert group',
    className: 'tick-label',
    fontSize: fs,
  });
  // Label as many rows as fit at 11px: every k-th token, always the followed one.
  const every = Math.max(1, Math.ceil(13 / rowH));
  data.tokenRoutes.forEach((t, k) => {
    const y = top + k * rowH;
    const h = Math.max(1.5, rowH * 0.8);
    const d = t.experts.map((e) => `M${px(x0 + e * pitch + (pitch - tick) / 2)},${px(y)}h${px(tick)}v${px(h)}h${px(-tick)}Z`).join('');
    marks.push({ kind: 'path', key: `tok:${k}`, d, className: k === data.focus ? 'mr-tok-row is-focus' : 'mr-tok-row' });
    if (k % every === 0 || k === data.focus) {
      if (k !== data.focus && Math.abs(k - data.focus) < every) return;
      marks.push({
        kind: 'text',
        key: `tok:${k}:label`,
        x: px(labelW - 6),
        y: px(y + h / 2),
        text: shortToken(t.token, 9),
        anchor: 'end',
        baseline: 'middle',
        className: k === data.focus ? 'bar-label mr-on-label' : 'tick-label',
        fontSize: fs,
        fontWeight: k === data.focus ? 700 : 400,
      });
    }
  });
  return { marks, busiest, busiestCount: maxCount };
}

function sentenceTable(data: MoeRoutingData): DataTable {
  return {
    caption: `Experts chosen for each token of “${data.sentence}” (illustrative router; the shared expert runs for all)`,
    columns: ['Token', 'Routed experts chosen', 'Groups used'],
    rows: data.tokenRoutes.map((t, k) => [`${k + 1}. ${t.token}`, t.experts.map((e) => `#${e}`).join(' '), groupsOf(data, t.experts).join(', ')]),
  };
}

export const step: RoutingStep = (data, size, narrow) => {
  const { nExperts, nGroups, keptGroups, topK } = data.settings;
  const n = data.tokens.length;
  const m = everyToken(data, size, narrow);
  const marks: Mark[] = [
    ...header(
      narrow ? `All ${n} tokens, each to its own ${topK}` : `Every token of the sentence picks its own ${topK === 1 ? 'expert' : `${topK} experts`}`,
      narrow
        ? `Row = a token · tick = a chosen expert`
        : `Row = a token · tick = ${topK === 1 ? 'its expert' : `one of its ${topK} experts`} · top: how many tokens chose each expert`,
      narrow,
    ),
    ...m.marks,
  ];
  const fs = smallType(narrow);
  // At the foot of the box, so no blank is left under the drawing whatever the sentence's length.
  marks.push({
    kind: 'text',
    key: 'summary:0',
    x: 0,
    y: px(size.height - 8),
    text: narrow
      ? `Busiest: #${m.busiest}, ${m.busiestCount} of ${n} tokens. Each row: ≤ ${keptGroups} group${keptGroups === 1 ? '' : 's'}.`
      : `Busiest expert: #${m.busiest}, picked by ${m.busiestCount} of ${n} tokens. Every row stays within ${keptGroups} of the ${nGroups} groups.`,
    className: 'bar-label',
    fontSize: fs,
  });
  return {
    title: `Routing of all ${n} tokens of the sentence`,
    description: `Illustrative router. Each of the ${n} tokens of “${data.sentence}” is sent to ${topK} of the ${nExperts} routed experts, always within at most ${keptGroups} of the ${nGroups} groups, plus the shared expert. The busiest expert, #${m.busiest}, is picked by ${m.busiestCount} tokens.`,
    marks,
    table: sentenceTable(data),
  };
};
