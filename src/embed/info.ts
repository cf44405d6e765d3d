/**
 * Server side: what the embed snippet needs to know about a scene, as plain data that
 * can go into a data attribute for the browser (the Embed dialog builds snippets there).
 */
import type { SceneModule } from '../scenes/contract';
import { frameOf, sizeFor } from '../scenes/contract';
import { sources } from '../data';
import type { EmbedScene } from './snippet';

/** The scene's EmbedScene, with the longest caption measured over its steps. */
export function embedSceneInfo(scene: SceneModule): EmbedScene {
  const sourceText = scene.sources.map((id) => sources[id]?.title ?? id).join('; ');
  const size = sizeFor(scene, 'wide');
  const captionChars = Math.max(
    ...scene.steps.map((s) => `${scene.title} — ${frameOf(scene, s.id, size).title}. Source: ${sourceText}. ${scene.note ?? ''}`.length),
  );
  return {
    name: scene.name,
    title: scene.title,
    steps: scene.steps.map((s) => ({ id: s.id, label: s.label })),
    aspect: { ...scene.aspect },
    captionChars,
    ...(scene.input ? { input: { examples: [...scene.input.examples] } } : {}),
    ...(scene.whatIf ? { whatIf: true } : {}),
  };
}
