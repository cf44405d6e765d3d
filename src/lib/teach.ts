/**
 * For the teaching page and handouts: which scenes (and steps) a chapter uses, read
 * from its MDX (<Scrolly scene="…"> and <Step id="…">), so nothing is listed twice.
 */
import type { Chapter } from './chapters';

export interface ChapterFigure {
  scene: string;
  steps: string[];
}

/** The scenes a chapter places, in order, with the step ids it uses for each. Pure on the MDX text. */
export function figuresInMdx(body: string): ChapterFigure[] {
  const out: ChapterFigure[] = [];
  const re = /<Scrolly\s+scene="([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/Scrolly>/g;
  for (const m of body.matchAll(re)) {
    const steps = [...m[2]!.matchAll(/<Step\s+id="([a-z0-9-]+)"/g)].map((s) => s[1]!);
    out.push({ scene: m[1]!, steps });
  }
  return out;
}

export function chapterFigures(c: Chapter): ChapterFigure[] {
  return figuresInMdx(c.body ?? '');
}
