/**
 * The sentence form's code (scene-input.ts) is fetched only for a figure that has the form
 * (the router's): every other figure, and every embed of another scene, starts without it.
 */
import type { ScenePlayer } from './scene-player';

export function wireSceneInputWhenPresent(figure: HTMLElement, player: ScenePlayer): void {
  if (!player.scene.input || !figure.querySelector('[data-scene-input]')) return;
  void import('./scene-input').then((m) => m.wireSceneInput(figure, player));
}
