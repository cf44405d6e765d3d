/**
 * oEmbed (https://oembed.com) "rich" responses, written as static JSON files: one per
 * scene (/oembed/<scene>.json) and one per step (/oembed/<scene>/<step>.json). Each
 * embed page links its own with <link rel="alternate" type="application/json+oembed">.
 */
import type { SceneModule } from '../scenes/contract';
import { LANG_TAG, type Locale } from '../i18n/locales';
import { localePrefix } from '../i18n/paths';
import { sceneWords } from '../scenes/words';
import { embedSceneInfo } from './info';
import type { Thumbnail } from './thumbnails';
import { t } from '../i18n/t';
import { absoluteUrl, EMBED_MAX_WIDTH, embedHeight, snippetFor } from './snippet';

export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
  /** The language of the figure the html frames (BCP 47), an extra field oEmbed allows: each edition has its own responses. */
  lang: string;
}

/** `thumbnail`: a picture of the figure for link previews (see thumbnails.ts). */
export function oembedFor(
  scene: SceneModule,
  step: string | undefined,
  base: string,
  site: string | URL,
  /** The edition: the snippet frames that edition's embed page, and `lang` names its language. */
  locale: Locale,
  thumbnail?: Thumbnail,
): OEmbedRich {
  const editionBase = base.replace(/\/+$/, '') + localePrefix(locale) + '/';
  const info = embedSceneInfo(scene, locale);
  const words = sceneWords(scene, locale);
  const opts = step ? { step } : {};
  const label = step ? words.steps.find((s) => s.id === step)?.label : undefined;
  const siteName = t(locale, 'site.title');
  return {
    type: 'rich',
    version: '1.0',
    title: label ? t(locale, 'embedPage.stepTitle', { title: words.title, label }) : words.title,
    provider_name: siteName,
    provider_url: absoluteUrl(site, editionBase, '/'),
    html: snippetFor(info, opts, editionBase, site),
    width: EMBED_MAX_WIDTH,
    height: embedHeight(info, opts),
    cache_age: 86400,
    lang: LANG_TAG[locale],
    ...(thumbnail && { thumbnail_url: thumbnail.url, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height }),
  };
}
