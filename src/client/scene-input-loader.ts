/**
 * The sentence form's code (scene-input.ts) is fetched only for a figure that has the form
 * (the router's). The what-if controls' code (what-if.ts) and data (moe-routing's γ runs) wait
 * until the reader reaches for the controls (hovers, focuses, touches or opens them), or load at
 * once when the address already carries a what-if for this figure: most readers never open
 * them, and an embed's start-up stays within its budget.
 */
import type { ScenePlayer } from './scene-player';

/** What makes the what-if code load: a pointer over the controls, focus on them, a touch, opening them. */
const REACH = ['pointerenter', 'pointerdown', 'focusin', 'toggle'] as const;

export async function wireSceneInputWhenPresent(figure: HTMLElement, player: ScenePlayer): Promise<void> {
  const input = player.scene.input && figure.querySelector('[data-scene-input]');
  const whatIf = player.scene.whatIf;
  const box = whatIf && figure.querySelector<HTMLDetailsElement>('details[data-what-if]');
  // Awaited before the page says it is ready: the form works from the first keystroke.
  if (input) (await import('./scene-input')).wireSceneInput(figure, player);
  if (!whatIf || !box) return;
  let wiring: Promise<void> | undefined;
  const wire = () => (wiring ??= import('./what-if').then((m) => m.wireWhatIf(figure, player)));
  // A what-if in the address (junk included: the controls say what they ignored) is drawn before the page says it is ready.
  const params = new URLSearchParams(location.search);
  if (whatIf.spec.controls.some((c) => params.has(c.key))) return wire();
  const reach = () => {
    for (const type of REACH) box.removeEventListener(type, reach);
    void wire();
  };
  for (const type of REACH) box.addEventListener(type, reach);
}
