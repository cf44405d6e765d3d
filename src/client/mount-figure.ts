/**
 * What every live figure does first, wherever it is shown (a chapter, an embed page, the
 * presenter): load its scene module, make its player, keep its caption, data table, step
 * counter and live region in step with what is drawn, and wire its sentence form or what-if
 * controls when it has them. Each page then adds its own way of choosing steps (the scroll
 * engine, step buttons and keys, a clicker).
 */
import type { SceneModule } from '../scenes/contract';
import { stepWords, textFromPayload, type SceneText } from '../scenes/kit/messages';
import { loadScene, ScenePlayer } from './scene-player';
import { updateFigureText } from './figure-text';
import { wireSceneInputWhenPresent } from './scene-input-loader';

export interface MountedFigure {
  scene: SceneModule;
  player: ScenePlayer;
  /** The scene's words in the page's language (its step labels and notes: `stepWords`). */
  text: SceneText;
  /** The scene's step ids, in order. */
  ids: string[];
}

export async function mountFigure(fig: HTMLElement, sceneName: string): Promise<MountedFigure> {
  const scene = await loadScene(sceneName);
  // The page's one catalogue for this scene (SceneFigure.astro), so the browser never loads the other languages.
  const text = textFromPayload(fig.dataset['sceneText']);
  // Chinese labels wrap by their own rules (kit/text-zh.ts), loaded only where a figure speaks Chinese.
  if (text.locale === 'zh') await import('../scenes/kit/text-zh');
  const player = new ScenePlayer(fig, scene, text);
  const ids = scene.steps.map((s) => s.id);
  player.onChange((step, frame) => {
    const i = ids.indexOf(step);
    updateFigureText(fig, stepWords(scene, text, step).label, i, ids.length, frame, true);
  });
  // Awaited: the form works from the first keystroke, and a what-if in the address is drawn before the page says it is ready.
  await wireSceneInputWhenPresent(fig, player);
  return { scene, player, text, ids };
}
