/**
 * Which Open Graph image each page gets: one per chapter, one per scene (its embed
 * pages), and a site default, in each language. English cards live at og/…, another
 * language's under og/<lang>/… (og/zh/chapters/<slug>.png), the prefix its pages have.
 * Their words come from the UI catalogue, the chapter and the scene's messages in that
 * language. The route (src/pages/og/[...path].png.ts) lists the chapters; building a card
 * is pure, so tests build them without the content collections.
 */
import type { Chapter } from '../chapters';
import { sizeFor, type SceneModule } from '../../scenes/contract';
import { frameOf, sceneWords } from '../../scenes/words';
import { scenes } from '../../scenes/registry';
import type { Locale } from '../../i18n/locales';
import { localePrefix } from '../../i18n/paths';
import { t } from '../../i18n/t';
import type { OgCard } from './card';

/** The image path (under the site) for a page in `locale`'s edition. */
export const ogPath = {
  site: (locale: Locale) => `og${localePrefix(locale)}/site.png`,
  chapter: (locale: Locale, slug: string) => `og${localePrefix(locale)}/chapters/${slug}.png`,
  scene: (locale: Locale, scene: string) => `og${localePrefix(locale)}/scenes/${scene}.png`,
};

function framesOf(scene: SceneModule, step: string, locale: Locale) {
  return [frameOf(scene, step, sizeFor(scene, 'wide'), locale), frameOf(scene, step, sizeFor(scene, 'narrow'), locale)];
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

/** What a chapter's card needs (a chapter entry of either language, slug already taken). */
export interface CardChapter {
  slug: string;
  order: number;
  title: string;
  summary: string;
  body?: string | undefined;
}

/** The site's own card in `locale` (home and every page without a card of its own). */
export function siteCard(locale: Locale): OgCard {
  const scene = scenes[SITE_FIGURE[0]];
  const step = scene?.steps.some((s) => s.id === SITE_FIGURE[1]) ? SITE_FIGURE[1] : scene?.steps[0]?.id;
  return {
    locale,
    kicker: t(locale, 'og.kicker'),
    title: t(locale, 'og.title'),
    summary: t(locale, 'site.description'),
    frames: scene && step ? framesOf(scene, step, locale) : undefined,
    footer: t(locale, 'og.footer'),
  };
}

/** A chapter's card: its title and summary beside its opening figure. */
export function chapterCard(locale: Locale, c: CardChapter): OgCard {
  const fig = openingFigure(c);
  return {
    locale,
    kicker: t(locale, 'og.chapterKicker', { site: t(locale, 'site.title'), order: c.order }),
    title: c.title,
    summary: c.summary,
    frames: fig ? framesOf(fig.scene, fig.step, locale) : undefined,
    footer: t(locale, 'og.footer'),
  };
}

/** A scene's card (its embed pages): its title and its first step's description beside that step. */
export function sceneCard(locale: Locale, name: string): OgCard {
  const scene = scenes[name];
  if (!scene) throw new Error(`src/lib/og/cards.ts: no scene "${name}". Fix: use a name from src/scenes/registry.ts.`);
  const frames = framesOf(scene, scene.steps[0]!.id, locale);
  return {
    locale,
    kicker: t(locale, 'og.figureKicker', { site: t(locale, 'site.title') }),
    title: sceneWords(scene, locale).title,
    summary: frames[0]!.description,
    frames,
    footer: t(locale, 'og.footer'),
  };
}

/** Every card of one edition, by path: the site's, each of `chapters` (that edition's), each scene's. */
export function editionCards(locale: Locale, chapters: readonly CardChapter[]): Record<string, OgCard> {
  const cards: Record<string, OgCard> = { [ogPath.site(locale)]: siteCard(locale) };
  for (const c of chapters) cards[ogPath.chapter(locale, c.slug)] = chapterCard(locale, c);
  for (const name of Object.keys(scenes)) cards[ogPath.scene(locale, name)] = sceneCard(locale, name);
  return cards;
}
