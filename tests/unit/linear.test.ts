import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linear, logarithmic } from '../../src/scenes/kit/linear';

type Interval = [number, number];

/**
 * Each kit scale beside the d3-scale one it replaces, the domains and ranges it is tried on, and
 * the values read through both. Exactly equal: the snapshots of the scenes that use them do not move.
 */
const scales: {
  kit: string;
  d3Name: string;
  ours: (domain: Interval, range: Interval) => (v: number) => number;
  d3: (domain: Interval, range: Interval) => (v: number) => number;
  cases: [Interval, Interval][];
  values: (domain: Interval) => number[];
}[] = [
  {
    kit: 'linear',
    d3Name: 'scaleLinear',
    ours: linear,
    d3: (domain, range) => scaleLinear().domain(domain).range(range),
    cases: [
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
    ],
    values: (domain) => [domain[0], domain[1], 0, 1, 3.7, 25, 50, 79.8, 8500, -0.41, 0.2],
  },
  {
    kit: 'logarithmic',
    d3Name: 'scaleLog',
    ours: logarithmic,
    d3: (domain, range) => scaleLog().domain(domain).range(range),
    // The distilled-models axis of memory-fit (0.5 to 2,000 GB), and a falling range.
    cases: [
      [
        [0.5, 2000],
        [96, 560],
      ],
      [
        [1, 1e6],
        [300, 20],
      ],
    ],
    values: (domain) => [domain[0], 0.7, 1.5, 3.2, 16, 140, 671, domain[1]],
  },
];

for (const { kit, d3Name, ours, d3, cases, values } of scales)
  describe(`kit ${kit}(): the same positions as d3-scale ${d3Name}`, () => {
    for (const [domain, range] of cases)
      it(`[${domain}] → [${range}]`, () => {
        const theirs = d3(domain, range);
        const mine = ours(domain, range);
        for (const v of values(domain)) expect(mine(v)).toBe(theirs(v));
      });
  });
