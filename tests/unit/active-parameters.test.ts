/**
 * The active-parameters scene: its drawing is to scale (areas and bar lengths
 * proportional to the computed parameter counts), it shows the computed numbers,
 * and it never draws NaN or leaves the figure.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Mark, RectMark, TextMark } from '../../src/scenes/contract';
import scene from '../../src/scenes/active-parameters/index';
import { activeParamsData } from '../../src/scenes/active-parameters/data';
import { billions, oneIn, partName } from '../../src/scenes/active-parameters/shared';
import { sceneWords } from '../../src/scenes/words';
import { countIn } from '../../src/scenes/kit/numbers';
import { modelConfig } from '../../src/data/raw-model';
import { assertFiniteFrame } from '../helpers/frames';
import { textOf } from '../helpers/scene-text';
import { createRouter, route, tokenAffinities } from '../../src/model/router';
import { router } from '../../src/scenes/moe-routing/data';

const d = scene.data;
const c = d.count;
const WIDE = { width: 640, height: 461 };
const NARROW = { width: 360, height: 439 };
const SIZES = [WIDE, NARROW, { width: 1000, height: 700 }, { width: 320, height: 380 }, { width: 600, height: 320 }];

const rects = (f: Frame) => f.marks.filter((m): m is RectMark => m.kind === 'rect');
const texts = (f: Frame) => f.marks.filter((m): m is TextMark => m.kind === 'text');
const rect = (f: Frame, key: string) => f.marks.find((m): m is RectMark => m.kind === 'rect' && m.key === key)!;
/** All the words of a frame as one string (wrapped lines joined by a space). */
const allText = (f: Frame) =>
  texts(f)
    .map((t) => t.text)
    .filter(Boolean)
    .join(' ');
const area = (r: RectMark) => r.width * r.height;

describe('active-parameters data', () => {
  it('the figure’s parts hold every parameter once, stored and per token', () => {
    expect(d.display.reduce((a, p) => a + p.total, 0)).toBe(c.total);
    expect(d.display.reduce((a, p) => a + p.active, 0)).toBe(c.active);
    expect(new Set(d.display.flatMap((p) => p.parts)).size).toBe(c.parts.length);
  });
  it('a what-if shape routes the example token as a router built afresh for it would (the per-size cache changes nothing)', () => {
    // A sweep of more sizes than the cache keeps, then back: an evicted size is rebuilt the same.
    const shapes = [16, 24, 64, 128, 200, 256, 320, 400, 448, 512, 16, 64].map((n, i) => ({ n, topK: 1 + (i % 8), groups: 4 + (i % 5) }));
    for (const { n, topK, groups } of shapes) {
      const cfg = { ...modelConfig, n_routed_experts: n, n_activated_experts: topK, n_limited_groups: groups };
      const fresh = createRouter({ ...router.settings, nExperts: n, topK, keptGroups: groups });
      const data = activeParamsData(cfg);
      expect(data.experts, `${n} experts, top-${topK}, ${groups} groups`).toEqual(route(fresh, tokenAffinities(fresh, data.token)).experts);
    }
  });
  it('the example token uses n_activated_experts distinct routed experts', () => {
    expect(new Set(d.experts).size).toBe(modelConfig.n_activated_experts);
    for (const e of d.experts) expect(e).toBeLessThan(modelConfig.n_routed_experts);
  });
  it('memory is parameters x bytes (1 for FP8, 2 for BF16), in GB', () => {
    expect(d.memory.fp8GB).toBeCloseTo(c.total / 1e9, 6);
    expect(d.memory.bf16GB).toBeCloseTo((2 * c.total) / 1e9, 6);
    expect(d.memory.activeFp8GB).toBeCloseTo(c.active / 1e9, 6);
  });
  it('fails with the field name on a bad configuration', () => {
    expect(() => activeParamsData({ ...modelConfig, n_layers: 0 } as unknown as Record<string, unknown>)).toThrow(/"n_layers" must be a positive integer/);
  });
});

describe('active-parameters layout', () => {
  it('whole-model: every part’s area is proportional to its parameters and the parts fill one box', () => {
    for (const size of [WIDE, NARROW]) {
      const f = scene.layout(d, 'whole-model', size, textOf(scene));
      const k = d.display.map((p) => area(rect(f, `part:${p.id}`)) / p.total);
      // Coordinates are rounded to 0.01 px, so the tiny router may be off by a hair.
      for (const [i, x] of k.entries()) expect(x / k[0]!, d.display[i]!.id).toBeCloseTo(1, 1);
      const routed = rect(f, 'part:routed');
      const totalArea = d.display.reduce((a, p) => a + area(rect(f, `part:${p.id}`)), 0);
      const boxW = rect(f, 'part:attention').x + rect(f, 'part:attention').width - routed.x;
      expect(totalArea / (boxW * routed.height)).toBeCloseTo(1, 2);
      expect(area(routed) / totalArea).toBeCloseTo(d.display[0]!.total / c.total, 3);
    }
  });

  it('whole-model names each part with its computed count and share', () => {
    const t = allText(scene.layout(d, 'whole-model', WIDE, textOf(scene)));
    const en = textOf(scene);
    for (const p of d.display.filter((p) => p.id !== 'routed')) expect(t).toContain(`${partName(en, p)}: ${billions(en, p.total)}`);
    expect(t).toContain(billions(en, c.total));
    expect(t).toContain(`${Math.round(d.published.huggingFace / 1e9)}B`);
    expect(t).toMatch(/multi-token prediction \(MTP\)/);
  });

  it('one-moe-layer: 256 equal expert squares, a shared one of the same size, attention and router to scale', () => {
    for (const size of [WIDE, NARROW]) {
      const f = scene.layout(d, 'one-moe-layer', size, textOf(scene));
      const experts = rects(f).filter((m) => /^expert:\d+$/.test(m.key));
      expect(experts).toHaveLength(modelConfig.n_routed_experts);
      const a = area(experts[0]!);
      for (const e of experts) expect(area(e)).toBeCloseTo(a, 1);
      expect(area(rect(f, 'shared'))).toBeCloseTo(a, 1);
      const L = c.perLayer;
      expect(area(rect(f, 'attention')) / a).toBeCloseTo(L.attention / L.expert, 1);
      expect(area(rect(f, 'router')) / a).toBeCloseTo(L.router / L.expert, 1);
      // No two expert squares overlap.
      const xs = new Set(experts.map((e) => `${e.x},${e.y}`));
      expect(xs.size).toBe(experts.length);
    }
  });

  it('one-token: exactly the router’s 8 experts light up, plus the shared expert, attention and router', () => {
    for (const size of [WIDE, NARROW]) {
      const f = scene.layout(d, 'one-token', size, textOf(scene));
      const on = rects(f).filter((m) => /^expert:\d+$/.test(m.key) && m.className!.includes('is-on'));
      expect(on.map((m) => Number(m.key.split(':')[1])).sort((x, y) => x - y)).toEqual([...d.experts].sort((x, y) => x - y));
      for (const m of rects(f).filter((m) => /^expert:\d+$/.test(m.key))) expect(m.opacity, m.key).toBe(on.includes(m) ? 1 : 0.4);
      for (const k of ['shared', 'attention', 'router']) expect(rect(f, k).className).toContain('is-on');
      expect(allText(f)).toContain(`(${((100 * c.perLayer.moeLayerActive) / c.perLayer.moeLayer).toFixed(1)}%)`);
    }
  });

  it('count-up: the per-token bar is active/total of the stored bar, the zoom fills the width, the running total ends at the count', () => {
    for (const size of [WIDE, NARROW]) {
      const f = scene.layout(d, 'count-up', size, textOf(scene));
      const width = (prefix: string) => d.display.reduce((a, p) => a + rect(f, `${prefix}:${p.id}`).width, 0);
      expect(width('part')).toBeCloseTo(size.width, 0);
      expect(width('active') / width('part')).toBeCloseTo(c.active / c.total, 3);
      expect(width('zoom')).toBeCloseTo(size.width, 0);
      for (const p of d.display) expect(rect(f, `zoom:${p.id}`).width / size.width).toBeCloseTo(p.active / c.active, 3);
      const last = d.display[d.display.length - 1]!;
      expect(texts(f).find((t) => t.key === `sum:${last.id}:running`)!.text).toBe(`= ${(c.active / 1e9).toFixed(1)}B`);
      expect(allText(f)).toContain(`1 in ${oneIn(d)}`);
      expect(allText(f)).toContain(`${d.published.activePrecise / 1e9}B precisely`);
    }
  });

  it('memory-vs-compute: BF16 bar twice the FP8 bar, the per-token bar on the same scale, computed GB in the labels', () => {
    for (const size of [WIDE, NARROW]) {
      const f = scene.layout(d, 'memory-vs-compute', size, textOf(scene));
      const fp8 = d.display.reduce((a, p) => a + rect(f, `part:${p.id}`).width, 0);
      const act = d.display.reduce((a, p) => a + rect(f, `active:${p.id}`).width, 0);
      expect(rect(f, 'mem:bf16').width / fp8).toBeCloseTo(2, 2);
      expect(act / fp8).toBeCloseTo(c.active / c.total, 2);
      const t = allText(f);
      expect(t).toContain(`${Math.round(d.memory.fp8GB)} GB`);
      expect(t).toContain(`${Math.round(d.memory.bf16GB).toLocaleString('en-US')} GB`);
    }
  });

  it('has no NaN, stays inside the figure and keeps text at 11 px or more, at many sizes', () => {
    for (const step of scene.steps) {
      for (const size of SIZES) {
        const f = scene.layout(d, step.id, size, textOf(scene));
        assertFiniteFrame(f, `${step.id} ${size.width}x${size.height}`);
        for (const m of f.marks as Mark[]) {
          if (m.kind === 'rect') {
            expect(m.x + m.width, m.key).toBeLessThanOrEqual(size.width + 1);
            expect(m.y, m.key).toBeGreaterThanOrEqual(0);
            expect(m.y + m.height, `${step.id} ${m.key} at ${size.width}x${size.height}`).toBeLessThanOrEqual(size.height + 1);
          }
          if (m.kind === 'text' && m.text !== '') {
            expect(m.fontSize ?? 12, m.key).toBeGreaterThanOrEqual(11);
            expect(m.y, `${step.id} ${m.key} at ${size.width}x${size.height}`).toBeLessThanOrEqual(size.height + 1);
          }
        }
      }
    }
  });

  it('uses the same mark keys at both server widths (apart from the wide legend’s leader lines)', () => {
    for (const step of scene.steps) {
      const keys = (s: typeof WIDE) =>
        scene
          .layout(d, step.id, s, textOf(scene))
          .marks.map((m) => m.key)
          .filter((k) => !k.endsWith(':leader'))
          .sort();
      expect(keys(NARROW), step.id).toEqual(keys(WIDE));
    }
  });

  it('types no figure in the presenter notes: they come from the count', () => {
    const steps = sceneWords(scene, 'en').steps;
    expect(steps[0]!.notes).toContain(`${(c.total / 1e9).toFixed(1)}B`);
    expect(steps[3]!.notes).toContain(`${(c.active / 1e9).toFixed(1)}B`);
    const zh = sceneWords(scene, 'zh');
    expect(zh.title).toBe('为什么6710亿个参数用起来只相当于370亿个');
    expect(zh.steps[3]!.notes).toContain(countIn(textOf(scene, 'zh'), c.active, 1e9));
  });

  it('keeps counts in one unit in English and writes them in 万/亿 in Chinese at the same precision (kit countIn)', () => {
    const en = textOf(scene);
    const zh = textOf(scene, 'zh');
    expect(countIn(en, 653.93e9, 1e9)).toBe('653.9 billion');
    expect(countIn(en, 0.106e9, 1e9)).toBe('0.1 billion');
    expect(countIn(en, 1234.54e9, 1e9, 1, 'short')).toBe('1,234.5B');
    expect(countIn(en, 671.03e9, 1e9, 0, 'number')).toBe('671');
    expect(countIn(en, 44.04e6, 1e6)).toBe('44.0 million');
    expect(countIn(zh, 671.03e9, 1e9)).toBe('6710亿');
    expect(countIn(zh, 37.46e9, 1e9, 1, 'short')).toBe('375亿');
    expect(countIn(zh, 44.04e6, 1e6)).toBe('4400万');
    expect(countIn(zh, 187.34e6, 1e6)).toBe('1.873亿');
    expect(countIn(zh, 1234.54e9, 1e9)).toBe('1.2345万亿');
  });
});

describe('derived facts the active-parameters chapter cites', async () => {
  const facts = (await import('../../src/data/derived/parameters')).default;
  it('the count without the embedding is within 1% of the 36.7B of README_WEIGHTS.md, the count with it 2-3% above', () => {
    const precise = d.published.activePrecise / 1e9;
    expect(Math.abs((facts['params.activeNoEmbedding']!.value as number) - precise) / precise).toBeLessThan(0.01);
    expect(facts['params.activeVsPrecise']!.value as number).toBeGreaterThan(2);
    expect(facts['params.activeVsPrecise']!.value as number).toBeLessThan(3);
  });
  it('"about 1 in N" is total / active, rounded', () => {
    expect(facts['params.oneIn']!.value).toBe(Math.round(c.total / c.active));
    expect(facts['params.oneIn']!.value).toBe(oneIn(d));
  });
});
