/**
 * Which Open Graph image each page gets: one per chapter, one per scene (its embed
 * pages), and a site default. Paths are relative to /og/ and end in .png.
 */
import { chapterSlug, chaptersInOrder, type Chapter } from '../chapters';
import { sizeFor, type SceneModule } from '../../scenes/contract';
import { frameOf, sceneWords } from '../../scenes/words';
import { scenes } from '../../scenes/registry';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../consts';
import type { OgCard } from './card';

const FOOTER = 'A scrollytelling explainer · every figure sourced';

/** The image path (under /og/) for a page. */
export const ogPath = {
  site: 'og/site.png',
  chapter: (slug: string) => `og/chapters/${slug}.png`,
  scene: (scene: string) => `og/scenes/${scene}.png`,
};

function framesOf(scene: SceneModule, step: string) {
  return [frameOf(scene, step, sizeFor(scene, 'wide'), 'en'), frameOf(scene, step, sizeFor(scene, 'narrow'), 'en')];
}

/** The first scene and step a chapter shows (its opening figure), if any. */
export function openingFigure(chapter: Pick<Chapter, 'body'>): { scene: SceneModule; step: string } | undefined {
  const body = chapter.body ?? '';
  const m = /<Scrolly\s+scene="([^"]+)"/.exec(body);
  if (!m) return undefined;
  const scene = scenes[m[1]!];
  if (!scene) return undefined;
  const step = /<Step\s+id="([^"]+)"/.exec(body.slice(m.index))?.[1];
  return { scene, step: step && scene.steps.some((s) => s.id === step) ? step : scene.steps[0]!.id };
}

/** Site default: the benchmark summary if that scene exists, else text only. */
const SITE_FIGURE: [string, string] = ['benchmark-bars', 'summary'];

export async function ogCards(): Promise<Record<string, OgCard>> {
  const cards: Record<string, OgCard> = {};
  const siteScene = scenes[SITE_FIGURE[0]];
  const siteStep = siteScene?.steps.some((s) => s.id === SITE_FIGURE[1]) ? SITE_FIGURE[1] : siteScene?.steps[0]?.id;
  cards[ogPath.site] = {
    kicker: 'An explainer',
    title: 'DeepSeek-R1, explained',
    summary: SITE_DESCRIPTION,
    frames: siteScene && siteStep ? framesOf(siteScene, siteStep) : undefined,
    footer: FOOTER,
  };
  for (const c of await chaptersInOrder()) {
    const fig = openingFigure(c);
    cards[ogPath.chapter(chapterSlug(c))] = {
      kicker: `${SITE_TITLE} · Chapter ${c.data.order}`,
      title: c.data.title,
      summary: c.data.summary,
      frames: fig ? framesOf(fig.scene, fig.step) : undefined,
      footer: FOOTER,
    };
  }
  for (const [name, scene] of Object.entries(scenes)) {
    const step = scene.steps[0]!.id;
    const frames = framesOf(scene, step);
    cards[ogPath.scene(name)] = {
      kicker: `${SITE_TITLE} · Figure`,
      title: sceneWords(scene, 'en').title,
      summary: frames[0]!.description,
      frames,
      footer: FOOTER,
    };
  }
  return cards;
}
