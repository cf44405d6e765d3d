import { describe, expect, it } from 'vitest';
import { decodeHash, neighbour, parseStepHash, stepAnchor, stepDeltaForKey } from '../../src/scroll/step-state';

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

describe('hostile hashes', () => {
  it('a bad %-escape or an over-long hash is no step, and never throws', () => {
    for (const h of ['#%', '#%E0%A4%A', '#moe-routing--%', '#%uD800', `#${'a--b'.repeat(100)}`]) {
      expect(() => parseStepHash(h)).not.toThrow();
      expect(parseStepHash(h)).toBeNull();
    }
    expect(decodeHash('#%')).toBeNull();
    expect(decodeHash('#a%20b')).toBe('a b');
    expect(parseStepHash('#moe%2Drouting--router')).toEqual({ scene: 'moe-routing', step: 'router' });
  });
});
