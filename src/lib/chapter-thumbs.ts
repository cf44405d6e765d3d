/**
 * Each chapter's picture on the home page: one step of a figure the chapter shows.
 * Chapters share scenes, so each takes the first step it shows that no earlier chapter
 * (and not the home page's opening figure) has taken: no two thumbnails are the same
 * picture. Pure, so it is unit-tested; the home page and /thumbs/<slug>.svg share it.
 */
export type SceneStep = readonly [scene: string, step: string];

export interface ChapterPlacing {
  slug: string;
  /** Every [scene, step] the chapter shows, in page order (the remark plugin's `placed`). */
  placed: readonly SceneStep[];
}

export function pickThumbnails(chapters: readonly ChapterPlacing[], taken: readonly SceneStep[] = []): Map<string, SceneStep | undefined> {
  const used = new Set(taken.map(([s, t]) => `${s}/${t}`));
  const out = new Map<string, SceneStep | undefined>();
  for (const c of chapters) {
    const pick = c.placed.find(([s, t]) => !used.has(`${s}/${t}`));
    if (pick) used.add(`${pick[0]}/${pick[1]}`);
    out.set(c.slug, pick);
  }
  return out;
}

/** The home page's opening figure (taken before the chapters pick). */
export const HOME_FIGURE: SceneStep = ['model-size', 'at-work'];
