/**
 * oEmbed thumbnails: PNGs the build makes anyway (the teaching page's scene
 * thumbnails, and each step's 2x PNG download), with their sizes in pixels as
 * resvg renders them (it rounds a scaled size to the nearest pixel). Build-time only.
 */
import type { SceneModule } from '../scenes/contract';
import type { Locale } from '../i18n/locales';
import { downloadPaths, sceneThumbnailSvg, stepSvg } from '../downloads';
import { absoluteUrl } from '../lib/cite';
import { readerUrl } from '../lib/public-url';
import { localePath } from '../i18n/paths';

/** Where the teaching page's thumbnail of a scene is, in `locale`'s edition (before the base path). */
export const teachThumbPath = (scene: string, locale: Locale) => localePath(locale, `/teach/thumbs/${scene}.png`);

/** Width of /teach/thumbs/<scene>.png. */
export const THUMB_WIDTH = 480;
/** Scale of /downloads/<scene>/<step>.png. */
export const STEP_PNG_SCALE = 2;

export interface Thumbnail {
  url: string;
  width: number;
  height: number;
}

export function sceneThumbnail(scene: SceneModule, base: string, site: string | URL, locale: Locale): Thumbnail {
  const t = sceneThumbnailSvg(scene, locale);
  return { url: absoluteUrl(site, base, teachThumbPath(scene.name, locale)), width: THUMB_WIDTH, height: Math.round((t.height * THUMB_WIDTH) / t.width) };
}

/** `page` is the address the PNG's credit line names (the step's embed page). */
export function stepThumbnail(scene: SceneModule, step: string, base: string, site: string | URL, locale: Locale): Thumbnail {
  const page = readerUrl(base, localePath(locale, `/embed/${scene.name}/${step}/`));
  const t = stepSvg(scene, step, page, locale);
  return {
    url: absoluteUrl(site, base, downloadPaths(scene.name, step, locale).png),
    width: Math.round(t.width * STEP_PNG_SCALE),
    height: Math.round(t.height * STEP_PNG_SCALE),
  };
}
