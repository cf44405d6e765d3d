import { describe, expect, it } from 'vitest';
import { neighbour, parseStepHash, stepAnchor, stepDeltaForKey, stepForCrossing } from '../../src/scroll/step-state';

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

describe('stepForCrossing: a step turns on when its card top crosses the trigger line', () => {
  // Steps 0..3 of one scene; each step's element runs from its card's top to the next card.
  it('scrolling down, entering a step turns it on; leaving one does nothing', () => {
    expect(stepForCrossing(2, 'enter', 'down', 3)).toBe(2);
    expect(stepForCrossing(2, 'exit', 'down', 3)).toBeNull();
  });
  it('scrolling up, the lower step stays on until the upper card top comes down to the line', () => {
    // Card 2's top goes down past the line: the line is now in step 1, but card 1's top is still far above.
    expect(stepForCrossing(1, 'enter', 'up', 3)).toBe(2);
    // Card 1's top comes down to the line: the line leaves step 1 through its top.
    expect(stepForCrossing(1, 'exit', 'up', 3)).toBe(1);
  });
  it('a fling up over several steps ends on the last card top crossed', () => {
    // From step 3 straight into step 0: cards 3, 2 and 1 went down past the line, card 1 last.
    expect(stepForCrossing(0, 'enter', 'up', 3)).toBe(1);
  });
  it('entering the last step from below keeps it; at load (no direction yet) the step at the line', () => {
    expect(stepForCrossing(3, 'enter', 'up', 3)).toBe(3);
    expect(stepForCrossing(2, 'enter', undefined, 3)).toBe(2);
    expect(stepForCrossing(2, 'exit', undefined, 3)).toBeNull();
    expect(stepForCrossing(-1, 'enter', 'down', 3)).toBeNull();
  });
});
