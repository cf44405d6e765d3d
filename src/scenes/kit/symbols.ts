/**
 * Small symbols drawn as paths, for the few signs the typeface lacks (IBM Plex Sans has
 * no ★), so they look the same on every machine and are measured exactly.
 */
import { px } from './format';

/** A five-pointed star centred on (cx, cy) with outer radius r. */
export function starPath(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    pts.push(`${px(cx + rr * Math.cos(a))},${px(cy + rr * Math.sin(a))}`);
  }
  return `M${pts.join('L')}Z`;
}
