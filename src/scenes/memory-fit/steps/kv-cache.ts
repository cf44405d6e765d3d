/**
 * memory-fit, step "kv-cache": one setup (a format for the weights, N GPUs, a context
 * length and a batch) as two stacked bars on one scale: the weights plus R1's own KV cache
 * (MLA), and the weights plus the cache an ordinary multi-head attention of the same model
 * would keep. The GPUs' memory is a dashed mark through both bars. Pure: every number comes
 * from the setup (what-if.ts), computed by src/model/memory.ts.
 */
import { linear } from '../../kit/linear';
import type { DataTable, Frame, Mark } from '../../contract';
import { px } from '../../kit/format';
import { footnote, gb, header, paragraph } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import { stepTitle } from '../../kit/title';
import { type MemorySetup, changeWords, verdict } from '../what-if';
import { modelConfig } from '../../../data/raw-model';
import { type MemoryStep, type MemoryText, commaList, formatName, gpusText } from '../shared';

const cfg = modelConfig;
const ratio = (s: MemorySetup) => Math.round(s.mha.perLayer / s.mla.perLayer);

function kvHeadline(s: MemorySetup, narrow: boolean, text: MemoryText): { title: string; sub: string } {
  return {
    title: text.t(s.batch > 1 ? 'kv.title.batch' : 'kv.title', { context: s.contextK, gb: gb(s.mla.gb), batch: s.batch }),
    sub: text.t(narrow ? 'kv.sub.narrow' : 'kv.sub', { mla: s.mla.perLayer, mha: s.mha.perLayer, ratio: ratio(s) }),
  };
}

/** "What if… — not R1’s setup here: …" while the reader's setup differs from the figure's. */
function kvWhatIfLine(s: MemorySetup, text: MemoryText): string | null {
  if (!s.changes.length) return null;
  return s.changes.length > 2 ? text.t('kv.whatIf.many', { count: s.changes.length }) : text.t('kv.whatIf', { changes: commaList(text, changeWords(s, text)) });
}

function kvMarks(s: MemorySetup, W: number, H: number, narrow: boolean, top: number, text: MemoryText): Mark[] {
  const marks: Mark[] = [];
  const note = footnote(
    'mf:note',
    text.t(narrow ? 'kv.note.narrow' : 'kv.note', { layers: s.layers, tokens: s.contextTokens, batch: s.batch, bytes: s.cacheBytes }),
    W,
    H,
  );
  marks.push(...note.marks);
  const rows = [
    { id: 'mla', label: text.t(narrow ? 'kv.mla.narrow' : 'kv.mla'), cache: s.mla },
    { id: 'mha', label: text.t(narrow ? 'kv.mha.narrow' : 'kv.mha'), cache: s.mha },
  ];
  const max = Math.max(s.capacityGB, ...rows.map((r) => s.weightsGB + r.cache.gb));
  const x = linear([0, max], [0, W]);

  // The GPUs' memory: a label at the top, a dashed mark through each bar at the same x.
  const capText = text.t('kv.capacity', { gpus: gpusText(text, s.gpus, s.gpu.id), gb: gb(s.capacityGB) });
  const capW = measure(capText, { size: 12, weight: 700 });
  const cx = x(s.capacityGB);
  const anchor = cx + capW / 2 > W - 1 ? 'end' : cx - capW / 2 < 0 ? 'start' : 'middle';
  const capY = top + 12;
  marks.push({
    kind: 'text',
    key: 'mf:kv:cap:label',
    x: px(anchor === 'end' ? W - 1 : anchor === 'start' ? 0 : cx),
    y: px(capY),
    text: capText,
    anchor,
    className: 'mf-hw-label',
    fontSize: 12,
    fontWeight: 700,
  });

  const plotTop = capY + 14;
  // Below the bars, when there is room: why the two caches differ, numbers per layer and token to scale.
  // Its drawn height: the title, two rows of text and bar (perLayerMarks), and 4 px above.
  const perLayerH = narrow ? 4 + 28 + 24 + 4 + 8 : 4 + 30 + 30 + 4 + 10;
  const baseBar = narrow ? 18 : 28;
  const showPerLayer = note.top - 8 - plotTop - rows.length * (baseBar + 44) >= perLayerH + (narrow ? 8 : 16);
  const room = note.top - 8 - plotTop - (showPerLayer ? perLayerH : 0);
  // A tall box's spare height goes first into the bars (up to 30 px more each), then evenly into
  // the gaps after each row; the per-layer block keeps ~30 px above the note, so the note sits under
  // the drawing rather than under a blank band.
  const tail = showPerLayer ? (narrow ? 8 : 14) : 0;
  const gaps = rows.length;
  const spare = room - tail - rows.length * (baseBar + 44);
  const barH = baseBar + Math.max(0, Math.min(narrow ? 16 : 30, (spare - gaps * (narrow ? 24 : 28)) / rows.length));
  const rowH = barH + 44;
  const gap = Math.max(0, (room - tail - rows.length * rowH) / gaps);
  // Drawn at every size, hidden where there is no room, so every width has the same mark keys.
  const perLayer = perLayerMarks(s, W, narrow, plotTop + rows.length * (rowH + gap) + 4, text);
  // Hidden ones sit collapsed at the top of the plot, inside the box at any size.
  const hide = (m: Mark): Mark =>
    m.kind === 'text' ? { ...m, text: '', y: px(plotTop), opacity: 0 } : m.kind === 'rect' ? { ...m, y: px(plotTop), width: 0, height: 0, opacity: 0 } : m;
  marks.push(...(showPerLayer ? perLayer : perLayer.map(hide)));
  rows.forEach((r, i) => {
    const y0 = plotTop + i * (rowH + gap);
    const barTop = y0 + 20;
    const total = s.weightsGB + r.cache.gb;
    const key = `mf:kv:${r.id}`;
    marks.push({ kind: 'text', key: `${key}:label`, x: 0, y: px(barTop - 7), text: r.label, className: 'mf-row-label', fontSize: 13, fontWeight: 700 });
    marks.push({
      kind: 'text',
      key: `${key}:total`,
      x: px(W - 1),
      y: px(barTop - 7),
      text: gb(total),
      anchor: 'end',
      className: 'mf-value',
      fontSize: 14,
      fontWeight: 800,
    });
    marks.push({ kind: 'rect', key: `${key}:weights`, x: 0, y: px(barTop), width: px(x(s.weightsGB)), height: barH, className: 'mf-bar' });
    marks.push({
      kind: 'rect',
      key: `${key}:cache`,
      x: px(x(s.weightsGB)),
      y: px(barTop),
      width: px(x(total) - x(s.weightsGB)),
      height: barH,
      className: 'mf-kv',
    });
    marks.push({ kind: 'line', key: `${key}:cap`, x1: px(cx), x2: px(cx), y1: px(barTop - 3), y2: px(barTop + barH + 3), className: 'mf-hw-line' });
    marks.push({
      kind: 'text',
      key: `${key}:detail`,
      x: 0,
      y: px(barTop + barH + 15),
      text: text.t('kv.detail', { weights: gb(s.weightsGB), format: formatName(text, s.precision.id), cache: gb(r.cache.gb) }),
      className: 'mf-row-detail',
      fontSize: smallType(narrow),
    });
    marks.push({
      kind: 'text',
      key: `${key}:verdict`,
      x: px(W - 1),
      y: px(barTop + barH + 15),
      text: verdict(total, s.capacityGB, text),
      anchor: 'end',
      className: 'mf-row-detail',
      fontSize: smallType(narrow),
      fontWeight: 700,
    });
  });
  return marks;
}

/** Numbers each cache keeps per layer and token, on one scale: the reason for the gap between the bars above. */
function perLayerMarks(s: MemorySetup, W: number, narrow: boolean, top: number, text: MemoryText): Mark[] {
  const x = linear([0, Math.max(s.mla.perLayer, s.mha.perLayer)], [0, W]);
  const marks: Mark[] = [
    {
      kind: 'text',
      key: 'mf:kv:per:title',
      x: 0,
      y: px(top + 12),
      text: text.t('kv.perLayer.title'),
      className: 'mf-row-label',
      fontSize: 12,
      fontWeight: 700,
    },
  ];
  const items = [
    { id: 'mla', text: text.t('kv.perLayer.mla', { latent: cfg.kv_lora_rank, rope: cfg.qk_rope_head_dim, total: s.mla.perLayer }), v: s.mla.perLayer },
    {
      id: 'mha',
      text: text.t('kv.perLayer.mha', {
        heads: cfg.n_heads,
        nope: cfg.qk_nope_head_dim,
        rope: cfg.qk_rope_head_dim,
        value: cfg.v_head_dim,
        total: s.mha.perLayer,
      }),
      v: s.mha.perLayer,
    },
  ];
  items.forEach((it, i) => {
    const y = top + (narrow ? 28 : 30) + i * (narrow ? 24 : 30);
    marks.push({ kind: 'text', key: `mf:kv:per:${it.id}:text`, x: 0, y: px(y), text: it.text, className: 'mf-row-detail', fontSize: smallType(narrow) });
    marks.push({
      kind: 'rect',
      key: `mf:kv:per:${it.id}:bar`,
      x: 0,
      y: px(y + 4),
      width: px(Math.max(1, x(it.v))),
      height: narrow ? 8 : 10,
      className: 'mf-kv',
    });
  });
  return marks;
}

function cacheTable(s: MemorySetup, text: MemoryText): DataTable {
  const r = (v: number) => Math.round(v * 100) / 100;
  const row = (name: string, c: MemorySetup['mla']) => [name, c.perLayer, c.perToken, r(s.weightsGB), r(c.gb), r(s.weightsGB + c.gb), r(s.capacityGB)];
  const gpus = gpusText(text, s.gpus, s.gpu.id);
  return {
    caption: text.t('kv.caption', { format: formatName(text, s.precision.id), tokens: s.contextTokens, batch: s.batch, bytes: s.cacheBytes, gpus }),
    columns: [
      text.t('kv.col.cache'),
      text.t('kv.col.perLayer'),
      text.t('kv.col.perToken'),
      text.t('kv.col.weights'),
      text.t('kv.col.kv'),
      text.t('kv.col.total'),
      text.t('kv.col.capacity', { gpus }),
    ],
    rows: [row(text.t('kv.row.mla'), s.mla), row(text.t('kv.row.mha'), s.mha)],
  };
}

function kvDescribe(s: MemorySetup, text: MemoryText): string {
  const mla = s.weightsGB + s.mla.gb;
  const mha = s.weightsGB + s.mha.gb;
  return text.t('kv.describe', {
    format: formatName(text, s.precision.id),
    weights: gb(s.weightsGB),
    tokens: s.contextTokens,
    batch: s.batch,
    mla: gb(s.mla.gb),
    mlaTotal: gb(mla),
    mlaVerdict: verdict(mla, s.capacityGB, text),
    gpus: gpusText(text, s.gpus, s.gpu.id),
    capacity: gb(s.capacityGB),
    mha: gb(s.mha.gb),
    mhaTotal: gb(mha),
    mhaVerdict: verdict(mha, s.capacityGB, text),
  });
}

/** The reader's setup (what-if.ts): while it differs from the figure's own, the title area says so first. */
function kvFrame(s: MemorySetup, label: string, W: number, H: number, narrow: boolean, text: MemoryText): Frame {
  const h = kvHeadline(s, narrow, text);
  const line = kvWhatIfLine(s, text);
  const badge = line ? paragraph('whatif', line, 0, 12, W, { className: 'mf-whatif', fontSize: 12, fontWeight: 700, slots: 2 }) : null;
  const dy = badge ? badge.bottom + 8 : 0;
  const head = header(h.title, h.sub, W, narrow);
  const marks: Mark[] = [...(badge?.marks ?? []), ...head.marks.map((m) => (m.kind === 'text' && dy ? { ...m, y: m.y + dy } : m))];
  marks.push(...kvMarks(s, W, H, narrow, head.bottom + dy, text));
  return {
    width: W,
    height: H,
    title: line ? text.t('kv.whatIf.title', { line, title: h.title }) : stepTitle(label, h.title, text.t('title.colon')),
    description: kvDescribe(s, text),
    marks,
    table: cacheTable(s, text),
  };
}

export const step: MemoryStep = (d, label, W, H, narrow, text) => kvFrame(d.setup, label, W, H, narrow, text);
