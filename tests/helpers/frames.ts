import type { Frame, Mark } from '../../src/scenes/contract';

/** Every number in a frame is finite and every text is a real string: no NaN, no "undefined". */
export function assertFiniteFrame(frame: Frame, where: string): void {
  const bad: string[] = [];
  const check = (v: unknown, path: string) => {
    if (typeof v === 'number' && !Number.isFinite(v)) bad.push(`${path}=${v}`);
    if (typeof v === 'string' && /\b(NaN|undefined|null|Infinity)\b/.test(v)) bad.push(`${path}="${v}"`);
  };
  check(frame.width, 'width');
  check(frame.height, 'height');
  check(frame.title, 'title');
  check(frame.description, 'description');
  for (const m of frame.marks) for (const [k, v] of Object.entries(m)) check(v, `${m.key}.${k}`);
  frame.table.rows.forEach((r, i) => r.forEach((v, j) => check(v, `table[${i}][${j}]`)));
  if (bad.length) throw new Error(`${where}: non-finite or junk values: ${bad.slice(0, 10).join(', ')}`);
}

export function keysOf(marks: Mark[]): string[] {
  return marks.map((m) => m.key);
}
