/**
 * The sentence form's code (scene-input.ts) is fetched only for a figure that has the form
 * (the router's): every other figure, and every embed of another scene, starts without it.
 */
import type { ScenePlayer } from './scene-player';

export async function wireSceneInputWhenPresent(figure: HTMLElement, player: ScenePlayer): Promise<void> {
  if (!player.scene.input || !figure.querySelector('[data-scene-input]')) return;
  // Awaited before the page says it is ready: the form works from the first keystroke.
  const { wireSceneInput } = await import('./scene-input');
  wireSceneInput(figure, player);
}
