/** Step "not-included": what the famous dollar figure leaves out, with R1's own training beside it. */
import { scaleLinear } from 'd3-scale';
import { r1OwnDollars } from '../what-if';
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { footnote, int, paragraph, usdM } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import { type CostSceneData, type CostStep, runFigures, STAGE_CLASS } from '../shared';

function excludedMarks(d: CostSceneData, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const f = runFigures(d.run);
  const r1 = r1OwnDollars(d);
  const note = footnote(
    'ex:note',
    narrow
      ? `R1's own training: priced by DeepSeek in the Nature paper's supplement (2025), read via press reports.`
      : `R1's own training (R1-Zero RL, SFT data, R1 RL): priced by DeepSeek in the supplement to the Nature version of the R1 paper (2025), read via press reports.`,
    W,
    H,
  );
  marks.push(...note.marks);
  // A what-if price above the report's may make the bar longer than $6M: the scale grows with it.
  const x = scaleLinear()
    .domain([0, Math.max(6e6, f.dollars)])
    .range([0, W - Math.max(narrow ? 70 : 110, measure(usdM(f.dollars), { size: narrow ? 14 : 16, weight: 800 }) + 12)]);
  const barH = narrow ? 16 : 20;
  // The $5.576M bar, kept from the earlier steps (same keys) so it slides into place.
  marks.push({
    kind: 'text',
    key: 'run:total:label',
    x: 0,
    y: px(top + 12),
    text: narrow ? 'V3’s final run, as priced' : 'DeepSeek-V3’s final training run, as priced in its report',
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
    text: usdM(f.dollars),
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
    text: narrow ? 'R1’s own training (Nature paper)' : 'R1’s own training, priced later (Nature paper, via reports)',
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
    text: `≈$${int(r1.dollars / 1000)}K${r1.reported ? '' : narrow ? ' (computed)' : ` (computed at $${f.rate.toFixed(2)})`}`,
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
    text: narrow ? 'Not in the figure (costs not disclosed):' : `Not in the ${usdM(f.dollars)}, and not disclosed, so drawn without a size:`,
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
  const boxH = Math.max(18, Math.min(narrow ? 46 : 84, (avail - gap * (rowsN - 1)) / rowsN));
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
    const basis = e.basis === 'stated' ? 'excluded, says the report' : 'left out by how the figure is built';
    const tall = !narrow && boxH >= 64;
    const oneLine = boxH < 34;
    const ly = oneLine ? by2 + boxH / 2 : tall ? by2 + 18 : by2 + boxH * 0.38;
    marks.push({
      kind: 'text',
      key: `${key}:label`,
      x: px(bx + 10),
      y: px(ly),
      text: e.label,
      baseline: 'middle',
      className: 'co-row-label',
      fontSize: tall ? 13 : 12,
      fontWeight: 700,
    });
    const text = tall ? `${e.detail.charAt(0).toUpperCase()}${e.detail.slice(1)}.` : basis;
    const detail = paragraph(`${key}:basis`, text, bx + 10, tall ? by2 + 37 : narrow ? by2 + boxH - 9 : by2 + boxH * 0.72 + 4, boxW - 44, {
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
  headline(d, narrow) {
    const f = runFigures(d.run);
    return {
      title: `What ${usdM(f.dollars)} leaves out`,
      sub: narrow
        ? 'Not the cost of building DeepSeek, and not R1’s own training.'
        : 'It is not what DeepSeek spent to build the model, and it is not R1’s own training.',
    };
  },
  marks: excludedMarks,
  describe(d) {
    const f = runFigures(d.run);
    return `The ${usdM(f.dollars)} bar for V3's final run next to R1's own training, about $${int(r1OwnDollars(d).dollars / 1000)}K (Nature paper, read via press reports${r1OwnDollars(d).reported ? '' : `; computed from its GPU-hours at $${f.rate.toFixed(2)}`}), and boxes without sizes for what the figure leaves out: ${d.run.excluded
      .filter((e) => e.id !== 'r1-rl')
      .map((e) => `${e.label.charAt(0).toLowerCase()}${e.label.slice(1)}`)
      .join(', ')}.`;
  },
  table(d) {
    const f = runFigures(d.run);
    return {
      caption: 'What the DeepSeek-V3 training figure includes and leaves out',
      columns: ['Item', 'In the figure?', 'Amount (US dollars)', 'Source', 'Where'],
      rows: [
        [`DeepSeek-V3 final training run, GPU time at $${f.rate}/hour`, 'yes', f.dollars, d.run.source, 'Table 1'],
        ...d.run.excluded.map(
          (e) =>
            [
              e.label,
              `no (${e.basis})`,
              e.id === 'r1-rl' ? `about $${int(d.run.r1OwnTraining.reportedCost.value)} (published ${d.run.r1OwnTraining.date})` : 'not disclosed',
              e.source,
              e.where,
            ] as (string | number)[],
        ),
      ],
    };
  },
  showsRate: true,
};
