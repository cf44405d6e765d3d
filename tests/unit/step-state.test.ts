import { describe, expect, it } from 'vitest';
import { decodeHash, neighbour, parseStepHash, stepAfterScroll, stepAnchor, stepDeltaForKey, stepForCrossing } from '../../src/scroll/step-state';

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

describe('stepForCrossing: a step turns on when its card top crosses a line, its first line in view', () => {
  // Steps 0..3 of one scene; each step's element runs from its card's top to the next card.
  it('scrolling down, the trigger line entering a step turns it on; nothing else does', () => {
    expect(stepForCrossing(2, 'trigger', 'enter', 'down', 3)).toBe(2);
    expect(stepForCrossing(2, 'trigger', 'exit', 'down', 3)).toBeNull();
    expect(stepForCrossing(2, 'reading', 'enter', 'down', 3)).toBeNull();
    expect(stepForCrossing(2, 'reading', 'exit', 'down', 3)).toBeNull();
  });
  it('scrolling up, a step turns on when its card top comes down past the reading line', () => {
    expect(stepForCrossing(1, 'reading', 'exit', 'up', 3)).toBe(1);
    // The trigger line passing card tops on the way up changes nothing.
    expect(stepForCrossing(1, 'trigger', 'enter', 'up', 3)).toBeNull();
    expect(stepForCrossing(1, 'trigger', 'exit', 'up', 3)).toBeNull();
  });
  it('a fling up over several steps ends on the last card top that came down past the reading line', () => {
    expect(stepForCrossing(0, 'reading', 'enter', 'up', 3)).toBe(1);
    expect(stepForCrossing(3, 'reading', 'enter', 'up', 3)).toBe(3);
  });
  it('at load (no direction yet) the step at the trigger line', () => {
    expect(stepForCrossing(2, 'trigger', 'enter', undefined, 3)).toBe(2);
    expect(stepForCrossing(2, 'reading', 'enter', undefined, 3)).toBeNull();
    expect(stepForCrossing(-1, 'trigger', 'enter', 'down', 3)).toBeNull();
  });
});

describe('stepAfterScroll: once scrolling stops, the step the cards say, whatever crossings were lost', () => {
  // Two scenes on an 800 px window: steps 0-2 (cards at 100, 500, 900 px), prose, steps 3-4.
  const at = (reading: number, scene2 = reading) => [
    { top: 100, bottom: 500, sceneEnd: 2, reading },
    { top: 500, bottom: 900, sceneEnd: 2, reading },
    { top: 900, bottom: 1400, sceneEnd: 2, reading },
    { top: 1700, bottom: 2100, sceneEnd: 4, reading: scene2 },
    { top: 2100, bottom: 2600, sceneEnd: 4, reading: scene2 },
  ];
  const boxes = at(120);
  const lines = { trigger: 560, viewport: 800 };
  it('after moving down: the step holding the trigger line', () => {
    expect(stepAfterScroll(boxes, 'down', lines)).toBe(1);
    expect(stepAfterScroll(boxes, 'down', { ...lines, trigger: 80 })).toBeNull();
  });
  it('after moving up: the first card whose top is below the reading line', () => {
    expect(stepAfterScroll(boxes, 'up', lines)).toBe(1);
    expect(stepAfterScroll(at(50), 'up', lines)).toBe(0);
  });
  it('each section reads up to its own line (the figures pinned above them differ in height)', () => {
    // The first section's line at 120 px is in step 0; the second's, lower, holds step 3.
    expect(stepAfterScroll(at(1000, 1800), 'up', lines)).toBe(2);
    expect(stepAfterScroll([...at(50, 1800)].slice(3), 'up', lines)).toBe(1);
  });
  it('moving up never hands the figure to the next scene from its last step', () => {
    expect(stepAfterScroll(at(1000), 'up', lines)).toBe(2);
    // In the prose between the scenes: the next scene's first card, only if it is in view.
    expect(stepAfterScroll(at(1500), 'up', { ...lines, viewport: 1800 })).toBe(3);
    expect(stepAfterScroll(at(1500), 'up', { ...lines, viewport: 1600 })).toBeNull();
  });
});
