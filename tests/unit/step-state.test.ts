import { describe, expect, it } from 'vitest';
import { neighbour, parseStepHash, stepAnchor, stepDeltaForKey } from '../../src/scroll/step-state';

describe('step hashes', () => {
  it('round-trips scene and step through the anchor', () => {
    expect(parseStepHash('#' + stepAnchor('benchmark-bars', 'coding'))).toEqual({ scene: 'benchmark-bars', step: 'coding' });
  });
  it('rejects junk', () => {
    for (const h of ['', '#', '#coding', '#a--b--c', '#<script>--x', '#Bench--x', '#a---b']) expect(parseStepHash(h), h).toBeNull();
  });
});

describe('neighbour', () => {
  const ids = ['a', 'b', 'c'];
  it('moves and clamps at both ends', () => {
    expect(neighbour(ids, 'a', 1)).toBe('b');
    expect(neighbour(ids, 'c', 1)).toBe('c');
    expect(neighbour(ids, 'a', -1)).toBe('a');
    expect(neighbour(ids, 'unknown', 1)).toBe('b');
  });
  it('maps presenter keys, including the space bar and clicker page keys', () => {
    expect(stepDeltaForKey('PageDown')).toBe(1);
    expect(stepDeltaForKey('PageUp')).toBe(-1);
    expect(stepDeltaForKey(' ')).toBe(1);
    expect(stepDeltaForKey(' ', true)).toBe(-1);
    expect(stepDeltaForKey('a')).toBe(0);
  });
});
