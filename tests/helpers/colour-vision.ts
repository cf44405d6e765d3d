/**
 * Colour-vision checks for the palette (src/styles/tokens.ts): which categorical colours a
 * frame draws together, and whether any two of them come too close for a reader with
 * deuteranopia, protanopia or tritanopia (culori's Machado et al. simulation at full
 * severity, distance by CIEDE2000).
 */
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import type { Frame } from '../../src/scenes/contract';
import { geometry, style } from '../../src/scenes/kit/attributes';
import { computeStyle, type SceneStyles } from '../../src/downloads/scene-css';

export const SIMULATIONS: Record<string, (c: Color) => Color> = {
  'normal vision': (c) => c,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};
const ciede2000 = differenceCiede2000();

export interface Clash {
  a: string;
  b: string;
  vision: string;
  distance: number;
}

/** Every pair of `colours` (name -> #hex) closer than `min` under some simulation. */
export function clashes(colours: Record<string, string>, min = 10): Clash[] {
  const names = Object.keys(colours);
  const out: Clash[] = [];
  for (const [vision, simulate] of Object.entries(SIMULATIONS)) {
    const sim = names.map((n) => {
      const c = parse(colours[n]!);
      if (!c) throw new Error(`colour "${colours[n]}" of ${n} cannot be parsed`);
      return simulate(c);
    });
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const distance = ciede2000(sim[i]!, sim[j]!);
        if (distance < min) out.push({ a: names[i]!, b: names[j]!, vision, distance: Math.round(distance * 10) / 10 });
      }
  }
  return out;
}

/**
 * The paint colours (light palette, as the downloads resolve them) of a frame's visible
 * non-text marks: fills, and strokes. Text is held to contrast, not to telling categories apart.
 */
export function framePaints(frame: Frame, styles: SceneStyles): { fills: Set<string>; strokes: Set<string> } {
  const fills = new Set<string>();
  const strokes = new Set<string>();
  for (const m of frame.marks) {
    if (m.kind === 'text' || m.opacity === 0) continue;
    const classes = (m.className ?? '').split(/\s+/).filter(Boolean);
    const s = computeStyle(styles, m.kind, classes, { 'data-key': m.key, ...geometry(m), ...style(m) });
    const fill = s.get('fill');
    if (m.kind !== 'line' && fill && fill !== 'none') fills.add(fill.toLowerCase());
    const stroke = s.get('stroke');
    if (stroke && stroke !== 'none') strokes.add(stroke.toLowerCase());
  }
  return { fills, strokes };
}
