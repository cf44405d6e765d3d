/**
 * The sentence form's code (scene-input.ts) is fetched only for a figure that has the form
 * (the router's), and the what-if controls' code (what-if.ts) only for a figure that has
 * them: every other figure, and every embed of another scene, starts without it.
 */
import type { ScenePlayer } from './scene-player';

export async function wireSceneInputWhenPresent(figure: HTMLElement, player: ScenePlayer): Promise<void> {
  const input = player.scene.input && figure.querySelector('[data-scene-input]');
  const whatIf = player.scene.whatIf && figure.querySelector('[data-what-if]');
  if (!input && !whatIf) return;
  // Awaited before the page says it is ready: the form works from the first keystroke, and
  // a what-if in the page's address is drawn.
  const m = await import('./scene-input');
  if (input) m.wireSceneInput(figure, player);
  if (whatIf) await m.wireWhatIf(figure, player);
}
