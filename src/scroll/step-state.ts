/**
 * Pure step logic shared by the scroll engine, the embed stepper and the
 * presenter: where a hash points, which step comes next. No DOM, unit-tested.
 */

/** The element id (and URL hash) of a step: "<scene>--<step>". */
export function stepAnchor(scene: string, step: string): string {
  return `${scene}--${step}`;
}

/** Longer hashes are never a step's (scene and step ids are short): not even decoded. */
const MAX_STEP_HASH = 200;

/**
 * A URL hash, %-decoded; null when it is too long or not valid %-encoding (a reader can
 * type "#%" or paste a cut-off link: decodeURIComponent would throw).
 */
export function decodeHash(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (raw.length > MAX_STEP_HASH) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** "#benchmark-bars--coding" -> { scene, step }; null for anything else. */
export function parseStepHash(hash: string): { scene: string; step: string } | null {
  const h = decodeHash(hash);
  if (h === null) return null;
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
 * Which step turns on when one of the scroll engine's two lines crosses the edge of
 * step `i`, or null for none. A step's element runs from the top of its card to the
 * top of the next card. Scrolling down, a step turns on when its card's top rises past
 * the trigger line (low on the screen: its first line is then in view). Scrolling up,
 * it turns on when its card's top comes down past the reading line (just below a
 * pinned figure, or near the top), so again its first line is in view, never under
 * the figure:
 * - trigger line, entering step i scrolling down (or at load): i;
 * - reading line, leaving step i scrolling up: card i's top came down past it: i;
 * - reading line, entering step i scrolling up: card i+1's top went down past it:
 *   i+1 (right after a fling over several steps; otherwise already on);
 * - anything else: nothing. `last` is the index of the scene's last step.
 */
export function stepForCrossing(
  i: number,
  line: 'trigger' | 'reading',
  kind: 'enter' | 'exit',
  direction: 'up' | 'down' | undefined,
  last: number,
): number | null {
  if (i < 0) return null;
  const up = direction === 'up';
  if (line === 'trigger') return kind === 'enter' && !up ? i : null;
  if (!up) return null;
  return kind === 'exit' ? i : Math.min(i + 1, last);
}

/** Where one step's element sits, measured on the page, in px from the window's top. */
export interface StepBox {
  top: number;
  bottom: number;
  /** Index of the last step of this step's scene. */
  sceneEnd: number;
  /** The reading line of this step's section (under its own pinned figure), px from the top. */
  reading: number;
}

/**
 * The step that should be on once scrolling has stopped, or null for "leave it": the
 * same rule as stepForCrossing, read from where the steps are instead of from the
 * crossings seen on the way. Needed because crossings get lost in a fast scroll:
 * scrollama reads only the first entry of each observer batch (a step entered and
 * left within one frame reports "entered"), and its direction is whatever the page did
 * last, not what it did at the crossing. `boxes` are in page order.
 * - Last moved down: the step whose element holds the trigger line (its card's top
 *   has risen past it, the next card's has not).
 * - Last moved up: the first step whose card's top is below the reading line: the
 *   one after the step holding it (within that scene), else the first below it that
 *   is in view.
 */
export function stepAfterScroll(boxes: readonly StepBox[], direction: 'up' | 'down', lines: { trigger: number; viewport: number }): number | null {
  if (direction === 'down') {
    const i = boxes.findIndex((b) => b.top <= lines.trigger && lines.trigger < b.bottom);
    return i < 0 ? null : i;
  }
  const i = boxes.findIndex((b) => b.top <= b.reading && b.reading < b.bottom);
  if (i >= 0) return Math.min(i + 1, boxes[i]!.sceneEnd);
  const below = boxes.findIndex((b) => b.top > b.reading);
  return below >= 0 && boxes[below]!.top < lines.viewport ? below : null;
}
