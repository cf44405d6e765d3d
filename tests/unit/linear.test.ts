import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linear, logarithmic } from '../../src/scenes/kit/linear';

describe('kit linear(): the same positions as d3-scale scaleLinear', () => {
  const cases: [[number, number], [number, number]][] = [
    [
      [0, 100],
      [40, 566.3],
    ],
    [
      [0, 12000],
      [401.7, 37.25],
    ],
    [
      [-0.93, 0.93],
      [120.5, 330],
    ],
    [
      [100, 0],
      [0, 1],
    ],
    [
      [5, 5],
      [10, 20],
    ],
  ];
  for (const [domain, range] of cases)
    it(`[${domain}] → [${range}]`, () => {
      const d3 = scaleLinear().domain(domain).range(range);
      const ours = linear(domain, range);
      for (const v of [domain[0], domain[1], 0, 1, 3.7, 25, 50, 79.8, 8500, -0.41, 0.2])
        // Exactly equal: the snapshots of the scenes that use it do not move.
        expect(ours(v)).toBe(d3(v));
    });
});

describe('kit logarithmic(): the same positions as d3-scale scaleLog', () => {
  // The distilled-models axis of memory-fit (0.5 to 2,000 GB), and a falling range.
  const cases: [[number, number], [number, number]][] = [
    [
      [0.5, 2000],
      [96, 560],
    ],
    [
      [1, 1e6],
      [300, 20],
    ],
  ];
  for (const [domain, range] of cases)
    it(`[${domain}] → [${range}]`, () => {
      const d3 = scaleLog().domain(domain).range(range);
      const ours = logarithmic(domain, range);
      for (const v of [domain[0], 0.7, 1.5, 3.2, 16, 140, 671, domain[1]]) expect(ours(v)).toBe(d3(v));
    });
});
