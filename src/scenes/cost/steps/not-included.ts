/** Step "not-included": what the famous dollar figure leaves out, with R1's own training beside it. */
import { scaleLinear } from 'd3-scale';
import { r1OwnDollars } from '../what-if';
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { footnote, paragraph } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import {
  type CostSceneData,
  type CostStep,
  type CostText,
  excludedWord,
  isoDate,
  listOf,
  price,
  runFigures,
  STAGE_CLASS,
  usdMillions,
  usdThousands,
  usdWhole,
} from '../shared';

function excludedMarks(d: CostSceneData, W: number, H: number, narrow: boolean, top: number, text: CostText): Mark[] {
  const marks: Mark[] = [];
  const f = runFigures(d.run);
  const r1 = r1OwnDollars(d);
  const total = usdMillions(text, f.dollars);
  const note = footnote('ex:note', text.t(narrow ? 'ex.note.narrow' : 'ex.note'), W, H);
  marks.push(...note.marks);
  // A what-if price above the report's may make the bar longer than $6M: the scale grows with it.
  const x = scaleLinear()
    .domain([0, Math.max(6e6, f.dollars)])
    .range([0, W - Math.max(narrow ? 70 : 110, measure(total, { size: narrow ? 14 : 16, weight: 800 }) + 12)]);
  const barH = narrow ? 16 : 20;
  // The $5.576M bar, kept from the earlier steps (same keys) so it slides into place.
  marks.push({
    kind: 'text',
    key: 'run:total:label',
    x: 0,
    y: px(top + 12),
    text: text.t(narrow ? 'ex.run.label.narrow' : 'ex.run.label'),
    className: 'co-row-label',
    fontSize: narrow ? 12 : 13,
    fontWeight: 800,
  });
  const by = top + 22;
  let acc = 0;
  f.stages.forEach((s, i) => {
    marks.push({
      kind: 'rect',
      key: `run:total:seg:${s.id}`,
      x: px(x(acc)),
      y: px(by),
      width: px(Math.max(0, x(acc + s.dollars) - x(acc))),
      height: barH,
      className: `co-bar ${STAGE_CLASS[i] ?? 'co-seg-2'}`,
    });
    acc += s.dollars;
  });
  marks.push({
    kind: 'text',
    key: 'run:total:value',
    x: px(x(acc) + 6),
    y: px(by + barH / 2),
    text: total,
    baseline: 'middle',
    className: 'co-total',
    fontSize: narrow ? 14 : 16,
    fontWeight: 800,
  });
  // R1's own training, at the same scale.
  const ry = by + barH + (narrow ? 30 : 34);
  marks.push({
    kind: 'text',
    key: 'ex:r1:label',
    x: 0,
    y: px(ry - 8),
    text: text.t(narrow ? 'ex.r1.label.narrow' : 'ex.r1.label'),
    className: 'co-row-label',
    fontSize: narrow ? 12 : 13,
    fontWeight: 700,
  });
  marks.push({ kind: 'rect', key: 'ex:r1:bar', x: 0, y: px(ry), width: px(Math.max(1, x(r1.dollars))), height: barH, className: 'co-bar co-secondary' });
  marks.push({
    kind: 'text',
    key: 'ex:r1:value',
    x: px(x(r1.dollars) + 6),
    y: px(ry + barH / 2),
    text: r1.reported
      ? text.t('ex.r1.value', { amount: usdThousands(text, r1.dollars) })
      : narrow
        ? text.t('ex.r1.value.computed.narrow', { amount: usdThousands(text, r1.dollars) })
        : text.t('ex.r1.value.computed', { amount: usdThousands(text, r1.dollars), rate: price(text, f.rate, 2) }),
    baseline: 'middle',
    className: 'co-value',
    fontSize: narrow ? 13 : 14,
    fontWeight: 700,
  });

  // What is not in the figure: unknown sizes, so no bars, just labelled boxes.
  const listTop = ry + barH + (narrow ? 26 : 30);
  marks.push({
    kind: 'text',
    key: 'ex:head',
    x: 0,
    y: px(listTop),
    text: narrow ? text.t('ex.head.narrow') : text.t('ex.head', { amount: total }),
    className: 'co-row-label',
    fontSize: narrow ? 12 : 13,
    fontWeight: 700,
  });
  const items = d.run.excluded.filter((e) => e.id !== 'r1-rl');
  const cols = narrow ? 1 : 2;
  const gap = 8;
  const rowsN = Math.ceil(items.length / cols);
  const boxW = (W - gap * (cols - 1)) / cols;
  const avail = note.top - (listTop + 10) - 6;
  // The boxes take the room down to the note (on a tall wide box, up to 130 px each), so nothing is left empty.
  const boxH = Math.max(18, Math.min(narrow ? 46 : 130, (avail - gap * (rowsN - 1)) / rowsN));
  items.forEach((e, i) => {
    const c = i % cols;
    const r = Math.floor(i / cols);
    const bx = c * (boxW + gap);
    const by2 = listTop + 10 + r * (boxH + gap);
    const key = `ex:item:${e.id}`;
    marks.push({ kind: 'rect', key, x: px(bx), y: px(by2), width: px(boxW), height: px(boxH), rx: 6, className: 'co-unknown' });
    marks.push({
      kind: 'text',
      key: `${key}:q`,
      x: px(bx + boxW - 10),
      y: px(by2 + boxH / 2),
      text: '?',
      anchor: 'end',
      baseline: 'middle',
      className: 'co-unknown-q',
      fontSize: narrow ? 16 : 22,
      fontWeight: 800,
    });
    // Same marks at every size (stable keys): short boxes show the label and a one-line
    // basis; tall ones the report's reason in full. Lines that do not fit are hidden.
    const basis = text.t(e.basis === 'stated' ? 'ex.basis.stated' : 'ex.basis.built');
    const tall = !narrow && boxH >= 64;
    const oneLine = boxH < 34;
    const ly = oneLine ? by2 + boxH / 2 : tall ? by2 + 18 : by2 + boxH * 0.38;
    marks.push({
      kind: 'text',
      key: `${key}:label`,
      x: px(bx + 10),
      y: px(ly),
      text: excludedWord(text, e, 'label'),
      baseline: 'middle',
      className: 'co-row-label',
      fontSize: tall ? 13 : 12,
      fontWeight: 700,
    });
    const words = tall ? excludedWord(text, e, 'detail') : basis;
    const detail = paragraph(`${key}:basis`, words, bx + 10, tall ? by2 + 37 : narrow ? by2 + boxH - 9 : by2 + boxH * 0.72 + 4, boxW - 44, {
      className: 'co-row-detail',
      fontSize: smallType(narrow),
      lineHeight: 14,
      slots: 3,
      baseline: tall ? 'auto' : 'middle',
    });
    const room = oneLine ? 0 : tall ? Math.max(1, Math.floor((boxH - 30) / 14)) : 1;
    detail.marks.forEach((m, j) => marks.push({ ...m, opacity: j < room ? 1 : 0 }));
  });
  return marks;
}

export const step: CostStep = {
  headline(d, narrow, text) {
    const f = runFigures(d.run);
    return {
      title: text.t('ex.title', { amount: usdMillions(text, f.dollars) }),
      sub: text.t(narrow ? 'ex.sub.narrow' : 'ex.sub'),
    };
  },
  marks: excludedMarks,
  describe(d, text) {
    const f = runFigures(d.run);
    const own = r1OwnDollars(d);
    const params = {
      amount: usdMillions(text, f.dollars),
      r1: usdThousands(text, own.dollars),
      list: listOf(
        text,
        d.run.excluded.filter((e) => e.id !== 'r1-rl').map((e) => excludedWord(text, e, 'inList')),
      ),
    };
    return own.reported ? text.t('ex.describe', params) : text.t('ex.describe.computed', { ...params, rate: price(text, f.rate, 2) });
  },
  table(d, text) {
    const f = runFigures(d.run);
    const own = d.run.r1OwnTraining;
    return {
      caption: text.t('ex.caption'),
      columns: [text.t('ex.col.item'), text.t('ex.col.in'), text.t('ex.col.amount'), text.t('col.source'), text.t('ex.col.where')],
      rows: [
        [text.t('ex.row.run', { rate: price(text, f.rate) }), text.t('ex.yes'), f.dollars, d.run.source, text.t('ex.row.runWhere')],
        ...d.run.excluded.map(
          (e) =>
            [
              excludedWord(text, e, 'label'),
              text.t('ex.no', { basis: excludedWord(text, e, 'basis') }),
              e.id === 'r1-rl'
                ? text.t('ex.published', { amount: usdWhole(text, own.reportedCost.value), date: isoDate(text, own.date) })
                : text.t('ex.notDisclosed'),
              e.source,
              excludedWord(text, e, 'where'),
            ] as (string | number)[],
        ),
      ],
    };
  },
  showsRate: true,
};
