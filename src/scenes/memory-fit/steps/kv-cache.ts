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
import { footnote, gb, header, int, paragraph } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import { stepTitle } from '../../kit/title';
import { type MemorySetup, verdict } from '../what-if';
import { modelConfig } from '../../../data/raw-model';
import type { MemoryStep } from '../shared';

const cfg = modelConfig;
const ratio = (s: MemorySetup) => Math.round(s.mha.perLayer / s.mla.perLayer);

function kvHeadline(s: MemorySetup, narrow: boolean): { title: string; sub: string } {
  const batch = s.batch > 1 ? ` for ${s.batch} conversations` : '';
  return {
    title: `${s.contextK}K tokens of context add ${gb(s.mla.gb)}${batch}`,
    sub: narrow
      ? `R1 caches ${int(s.mla.perLayer)} numbers per layer and token; an ordinary cache, ${int(s.mha.perLayer)} (${ratio(s)}×).`
      : `R1’s attention (MLA) caches ${int(s.mla.perLayer)} numbers per layer and token; an ordinary multi-head cache of the same model would keep ${int(s.mha.perLayer)}, ${ratio(s)} times as many.`,
  };
}

/** "What if… — not R1’s setup here: …" while the reader's setup differs from the figure's. */
function kvWhatIfLine(s: MemorySetup): string | null {
  if (!s.changes.length) return null;
  return `What if… — not R1’s setup here: ${s.changes.length > 2 ? `${s.changes.length} settings changed` : s.changes.join(', ')}`;
}

function kvMarks(s: MemorySetup, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const note = footnote(
    'mf:note',
    narrow
      ? `Cache = ${s.layers} layers × numbers per layer × tokens × batch × ${s.cacheBytes} bytes (BF16: our assumption). The program’s memory is not counted.`
      : `KV cache = ${s.layers} layers × numbers per layer and token × ${int(s.contextTokens)} tokens × ${s.batch} × ${s.cacheBytes} bytes per number (BF16: our assumption; software may store it smaller). The program’s own memory is not counted.`,
    W,
    H,
  );
  marks.push(...note.marks);
  const rows = [
    { id: 'mla', label: narrow ? 'R1’s cache (MLA)' : 'R1’s own cache (MLA)', cache: s.mla },
    { id: 'mha', label: narrow ? 'An ordinary cache' : 'An ordinary multi-head cache', cache: s.mha },
  ];
  const max = Math.max(s.capacityGB, ...rows.map((r) => s.weightsGB + r.cache.gb));
  const x = linear([0, max], [0, W]);

  // The GPUs' memory: a label at the top, a dashed mark through each bar at the same x.
  const capText = `${s.gpus} × ${s.gpu.short}: ${gb(s.capacityGB)}`;
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

  const barH = narrow ? 18 : 28;
  const rowH = barH + 44;
  const plotTop = capY + 14;
  // Below the bars, when there is room: why the two caches differ, numbers per layer and token to scale.
  const perLayerH = narrow ? 64 : 76;
  const showPerLayer = note.top - 8 - plotTop - rows.length * rowH >= perLayerH + (narrow ? 8 : 16);
  const room = note.top - 8 - plotTop - (showPerLayer ? perLayerH : 0);
  // Spare height goes between the rows (up to a limit), not into one gap above the note.
  const gap = Math.max(0, Math.min(narrow ? 24 : 60, (room - rows.length * rowH) / (rows.length + (showPerLayer ? 1 : 0))));
  // Drawn at every size, hidden where there is no room, so every width has the same mark keys.
  const perLayer = perLayerMarks(s, W, narrow, plotTop + rows.length * (rowH + gap) + 4);
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
      text: `${gb(s.weightsGB)} ${s.precision.label} weights + ${gb(r.cache.gb)} cache`,
      className: 'mf-row-detail',
      fontSize: smallType(narrow),
    });
    marks.push({
      kind: 'text',
      key: `${key}:verdict`,
      x: px(W - 1),
      y: px(barTop + barH + 15),
      text: verdict(total, s.capacityGB),
      anchor: 'end',
      className: 'mf-row-detail',
      fontSize: smallType(narrow),
      fontWeight: 700,
    });
  });
  return marks;
}

/** Numbers each cache keeps per layer and token, on one scale: the reason for the gap between the bars above. */
function perLayerMarks(s: MemorySetup, W: number, narrow: boolean, top: number): Mark[] {
  const x = linear([0, Math.max(s.mla.perLayer, s.mha.perLayer)], [0, W]);
  const marks: Mark[] = [
    {
      kind: 'text',
      key: 'mf:kv:per:title',
      x: 0,
      y: px(top + 12),
      text: 'Numbers cached per layer and token',
      className: 'mf-row-label',
      fontSize: 12,
      fontWeight: 700,
    },
  ];
  const items = [
    { id: 'mla', text: `R1 (MLA): ${int(cfg.kv_lora_rank)} latent + ${int(cfg.qk_rope_head_dim)} RoPE key = ${int(s.mla.perLayer)}`, v: s.mla.perLayer },
    {
      id: 'mha',
      text: `Ordinary: ${int(cfg.n_heads)} heads × (${int(cfg.qk_nope_head_dim)} + ${int(cfg.qk_rope_head_dim)} key + ${int(cfg.v_head_dim)} value) = ${int(s.mha.perLayer)}`,
      v: s.mha.perLayer,
    },
  ];
  items.forEach((it, i) => {
    const y = top + (narrow ? 28 : 30) + i * (narrow ? 24 : 26);
    marks.push({ kind: 'text', key: `mf:kv:per:${it.id}:text`, x: 0, y: px(y), text: it.text, className: 'mf-row-detail', fontSize: smallType(narrow) });
    marks.push({ kind: 'rect', key: `mf:kv:per:${it.id}:bar`, x: 0, y: px(y + 4), width: px(Math.max(1, x(it.v))), height: 6, className: 'mf-kv' });
  });
  return marks;
}

function cacheTable(s: MemorySetup): DataTable {
  const r = (v: number) => Math.round(v * 100) / 100;
  const row = (name: string, c: MemorySetup['mla']) => [name, c.perLayer, c.perToken, r(s.weightsGB), r(c.gb), r(s.weightsGB + c.gb), r(s.capacityGB)];
  return {
    caption: `${s.precision.label} weights plus the KV cache for ${int(s.contextTokens)} tokens × ${s.batch}, at ${s.cacheBytes} bytes per cached number (our assumption), against ${s.gpus} × ${s.gpu.short}`,
    columns: [
      'Cache',
      'Numbers per layer and token',
      'Numbers per token (all layers)',
      'Weights (GB)',
      'KV cache (GB)',
      'Total (GB)',
      `${s.gpus} × ${s.gpu.short} (GB)`,
    ],
    rows: [row('R1’s own (MLA)', s.mla), row('Ordinary multi-head', s.mha)],
  };
}

function kvDescribe(s: MemorySetup): string {
  const mla = s.weightsGB + s.mla.gb;
  const mha = s.weightsGB + s.mha.gb;
  return `Two bars on one scale. ${s.precision.label} weights ${gb(s.weightsGB)} plus R1’s KV cache for ${int(s.contextTokens)} tokens × ${s.batch}: ${gb(s.mla.gb)}, ${gb(mla)} in all, ${verdict(mla, s.capacityGB)} against ${s.gpus} × ${s.gpu.short} (${gb(s.capacityGB)}). With an ordinary multi-head cache: ${gb(s.mha.gb)}, ${gb(mha)} in all, ${verdict(mha, s.capacityGB)}.`;
}

/** The reader's setup (what-if.ts): while it differs from the figure's own, the title area says so first. */
function kvFrame(s: MemorySetup, label: string, W: number, H: number, narrow: boolean): Frame {
  const h = kvHeadline(s, narrow);
  const line = kvWhatIfLine(s);
  const badge = line ? paragraph('whatif', line, 0, 12, W, { className: 'mf-whatif', fontSize: 12, fontWeight: 700, slots: 2 }) : null;
  const dy = badge ? badge.bottom + 8 : 0;
  const head = header(h.title, h.sub, W, narrow);
  const marks: Mark[] = [...(badge?.marks ?? []), ...head.marks.map((m) => (m.kind === 'text' && dy ? { ...m, y: m.y + dy } : m))];
  marks.push(...kvMarks(s, W, H, narrow, head.bottom + dy));
  return {
    width: W,
    height: H,
    title: line ? `${line}. ${h.title}` : stepTitle(label, h.title),
    description: kvDescribe(s),
    marks,
    table: cacheTable(s),
  };
}

export const step: MemoryStep = (d, label, W, H, narrow) => kvFrame(d.setup, label, W, H, narrow);
