/**
 * Step "every-token": every token of the sentence against all the routed experts, a row each,
 * and on top how many of the sentence's tokens picked each expert.
 */
import type { DataTable, Mark, Size } from '../../contract';
import { px } from '../../kit/format';
import { smallType } from '../../kit/text';
import type { MoeRoutingData } from '../data';
import { groupsOf, header, listOf, shortToken, type RoutingStep, type RoutingText } from '../shared';

/**
 * Every token of the sentence (up to MAX_TOKENS) against all the routed experts: one
 * row per token, a tick where it picked an expert. Each row is ONE path mark (its
 * ticks as sub-paths), so 64 tokens x 256 experts cost 64 marks, not 16,384. The
 * expert rects become a strip on top: how many of the sentence's tokens picked each.
 */
function everyToken(data: MoeRoutingData, size: Size, narrow: boolean, text: RoutingText): { marks: Mark[]; busiest: number; busiestCount: number } {
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
    text: text.t(narrow ? 'every.picks.narrow' : 'every.picks'),
    anchor: 'end',
    className: 'tick-label',
    fontSize: fs,
  });
  marks.push({
    kind: 'text',
    key: 'strip:max',
    x: px(labelW - 6),
    y: px(stripTop + 9),
    text: text.t('every.max', { n: maxCount }),
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
      text: narrow ? `${grp + 1}` : text.t('every.col', { n: grp + 1 }),
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
    text: text.t(narrow ? 'every.colTitle.narrow' : 'every.colTitle'),
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

function sentenceTable(data: MoeRoutingData, text: RoutingText): DataTable {
  return {
    caption: text.t('every.caption', { sentence: data.sentence }),
    columns: [text.t('every.column.token'), text.t('every.column.experts'), text.t('every.column.groups')],
    rows: data.tokenRoutes.map((t, k) => [`${k + 1}. ${t.token}`, t.experts.map((e) => `#${e}`).join(' '), listOf(text, groupsOf(data, t.experts))]),
  };
}

export const step: RoutingStep = (data, size, narrow, text) => {
  const { nExperts, nGroups, keptGroups, topK } = data.settings;
  const n = data.tokens.length;
  const m = everyToken(data, size, narrow, text);
  const marks: Mark[] = [
    ...header(
      narrow ? text.t('every.head.narrow', { n, k: topK }) : text.t('every.head', { count: topK }),
      narrow ? text.t('every.sub.narrow') : text.t('every.sub', { count: topK }),
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
      ? text.t('every.summary.narrow', { e: m.busiest, c: m.busiestCount, n, count: keptGroups })
      : text.t('every.summary', { e: m.busiest, c: m.busiestCount, n, kept: keptGroups, groups: nGroups }),
    className: 'bar-label',
    fontSize: fs,
  });
  return {
    title: text.t('every.title', { n }),
    description: text.t('every.describe', {
      n,
      sentence: data.sentence,
      k: topK,
      experts: nExperts,
      kept: keptGroups,
      groups: nGroups,
      e: m.busiest,
      c: m.busiestCount,
    }),
    marks,
    table: sentenceTable(data, text),
  };
};
