import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleLog } from 'd3-scale';
import { axisTicks, xAxis } from '../../src/scenes/kit/axis';
import type { LineMark, TextMark } from '../../src/scenes/contract';

describe('kit axis', () => {
  it('takes the scale’s own ticks, as many as the length allows', () => {
    expect(axisTicks(scaleLinear().domain([0, 100]).range([0, 400]), 80)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(axisTicks(scaleLinear().domain([0, 100]).range([0, 190]), 80)).toEqual([0, 50, 100]);
    expect(axisTicks(scaleLinear().domain([0, 2500]).range([0, 190]), 80)).toEqual([0, 1000, 2000]);
  });
  it('draws a grid line and a label per tick, keyed by value, the zero line as the axis', () => {
    const marks = xAxis({
      key: 'a',
      scale: scaleLinear().domain([0, 60]).range([10, 310]),
      y: 100,
      gridTop: 20,
      count: 6,
      format: (t, i, all) => (i === all.length - 1 ? `${t} days` : String(t)),
    });
    const lines = marks.filter((m): m is LineMark => m.kind === 'line');
    const labels = marks.filter((m): m is TextMark => m.kind === 'text');
    expect(labels.map((m) => m.text)).toEqual(['0', '10', '20', '30', '40', '50', '60 days']);
    expect(lines.map((m) => m.key)).toEqual([0, 10, 20, 30, 40, 50, 60].map((t) => `a:grid:${t}`));
    expect(lines[0]!.className).toBe('axis-line');
    expect(lines[1]!.className).toBe('grid-line');
    expect(lines[6]!.x1).toBe(310);
    expect(labels.every((m) => m.y === 113)).toBe(true);
  });
  it('works with a log scale and draws no grid without gridTop', () => {
    const marks = xAxis({ key: 'l', scale: scaleLog().domain([1, 1000]).range([0, 300]), y: 0, count: 3 });
    expect(marks.every((m) => m.kind === 'text')).toBe(true);
    expect(marks.map((m) => (m as TextMark).text)).toContain('100');
  });
});
