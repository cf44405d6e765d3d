/**
 * The home page's live scene (src/components/HomeScene.astro): Previous/Next step
 * buttons drive the same ScenePlayer as the chapters. No global key handlers (the
 * home page scrolls normally); the figure's own live region announces each step.
 */
import { loadScene, ScenePlayer } from './scene-player';
import { updateFigureText } from './figure-text';
import { wireSceneInput } from './scene-input';

async function main() {
  const root = document.querySelector<HTMLElement>('[data-home-scene]');
  const fig = root?.querySelector<HTMLElement>('figure[data-scene]');
  if (!root || !fig) return;
  const scene = await loadScene(fig.dataset['scene']!);
  const player = new ScenePlayer(fig, scene);
  const ids = scene.steps.map((s) => s.id);
  const prev = root.querySelector<HTMLButtonElement>('[data-home-prev]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-home-next]')!;
  const label = root.querySelector<HTMLElement>('[data-home-step]')!;
  wireSceneInput(fig, player);
  let announce = false;
  const sync = (step: string) => {
    const i = ids.indexOf(step);
    // aria-disabled, not disabled: the button keeps keyboard focus at either end.
    prev.setAttribute('aria-disabled', String(i <= 0));
    next.setAttribute('aria-disabled', String(i >= ids.length - 1));
    label.textContent = `Step ${i + 1} of ${ids.length}: ${scene.steps[i]!.label}`;
  };
  player.onChange((step, frame) => {
    const i = ids.indexOf(step);
    updateFigureText(fig, scene.steps[i]!.label, i, ids.length, frame, announce);
  });
  const go = (delta: number) => {
    const from = ids.indexOf(player.step);
    const i = Math.min(ids.length - 1, Math.max(0, from + delta));
    if (i === from) return;
    announce = true;
    player.go(ids[i]!);
    sync(ids[i]!);
  };
  prev.addEventListener('click', () => go(-1));
  next.addEventListener('click', () => go(1));
  window.addEventListener('resize', () => requestAnimationFrame(() => player.resize()));
  sync(player.step);
  root.dataset['ready'] = 'true';
}
void main();
