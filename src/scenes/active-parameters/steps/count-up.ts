/** Step "count-up": what one token uses, added up part by part against what is stored. */
import { NARROW_BREAKPOINT, type Frame, type Size } from '../../contract';
import { px } from '../../kit/format';
import { smallType } from '../../kit/text';
import type { ActiveParamsData } from '../data';
import { count } from '../../kit/numbers';
import type { DisplayPart } from '../data';
import {
  billions,
  list,
  partDetail,
  partName,
  pct,
  oneIn,
  type APText,
  type ActiveStep,
  frameTitle,
  start,
  sourceLine,
  swatch,
  r1Reference,
  stacked,
  activeParts,
} from '../shared';

function countUp(d: ActiveParamsData, size: Size, text: APText): Frame {
  const c = d.count;
  const narrow = size.width < NARROW_BREAKPOINT;
  const ratio = c.active / c.total;
  const share = pct(text, ratio);
  const s = start(
    d,
    size,
    text,
    text.t(narrow ? 'count.title.narrow' : 'count.title', { active: billions(text, c.active, narrow), total: billions(text, c.total, narrow) }),
    text.t('count.subtitle', { share, oneIn: oneIn(d) }),
    text.t(narrow ? 'count.foot.narrow' : 'count.foot', {
      stated: count(text, d.published.active, 0),
      precise: billions(text, d.published.activePrecise, true),
      source: sourceLine(text, narrow),
    }),
  );
  const { W, marks } = s;
  const fs = 12;
  const whatIf = d.changes.length > 0;
  const parts = activeParts(d);
  // A wide box taller than the drawing needs (the laptop's, 704 px wide) is filled: a share of the
  // room to spare goes to the bars, the magnifier and the list's rows (it left 90-140 px empty above
  // the footnote). With what-if changes R1's reference bar takes room of its own: the base sizes.
  const base = { barH: narrow ? 12 : 16, zoomGap: narrow ? 14 : 24, rowMax: narrow ? 17 : 20 };
  const needed = 3 * base.barH + base.zoomGap + parts.length * base.rowMax + 3 * fs + 42;
  const spare = narrow || whatIf ? 0 : Math.max(0, s.bottom - s.top - needed);
  const barH = base.barH + Math.min(10, Math.floor(spare * 0.06));
  const zoomGap = base.zoomGap + Math.min(48, Math.floor(spare * 0.35));
  const rowMax = base.rowMax + Math.min(10, Math.floor((spare * 0.45) / parts.length));
  // R1's bar stays on the same scale, so the longer of the two sets it.
  const scale = W / (whatIf ? Math.max(c.total, d.r1.total) : c.total);
  let y = s.top + 2;
  marks.push({
    kind: 'text',
    key: 'bar:stored:label',
    x: 0,
    y: px(y + fs),
    text: text.t('count.stored', { size: billions(text, c.total, narrow) }),
    className: 'bar-label',
    fontSize: fs,
    fontWeight: 700,
  });
  y += fs + 5;
  marks.push(...stacked(d, 'part', 0, y, barH, scale, (p) => p.total).marks);
  if (whatIf) {
    const ref = r1Reference(
      'r1:stored',
      text.t('count.r1', { total: billions(text, d.r1.total, narrow), active: billions(text, d.r1.active, narrow) }),
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
    text: text.t('count.used', { size: billions(text, c.active, narrow), share }),
    className: 'bar-label',
    fontSize: fs,
    fontWeight: 700,
  });
  y += 5;
  const small = stacked(d, 'active', 0, y, barH, scale, (p) => p.active, ' is-on');
  marks.push(...small.marks);
  const zoomTop = y + barH;
  y = zoomTop + zoomGap;
  // The active bar, magnified to the full width.
  const zScale = W / c.active;
  marks.push({ kind: 'path', key: 'zoom', d: `M0,${px(zoomTop)} L${px(small.right)},${px(zoomTop)} L${px(W)},${px(y)} L0,${px(y)} Z`, className: 'ap-zoom' });
  marks.push(...stacked(d, 'zoom', 0, y, barH, zScale, (p) => p.active, ' is-on').marks);
  y += barH + 8;
  // The running list.
  const rowH = Math.max(14, Math.min(rowMax, (s.bottom - y - (fs + 10)) / (parts.length + 0.7)));
  let running = 0;
  parts.forEach((p, k) => {
    running += p.active;
    const ry = y + k * rowH;
    marks.push(swatch(`sum:${p.id}:swatch`, 0, ry + 1, p.id, 10));
    const name =
      p.id === 'routed'
        ? text.t(narrow ? 'count.routed.narrow' : 'count.routed', { k: c.shape.n_activated_experts, n: c.shape.n_routed_experts, count: c.moeLayers })
        : narrow
          ? partName(text, p, true)
          : text.t('count.part', { part: partName(text, p), detail: partDetail(text, d, p) });
    marks.push({ kind: 'text', key: `sum:${p.id}:name`, x: 15, y: px(ry + 9.5), text: name, className: 'bar-label', fontSize: smallType(narrow) });
    marks.push({
      kind: 'text',
      key: `sum:${p.id}:value`,
      x: px(W - (narrow ? 52 : 80)),
      y: px(ry + 9.5),
      text: `${k ? '+' : ''}${billions(text, p.active, true)}`,
      anchor: 'end',
      className: 'value-label',
      fontSize: smallType(narrow),
    });
    marks.push({
      kind: 'text',
      key: `sum:${p.id}:running`,
      x: px(W),
      y: px(ry + 9.5),
      text: `= ${billions(text, running, true)}`,
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
    text: text.t(narrow ? 'count.total.narrow' : 'count.total', { active: billions(text, c.active, narrow), total: billions(text, c.total, narrow) }),
    anchor: 'end',
    className: 'bar-label ap-running',
    fontSize: fs,
    fontWeight: 700,
  });
  let cum = 0;
  const lower = (p: DisplayPart) => partName(text, p).toLocaleLowerCase(text.tag);
  return {
    width: W,
    height: s.H,
    title: frameTitle(d, text, text.t('count.frame', { active: billions(text, c.active), total: billions(text, c.total), share })),
    description: text.t('count.describe', {
      parts: list(
        text,
        parts.map((p) => text.t('count.describe.part', { part: lower(p), size: billions(text, p.active) })),
      ),
      active: billions(text, c.active),
      total: billions(text, c.total),
      share,
      oneIn: oneIn(d),
      precise: billions(text, d.published.activePrecise),
    }),
    marks,
    table: {
      caption: text.t('count.table.caption'),
      columns: [text.t('count.table.part'), text.t('count.table.stored'), text.t('count.table.used'), text.t('count.table.running')],
      rows: parts.map((p) => {
        cum += p.active;
        return [partName(text, p), Math.round(p.total / 1e6) / 1e3, Math.round(p.active / 1e6) / 1e3, Math.round(cum / 1e6) / 1e3];
      }),
    },
  };
}

export const step: ActiveStep = countUp;
