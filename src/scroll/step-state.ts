/**
 * Pure step logic shared by the scroll engine, the embed stepper and the
 * presenter: where a hash points, which step comes next. No DOM, unit-tested.
 */

/** The element id (and URL hash) of a step: "<scene>--<step>". */
export function stepAnchor(scene: string, step: string): string {
  return `${scene}--${step}`;
}

/** "#benchmark-bars--coding" -> { scene, step }; null for anything else. */
export function parseStepHash(hash: string): { scene: string; step: string } | null {
  const h = decodeURIComponent(hash.replace(/^#/, ''));
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)--([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(h);
  return m ? { scene: m[1]!, step: m[2]! } : null;
}

/** The step `delta` places away from `current`, clamped to the ends. */
export function neighbour(stepIds: readonly string[], current: string, delta: number): string {
  const i = Math.max(0, stepIds.indexOf(current));
  const j = Math.min(stepIds.length - 1, Math.max(0, i + delta));
  return stepIds[j]!;
}

/** Keys that move between steps (presentation clickers send PageUp/PageDown). */
export function stepDeltaForKey(key: string, shift = false): number {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 1;
    case ' ':
      return shift ? -1 : 1;
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return -1;
    default:
      return 0;
  }
}

/**
 * The step a key leads to, or null for keys that do not move: arrows, Page Up/Down
 * and Space/Shift+Space (what presentation clickers send) move by one; Home and End
 * go to the first and last step.
 */
export function stepForKey(stepIds: readonly string[], current: string, key: string, shift = false): string | null {
  if (stepIds.length === 0) return null;
  if (key === 'Home') return stepIds[0]!;
  if (key === 'End') return stepIds[stepIds.length - 1]!;
  const d = stepDeltaForKey(key, shift);
  return d === 0 ? null : neighbour(stepIds, current, d);
}

/**
 * Which step turns on when the scroll engine's trigger line crosses the edge of step
 * `i`, or null for none. A step's element runs from the top of its card to the top of
 * the next card, and a step turns on when its card's top crosses the line either
 * way, so its first line is on screen at that moment:
 * - entering step i scrolling down: card i's top rose past the line: i;
 * - leaving step i scrolling up: card i's top came back down to the line: i;
 * - entering step i scrolling up: card i+1's top went down past the line: i+1 (still on
 *   if it was; the right one after a fling over several steps), until card i's own top
 *   comes down to the line;
 * - leaving a step scrolling down: nothing (the next step's enter says it).
 * `last` is the index of the scene's last step. A direction scrollama has not yet
 * seen (at load) counts as down: the step whose card top is above the line.
 */
export function stepForCrossing(i: number, kind: 'enter' | 'exit', direction: 'up' | 'down' | undefined, last: number): number | null {
  if (i < 0) return null;
  const up = direction === 'up';
  if (kind === 'enter') return up ? Math.min(i + 1, last) : i;
  return up ? i : null;
}
