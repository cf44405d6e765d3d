/** Step "memory-vs-compute": all parameters must be in memory; the work per token is that of the active ones. */
import { NARROW_BREAKPOINT, type Frame, type Size } from '../../contract';
import { px } from '../../kit/format';
import { paragraph } from '../../kit/chart';
import { smallType, wrap } from '../../kit/text';
import type { ActiveParamsData } from '../data';
import { B, f1, f0, billions, gbText, gb1, oneIn, type ActiveStep, start, sourceLine, r1Reference, stacked } from '../shared';

function memoryVsCompute(d: ActiveParamsData, size: Size): Frame {
  const c = d.count;
  const narrow = size.width < NARROW_BREAKPOINT;
  const m = d.memory;
  const s = start(
    d,
    size,
    narrow ? 'Memory of a giant, work of a mid-size model' : `Stored like a ${f0(c.total / B)}B model, run like a ${f1(c.active / B)}B one`,
    narrow
      ? `Every weight must sit in GPU memory; each token works only ${billions(c.active, true)} of them.`
      : `Every weight must sit in GPU memory, because the next token may need any expert. But each token works only ${billions(c.active)} of them.`,
    narrow
      ? `Weights only: memory for the conversation (the KV cache) comes on top. Weights published in ${d.dtype}. ${sourceLine(true)}`
      : `Weights only: memory for the conversation so far (the KV cache) comes on top. DeepSeek publishes the weights in ${d.dtype}. ${sourceLine(false)}`,
  );
  const { W, marks } = s;
  const fs = 12;
  const text = `So ${d.changes.length ? 'this shape' : 'R1'} needs the memory of a ${f0(c.total / B)}-billion-parameter model, but each token costs about as much arithmetic as in a ${f1(c.active / B)}-billion one: 1 in ${oneIn(d)} of its weights.`;
  const paraLines = Math.min(4, wrap(text, { width: W - 2, size: fs, weight: 700 }).length);
  // Bars and gaps share what the text leaves over, so a short figure still fits.
  const whatIf = d.changes.length > 0;
  const textH = 2 * (fs + 10) + 3 * (fs + 4) + fs + paraLines * Math.round(fs * 1.3) + (whatIf ? smallType(narrow) + 10 : 0);
  const free = Math.max(0, s.bottom - s.top - 2 - textH);
  const barH = Math.max(6, Math.min(narrow ? 14 : 22, free * 0.14));
  const gapBig = Math.max(4, Math.min(narrow ? 20 : 26, (free - 3 * barH) / 3));
  const gapSmall = Math.min(8, gapBig);
  const scale = W / Math.max(m.bf16GB, whatIf ? 2 * d.r1.fp8GB : 0); // px per GB; R1's bar stays on the same scale
  const perParamFp8 = scale / B; // px per parameter at 1 byte
  let y = s.top + 2;
  marks.push({
    kind: 'text',
    key: 'mem:title',
    x: 0,
    y: px(y + fs),
    text: 'In GPU memory: all the weights',
    className: 'chart-subtitle ap-panel-title',
    fontSize: fs + 1,
    fontWeight: 700,
  });
  y += fs + 10;
  marks.push({ kind: 'text', key: 'mem:fp8:label', x: 0, y: px(y + fs), text: `FP8, 1 byte each: ${gbText(m.fp8GB)}`, className: 'bar-label', fontSize: fs });
  y += fs + 4;
  marks.push(...stacked(d, 'part', 0, y, barH, perParamFp8, (p) => p.total).marks);
  if (whatIf) {
    const ref = r1Reference(
      'r1:fp8',
      `R1 at FP8, for comparison: ${gbText(d.r1.fp8GB)}`,
      d.r1.fp8GB,
      scale,
      y + barH + 2,
      Math.max(4, Math.round(barH * 0.5)),
      smallType(narrow),
    );
    marks.push(...ref.marks);
    y = ref.bottom - barH;
  }
  y += barH + gapSmall;
  marks.push({
    kind: 'text',
    key: 'mem:bf16:label',
    x: 0,
    y: px(y + fs),
    text: `BF16, 2 bytes each: ${gbText(m.bf16GB)}`,
    className: 'bar-label',
    fontSize: fs,
  });
  y += fs + 4;
  marks.push({ kind: 'rect', key: 'mem:bf16', x: 0, y: px(y), width: px(m.bf16GB * scale), height: barH, className: 'ap-mem-bf16' });
  y += barH + gapBig;
  marks.push({
    kind: 'text',
    key: 'work:title',
    x: 0,
    y: px(y + fs),
    text: 'Work per token: only the active weights',
    className: 'chart-subtitle ap-panel-title',
    fontSize: fs + 1,
    fontWeight: 700,
  });
  y += fs + 10;
  marks.push({
    kind: 'text',
    key: 'work:label',
    x: 0,
    y: px(y + fs),
    text: `${billions(c.active, narrow)} parameters = ${gb1(m.activeFp8GB)} at FP8`,
    className: 'bar-label',
    fontSize: fs,
  });
  y += fs + 4;
  const act = stacked(d, 'active', 0, y, barH, perParamFp8, (p) => p.active, ' is-on');
  marks.push(...act.marks);
  marks.push({
    kind: 'text',
    key: 'work:same-scale',
    x: px(act.right + 6),
    y: px(y + barH / 2),
    text: '← same scale',
    baseline: 'middle',
    className: 'legend-label',
    fontSize: smallType(narrow),
  });
  y += barH + gapBig;
  marks.push(...paragraph('work:text', text, 0, y + fs, W - 2, { className: 'bar-label ap-sum', fontSize: fs, fontWeight: 700, slots: 4 }).marks);
  return {
    width: W,
    height: s.H,
    title: `${d.changes.length ? 'What if… — not R1: m' : 'M'}emory for ${billions(c.total)} parameters, work for ${billions(c.active)} per token`,
    description: `All ${billions(c.total)} parameters must be in GPU memory: ${gbText(m.fp8GB)} at FP8 (1 byte each) or ${gbText(m.bf16GB)} at BF16 (2 bytes each), weights only. Each token uses only ${billions(c.active)} of them (${gb1(m.activeFp8GB)} at FP8), so its arithmetic is that of a model about 1/${oneIn(d)} the size.`,
    marks,
    table: {
      caption: 'Weight memory (parameters x bytes per parameter; weights only)',
      columns: ['What', 'Parameters (billions)', 'Bytes each', 'Memory (GB)'],
      rows: [
        ['All weights, FP8', Math.round(c.total / 1e6) / 1e3, 1, Math.round(m.fp8GB * 10) / 10],
        ['All weights, BF16', Math.round(c.total / 1e6) / 1e3, 2, Math.round(m.bf16GB * 10) / 10],
        ['Used per token, FP8', Math.round(c.active / 1e6) / 1e3, 1, Math.round(m.activeFp8GB * 10) / 10],
        ['Used per token, BF16', Math.round(c.active / 1e6) / 1e3, 2, Math.round(m.activeBf16GB * 10) / 10],
      ],
    },
  };
}

export const step: ActiveStep = memoryVsCompute;
