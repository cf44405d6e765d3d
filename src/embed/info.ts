/**
 * Server side: what the embed snippet needs to know about a scene, as plain data that
 * can go into a data attribute for the browser (the Embed dialog builds snippets there).
 */
import type { SceneModule } from '../scenes/contract';
import { sizeFor } from '../scenes/contract';
import { frameOf, sceneWords } from '../scenes/words';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { sources } from '../data';
import { widthInChars, type EmbedScene } from './snippet';

/** The scene's EmbedScene, with the longest caption measured over its steps. */
export function embedSceneInfo(scene: SceneModule, locale: Locale): EmbedScene {
  const words = sceneWords(scene, locale);
  const sourceText = scene.sources.map((id) => sources[id]?.title ?? id).join('; ');
  const size = sizeFor(scene, 'wide');
  const captionChars = Math.max(
    ...scene.steps.map((s) => widthInChars(`${words.title} — ${frameOf(scene, s.id, size, locale).title}. Source: ${sourceText}. ${words.note ?? ''}`)),
  );
  return {
    name: scene.name,
    title: words.title,
    steps: words.steps.map((s) => ({ id: s.id, label: s.label })),
    aspect: { ...scene.aspect },
    captionChars,
    ...(words.input ? { input: { examples: [...words.input.examples] } } : {}),
    ...(scene.whatIf ? { whatIf: true } : {}),
    frameTitles: frameTitles(words.title, locale),
  };
}

/** The iframe title's sentences in `locale`, with the figure's and site's names filled in. */
export function frameTitles(title: string, locale: Locale): EmbedScene['frameTitles'] {
  const keep = { title, site: t(locale, 'site.title'), label: '{label}', whatIf: '{whatIf}' };
  return {
    still: t(locale, 'embed.frameTitleStill', keep),
    interactive: t(locale, 'embed.frameTitleInteractive', keep),
    whatIf: t(locale, 'embed.frameTitleWhatIf'),
  };
}
