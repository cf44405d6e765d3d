import { describe, expect, it } from 'vitest';
import { legend } from '../../src/scenes/kit/legend';
import type { TextMark } from '../../src/scenes/contract';

const measure = (t: string, fs: number) => t.length * fs * 0.5;
const items = [
  { id: 'a', label: 'aaaaaaaaaa', className: 'x-a' },
  { id: 'b', label: 'bbbbbbbbbb', className: 'x-b', swatch: 'circle' as const },
  { id: 'c', label: 'cccccccccc', className: 'x-c', swatch: 'line' as const },
];

describe('kit legend', () => {
  it('puts a swatch with the marks’ own class before each label, in one row when it fits', () => {
    const { marks, height } = legend({ key: 'lg', x: 10, y: 50, width: 400, items, measure });
    expect(marks.map((m) => m.kind)).toEqual(['rect', 'text', 'circle', 'text', 'line', 'text']);
    expect(marks.filter((m) => m.kind !== 'text').map((m) => m.className)).toEqual(['x-a', 'x-b', 'x-c']);
    const labels = marks.filter((m): m is TextMark => m.kind === 'text');
    expect(new Set(labels.map((m) => m.y))).toEqual(new Set([50]));
    expect(labels[1]!.x).toBeGreaterThan(labels[0]!.x + measure('aaaaaaaaaa', 11));
    expect(height).toBe(19);
  });
  it('wraps to a new row instead of leaving the width', () => {
    const { marks, height } = legend({ key: 'lg', x: 0, y: 20, width: 150, items, measure });
    const labels = marks.filter((m): m is TextMark => m.kind === 'text');
    for (const l of labels) expect(l.x + measure(l.text, 11)).toBeLessThanOrEqual(150);
    expect(new Set(labels.map((m) => m.y)).size).toBeGreaterThan(1);
    expect(height).toBeGreaterThan(19);
  });
});
