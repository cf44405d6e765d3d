/** Step "count-up": what one token uses, added up part by part against what is stored. */
import { NARROW_BREAKPOINT, type Frame, type Size } from '../../contract';
import { px } from '../../kit/format';
import { smallType } from '../../kit/text';
import type { ActiveParamsData } from '../data';
import { B, f1, f0, billions, pct, plural, oneIn, type ActiveStep, start, sourceLine, swatch, r1Reference, stacked, activeParts } from '../shared';

function countUp(d: ActiveParamsData, size: Size): Frame {
  const c = d.count;
  const narrow = size.width < NARROW_BREAKPOINT;
  const ratio = c.active / c.total;
  const s = start(
    d,
    size,
    narrow ? `Per token: ${billions(c.active, true)} of ${billions(c.total, true)}` : `Per token: ${billions(c.active)} of ${billions(c.total)} parameters`,
    `Only ${pct(ratio)} of the model works on each token, about 1 in ${oneIn(d)}. Adding up what one token uses:`,
    narrow
      ? `DeepSeek states ${f0(d.published.active / B)}B (${f1(d.published.activePrecise / B)}B precisely): counts differ a little with what is counted. ${sourceLine(true)}`
      : `DeepSeek states ${f0(d.published.active / B)}B (${f1(d.published.activePrecise / B)}B precisely): counts differ by a few percent with what is counted, such as the embedding, of which a token uses one row. ${sourceLine(false)}`,
  );
  const { W, marks } = s;
  const fs = 12;
  const barH = narrow ? 12 : 16;
  const whatIf = d.changes.length > 0;
  // R1's bar stays on the same scale, so the longer of the two sets it.
  const scale = W / (whatIf ? Math.max(c.total, d.r1.total) : c.total);
  let y = s.top + 2;
  marks.push({
    kind: 'text',
    key: 'bar:stored:label',
    x: 0,
    y: px(y + fs),
    text: `Stored: ${billions(c.total, narrow)}`,
    className: 'bar-label',
    fontSize: fs,
    fontWeight: 700,
  });
  y += fs + 5;
  marks.push(...stacked(d, 'part', 0, y, barH, scale, (p) => p.total).marks);
  if (whatIf) {
    const ref = r1Reference(
      'r1:stored',
      `R1, for comparison: ${billions(d.r1.total, narrow)} stored, ${billions(d.r1.active, narrow)} per token`,
      d.r1.total,
      scale,
      y + barH + 2,
      Math.round(barH * 0.6),
      smallType(narrow),
    );
    marks.push(...ref.marks);
    y = ref.bottom - barH;
  }
  y += barH + 6 + fs;
  marks.push({
    kind: 'text',
    key: 'bar:active:label',
    x: 0,
    y: px(y),
    text: `Used per token: ${billions(c.active, narrow)} (${pct(ratio)})`,
    className: 'bar-label',
    fontSize: fs,
    fontWeight: 700,
  });
  y += 5;
  const small = stacked(d, 'active', 0, y, barH, scale, (p) => p.active, ' is-on');
  marks.push(...small.marks);
  const zoomTop = y + barH;
  y = zoomTop + (narrow ? 14 : 24);
  // The active bar, magnified to the full width.
  const zScale = W / c.active;
  marks.push({ kind: 'path', key: 'zoom', d: `M0,${px(zoomTop)} L${px(small.right)},${px(zoomTop)} L${px(W)},${px(y)} L0,${px(y)} Z`, className: 'ap-zoom' });
  marks.push(...stacked(d, 'zoom', 0, y, barH, zScale, (p) => p.active, ' is-on').marks);
  y += barH + 8;
  // The running list.
  const parts = activeParts(d);
  const rowH = Math.max(14, Math.min(narrow ? 17 : 20, (s.bottom - y - (fs + 10)) / (parts.length + 1)));
  let running = 0;
  parts.forEach((p, k) => {
    running += p.active;
    const ry = y + k * rowH;
    marks.push(swatch(`sum:${p.id}:swatch`, 0, ry + 1, p.id, 10));
    const name =
      p.id === 'routed'
        ? narrow
          ? `Routed: ${c.shape.n_activated_experts} of ${c.shape.n_routed_experts} × ${c.moeLayers} ${plural(c.moeLayers, 'layer')}`
          : `Routed experts: ${c.shape.n_activated_experts} of ${c.shape.n_routed_experts} in each of ${c.moeLayers} ${plural(c.moeLayers, 'layer')}`
        : narrow
          ? p.short
          : `${p.label} (${p.detail})`;
    marks.push({ kind: 'text', key: `sum:${p.id}:name`, x: 15, y: px(ry + 9.5), text: name, className: 'bar-label', fontSize: smallType(narrow) });
    marks.push({
      kind: 'text',
      key: `sum:${p.id}:value`,
      x: px(W - (narrow ? 52 : 80)),
      y: px(ry + 9.5),
      text: `${k ? '+' : ''}${f1(p.active / B)}B`,
      anchor: 'end',
      className: 'value-label',
      fontSize: smallType(narrow),
    });
    marks.push({
      kind: 'text',
      key: `sum:${p.id}:running`,
      x: px(W),
      y: px(ry + 9.5),
      text: `= ${f1(running / B)}B`,
      anchor: 'end',
      className: 'value-label ap-running',
      fontSize: smallType(narrow),
      fontWeight: 700,
    });
  });
  const ty = y + parts.length * rowH + 4;
  marks.push({ kind: 'line', key: 'sum:rule', x1: 0, x2: px(W), y1: px(ty), y2: px(ty), className: 'axis-line' });
  marks.push({
    kind: 'text',
    key: 'sum:total',
    x: px(W),
    y: px(ty + fs + 3),
    text: narrow ? `${billions(c.active, true)} per token of ${billions(c.total, true)}` : `${billions(c.active)} per token, of ${billions(c.total)} stored`,
    anchor: 'end',
    className: 'bar-label ap-running',
    fontSize: fs,
    fontWeight: 700,
  });
  let cum = 0;
  return {
    width: W,
    height: s.H,
    title: `${d.changes.length ? 'What if… — not R1: ' : ''}Parameters used per token: ${billions(c.active)} of ${billions(c.total)} (${pct(ratio)})`,
    description: `Adding up what one token uses: ${parts.map((p) => `${p.label.toLowerCase()} ${billions(p.active)}`).join(', ')}. Total ${billions(c.active)} of ${billions(c.total)}, ${pct(ratio)}, about 1 in ${oneIn(d)}. DeepSeek states ${f1(d.published.activePrecise / B)} billion.`,
    marks,
    table: {
      caption: 'Parameters one token uses, part by part (computed from config_671B.json)',
      columns: ['Part', 'Stored (billions)', 'Used per token (billions)', 'Running total (billions)'],
      rows: parts.map((p) => {
        cum += p.active;
        return [p.label, Math.round(p.total / 1e6) / 1e3, Math.round(p.active / 1e6) / 1e3, Math.round(cum / 1e6) / 1e3];
      }),
    },
  };
}

export const step: ActiveStep = countUp;
