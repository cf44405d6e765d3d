import { describe, expect, it } from 'vitest';
import scene from '../../src/scenes/benchmark-bars';
import { leaders, MODEL_ORDER, formatValue } from '../../src/scenes/benchmark-bars/shared';
import type { RectMark, TextMark } from '../../src/scenes/contract';
import { benchmarks } from '../../src/data';
import { textOf } from '../helpers/scene-text';

const size = { width: 640, height: 500 };
const rects = (step: string) => scene.layout(scene.data, step, size, textOf(scene)).marks.filter((m): m is RectMark => m.kind === 'rect');
const texts = (step: string) => scene.layout(scene.data, step, size, textOf(scene)).marks.filter((m): m is TextMark => m.kind === 'text');
const row = (id: string) => benchmarks.rows.find((r) => r.id === id)!;

describe('benchmark-bars layout', () => {
  it('draws one bar per model per panel, in the same order every step', () => {
    // Every step but the summary draws two panels.
    for (const step of scene.steps.map((s) => s.id).filter((id) => id !== 'summary')) {
      for (const slot of [0, 1]) {
        const bars = rects(step).filter((r) => r.key.startsWith(`p${slot}:bar:`));
        expect(bars.map((b) => b.key.split(':')[2])).toEqual([...MODEL_ORDER]);
        const ys = bars.map((b) => b.y);
        expect([...ys].sort((a, b) => a - b)).toEqual(ys);
      }
    }
  });

  it('bar lengths are proportional to values on a zero-based axis', () => {
    const bars = rects('maths').filter((r) => r.key.startsWith('p0:bar:'));
    const aime = row('aime-2024-pass-1');
    const r1 = bars.find((b) => b.key.endsWith('deepseek-r1'))!;
    const gpt = bars.find((b) => b.key.endsWith('gpt-4o'))!;
    expect(r1.width / gpt.width).toBeCloseTo((aime.values['deepseek-r1'] as number) / (aime.values['gpt-4o'] as number), 2);
    expect(r1.x).toBe(gpt.x);
  });

  it('never puts a rating on a 0-100% axis: the rating panel ticks are Elo numbers, not percentages', () => {
    const ticks = texts('codeforces')
      .filter((t) => t.key.startsWith('p1:tick:'))
      .map((t) => t.text);
    expect(ticks).toContain('2,000');
    expect(ticks.some((t) => t.includes('%'))).toBe(false);
    const pctTicks = texts('codeforces')
      .filter((t) => t.key.startsWith('p0:tick:'))
      .map((t) => t.text);
    expect(pctTicks.some((t) => t.includes('%'))).toBe(false);
    const percentTicks = texts('maths')
      .filter((t) => t.key.startsWith('p0:tick:'))
      .map((t) => t.text);
    expect(percentTicks).toContain('100%');
  });

  it('labels values in their unit and marks the leader with a star', () => {
    const labels = texts('codeforces').filter((t) => t.key.startsWith('p0:value:'));
    expect(labels.find((t) => t.key.endsWith('o1-1217'))!.text).toBe('96.6');
    expect(labels.find((t) => t.key.endsWith('deepseek-r1'))!.text).toBe('96.3');
    // The star is drawn (the typeface has none), after the leader's value only.
    const stars = scene.layout(scene.data, 'codeforces', size, textOf(scene)).marks.filter((m) => m.key.startsWith('p0:star:'));
    expect(stars.map((m) => m.key)).toEqual(['p0:star:o1-1217']);
    expect(formatValue(textOf(scene), 'rating', 2029)).toBe('2,029');
    expect(formatValue(textOf(scene), 'percent', 79.8)).toBe('79.8%');
  });

  it('draws the legend star only beside its words, and only where a panel has stars to explain', () => {
    for (const step of scene.steps.map((s) => s.id)) {
      for (const sz of [size, { width: 360, height: 403 }]) {
        const keys = scene.layout(scene.data, step, sz, textOf(scene)).marks.map((m) => m.key);
        const starred = keys.some((k) => /^p\d:star:/.test(k));
        expect(keys.includes('legend:star'), `${step} at ${sz.width}: legend star`).toBe(starred);
        expect(keys.includes('legend:best'), `${step} at ${sz.width}: legend words`).toBe(starred);
      }
    }
  });

  it('knows who leads each row from the data (R1 on AIME, o1-1217 on GPQA, Claude on SWE-bench)', () => {
    expect(leaders(row('aime-2024-pass-1'))).toEqual(['deepseek-r1']);
    expect(leaders(row('gpqa-diamond-pass-1'))).toEqual(['o1-1217']);
    expect(leaders(row('swe-verified-resolved'))).toEqual(['claude-3-5-sonnet']);
  });

  it('keeps keys stable across steps so bars tween instead of jumping', () => {
    const a = rects('maths').map((r) => r.key);
    const b = rects('knowledge').map((r) => r.key);
    expect(b).toEqual(a);
  });

  it('summary counts R1 ahead of o1-1217 on 4 of 8 and behind on 4, in the description', () => {
    const f = scene.layout(scene.data, 'summary', size, textOf(scene));
    expect(f.description).toMatch(/ahead of o1-1217 on 4 .* behind on 4/);
    expect(f.table.rows).toHaveLength(8);
  });

  it('shows "not reported" instead of a zero bar for a missing value', () => {
    const data = structuredClone(scene.data);
    data.rows.find((r) => r.id === 'aime-2024-pass-1')!.values['gpt-4o'] = null;
    const f = scene.layout(data, 'maths', size, textOf(scene));
    const label = f.marks.find((m) => m.key === 'p0:value:gpt-4o') as TextMark;
    expect(label.text).toBe('not reported');
    expect(f.table.rows.find((r) => r[0] === 'GPT-4o')![1]).toBe('not reported');
  });
});
