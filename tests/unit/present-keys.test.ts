import { describe, expect, it } from 'vitest';
import { stepForKey } from '../../src/scroll/step-state';

describe('presenter keys (stepForKey)', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('moves forward with the keys clickers and keyboards send', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(stepForKey(ids, 'b', k), k).toBe('c');
  });
  it('moves back with the opposite keys and Shift+Space', () => {
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(stepForKey(ids, 'b', k), k).toBe('a');
    expect(stepForKey(ids, 'b', ' ', true)).toBe('a');
  });
  it('jumps to the ends with Home and End, and clamps there', () => {
    expect(stepForKey(ids, 'c', 'Home')).toBe('a');
    expect(stepForKey(ids, 'a', 'End')).toBe('d');
    expect(stepForKey(ids, 'd', 'PageDown')).toBe('d');
    expect(stepForKey(ids, 'a', 'ArrowLeft')).toBe('a');
  });
  it('ignores other keys and empty scenes', () => {
    for (const k of ['Enter', 'Tab', 'n', 'Escape']) expect(stepForKey(ids, 'b', k), k).toBeNull();
    expect(stepForKey([], 'a', 'ArrowRight')).toBeNull();
  });
});
