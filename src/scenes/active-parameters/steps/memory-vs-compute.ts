/** Step "memory-vs-compute": all parameters must be in memory; the work per token is that of the active ones. */
import { NARROW_BREAKPOINT, type Frame, type Size } from '../../contract';
import { px } from '../../kit/format';
import { paragraph } from '../../kit/chart';
import { smallType, wrap } from '../../kit/text';
import type { ActiveParamsData } from '../data';
import { countIn } from '../../kit/numbers';
import { B, billions, gb0, gb1, oneIn, type APText, type ActiveStep, start, sourceLine, r1Reference, stacked } from '../shared';

function memoryVsCompute(d: ActiveParamsData, size: Size, text: APText): Frame {
  const c = d.count;
  const narrow = size.width < NARROW_BREAKPOINT;
  const m = d.memory;
  const s = start(
    d,
    size,
    text,
    narrow
      ? text.t('memory.title.narrow')
      : text.t('memory.title', { total: countIn(text, c.total, B, 0, 'short'), active: countIn(text, c.active, B, 1, 'short') }),
    text.t(narrow ? 'memory.subtitle.narrow' : 'memory.subtitle', { active: billions(text, c.active, narrow) }),
    text.t(narrow ? 'memory.foot.narrow' : 'memory.foot', { dtype: d.dtype, source: sourceLine(text, narrow) }),
  );
  const { W, marks } = s;
  const fs = narrow ? 12 : 14;
  const sum = text.t(d.changes.length ? 'memory.sum.whatIf' : 'memory.sum', {
    total: countIn(text, c.total, B, 0, 'number'),
    active: countIn(text, c.active, B, 1, 'number'),
    oneIn: oneIn(d),
  });
  // The closing sentence is the step's point: on a wide box it sets larger than the labels.
  const sumFs = narrow ? fs : 17;
  const paraLines = Math.min(4, wrap(sum, { width: W - 2, size: sumFs, weight: 700 }).length);
  // Bars and gaps share what the text leaves over, so a short figure still fits, and a tall one
  // (the laptop's box) is filled rather than left 100-180 px empty above the footnote: the two
  // gaps between the blocks take it, and the closing sentence keeps `tail` px above the footnote.
  const whatIf = d.changes.length > 0;
  const sumLh = Math.round(sumFs * 1.3);
  const textH = 2 * (fs + 10) + 3 * (fs + 4) + sumFs + (paraLines - 1) * sumLh + 4 + (whatIf ? smallType(narrow) + 10 : 0);
  const free = Math.max(0, s.bottom - s.top - 2 - textH);
  const tail = narrow ? 6 : 16;
  const barH = Math.max(6, Math.min(narrow ? 14 : 44, free * 0.18));
  const gapBig = Math.max(4, Math.min(narrow ? 20 : 60, (free - 3 * barH - 8 - tail) / 2));
  const gapSmall = Math.min(8, gapBig);
  // What the caps leave is shared by the gap above the second panel, above the closing sentence and
  // under it, not left in one band above the footnote.
  const rest = Math.max(0, free - 3 * barH - 2 * gapBig - gapSmall - tail);
  const scale = W / Math.max(m.bf16GB, whatIf ? 2 * d.r1.fp8GB : 0); // px per GB; R1's bar stays on the same scale
  const perParamFp8 = scale / B; // px per parameter at 1 byte
  let y = s.top + 2;
  marks.push({
    kind: 'text',
    key: 'mem:title',
    x: 0,
    y: px(y + fs),
    text: text.t('memory.panel'),
    className: 'chart-subtitle ap-panel-title',
    fontSize: fs + 1,
    fontWeight: 700,
  });
  y += fs + 10;
  marks.push({
    kind: 'text',
    key: 'mem:fp8:label',
    x: 0,
    y: px(y + fs),
    text: text.t('memory.fp8', { gb: gb0(text, m.fp8GB) }),
    className: 'bar-label',
    fontSize: fs,
  });
  y += fs + 4;
  marks.push(...stacked(d, 'part', 0, y, barH, perParamFp8, (p) => p.total).marks);
  if (whatIf) {
    const ref = r1Reference(
      'r1:fp8',
      text.t('memory.r1', { gb: gb0(text, d.r1.fp8GB) }),
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
    text: text.t('memory.bf16', { gb: gb0(text, m.bf16GB) }),
    className: 'bar-label',
    fontSize: fs,
  });
  y += fs + 4;
  marks.push({ kind: 'rect', key: 'mem:bf16', x: 0, y: px(y), width: px(m.bf16GB * scale), height: barH, className: 'ap-mem-bf16' });
  y += barH + gapBig + rest / 3;
  marks.push({
    kind: 'text',
    key: 'work:title',
    x: 0,
    y: px(y + fs),
    text: text.t('memory.work'),
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
    text: text.t('memory.work.label', { size: billions(text, c.active, narrow), gb: gb1(text, m.activeFp8GB) }),
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
    text: text.t('memory.sameScale'),
    baseline: 'middle',
    className: 'legend-label',
    fontSize: smallType(narrow),
  });
  y += barH + gapBig + rest / 3;
  marks.push(
    ...paragraph('work:text', sum, 0, y + sumFs, W - 2, { className: 'bar-label ap-sum', fontSize: sumFs, fontWeight: 700, slots: 4, balance: !narrow }).marks,
  );
  return {
    width: W,
    height: s.H,
    title: text.t(d.changes.length ? 'memory.frame.whatIf' : 'memory.frame', { total: billions(text, c.total), active: billions(text, c.active) }),
    description: text.t('memory.describe', {
      total: billions(text, c.total),
      fp8: gb0(text, m.fp8GB),
      bf16: gb0(text, m.bf16GB),
      active: billions(text, c.active),
      activeFp8: gb1(text, m.activeFp8GB),
      oneIn: oneIn(d),
    }),
    marks,
    table: {
      caption: text.t('memory.table.caption'),
      columns: [text.t('memory.table.what'), text.t('memory.table.params'), text.t('memory.table.bytes'), text.t('memory.table.memory')],
      rows: [
        [text.t('memory.table.fp8'), Math.round(c.total / 1e6) / 1e3, 1, Math.round(m.fp8GB * 10) / 10],
        [text.t('memory.table.bf16'), Math.round(c.total / 1e6) / 1e3, 2, Math.round(m.bf16GB * 10) / 10],
        [text.t('memory.table.activeFp8'), Math.round(c.active / 1e6) / 1e3, 1, Math.round(m.activeFp8GB * 10) / 10],
        [text.t('memory.table.activeBf16'), Math.round(c.active / 1e6) / 1e3, 2, Math.round(m.activeBf16GB * 10) / 10],
      ],
    },
  };
}

export const step: ActiveStep = memoryVsCompute;
