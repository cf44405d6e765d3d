/**
 * Judging what a scroll walk recorded (tests/engines/in-page.mjs walkScrolly), kept
 * apart from the browsers so it can be unit-tested on recorded walks
 * (tests/unit/engines-checks.test.ts), a planted never-activating step among them.
 */

/** How much of the figure must be on screen when a step shows (its sticky pin working). */
export const MIN_VISIBLE = 0.5;

/** The steps the figure showed, in order, repeats folded. */
export function shownSequence(record) {
  const seq = [];
  for (const s of [record.initial, ...record.changes.map((c) => c.step)]) if (s != null && seq[seq.length - 1] !== s) seq.push(s);
  return seq;
}

/**
 * Failures of one walk down a scrolly whose steps are `expected` (from the sources):
 * every step shown, in order, none skipped or repeated out of order; each one drawn
 * as its static copy (same title); the figure on screen when each step shows.
 */
export function judgeWalk(expected, record) {
  const where = `scene ${record.scene}`;
  if (record.error) return [`${where}: ${record.error}`];
  const out = [];
  for (const s of record.missing ?? []) out.push(`${where}: step "${s}" has no element #${record.scene}--${s} on the page`);
  const seq = shownSequence(record);
  const path = seq.join(' → ') || '(nothing)';
  for (const s of expected)
    if (!seq.includes(s) && !(record.missing ?? []).includes(s))
      out.push(`${where}: step "${s}" never shown while scrolling down (figure showed ${path}; ${record.end})`);
  const unknown = seq.filter((s) => !expected.includes(s));
  if (unknown.length) out.push(`${where}: figure showed steps the chapter does not have: ${unknown.join(', ')}`);
  const known = seq.filter((s) => expected.includes(s));
  const order = known.map((s) => expected.indexOf(s));
  if (order.some((v, i) => i > 0 && v <= order[i - 1])) out.push(`${where}: steps shown out of order while scrolling down: ${path}`);
  for (const c of record.changes) {
    if (c.want != null && c.title !== c.want) out.push(`${where}: step "${c.step}" drew "${c.title}", its static copy is "${c.want}"`);
    const height = c.figBottom - c.figTop;
    const visible = Math.min(c.figBottom, c.vh) - Math.max(c.figTop, 0);
    if (height > 0 && visible < MIN_VISIBLE * Math.min(height, c.vh))
      out.push(`${where}: step "${c.step}" shown with its figure off screen (figure ${c.figTop}..${c.figBottom} px, viewport 0..${c.vh} px: not pinned?)`);
  }
  return out;
}
