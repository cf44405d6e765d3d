/** Chapter pages: connect the scroll engine to every scene figure on the page. */
import { startScrollEngine } from '../scroll/engine';
import type { ScenePlayer } from './scene-player';
import { mountFigure } from './mount-figure';

async function main() {
  const figures = [...document.querySelectorAll<HTMLElement>('.scrolly [data-scene]')];
  const players = new Map<string, ScenePlayer>();
  await Promise.all(
    figures.map(async (fig) => {
      const { scene, player } = await mountFigure(fig, fig.dataset['scene']!);
      players.set(scene.name, player);
      player.prepare();
    }),
  );
  // Drawing starts in its own task, after scrollama's observer callback returns.
  const pending = new Map<string, number>();
  startScrollEngine(({ scene, step, cause }) => {
    window.clearTimeout(pending.get(scene));
    pending.set(
      scene,
      window.setTimeout(() => players.get(scene)?.go(step, { duration: cause === 'jump' ? 0 : undefined }), 0),
    );
  });
  let frame = 0;
  const onResize = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => players.forEach((p) => p.resize()));
  };
  window.addEventListener('resize', onResize);
  new ResizeObserver(onResize).observe(document.documentElement);
  document.documentElement.dataset['scrollyReady'] = 'true';
}

void main();
