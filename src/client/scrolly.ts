/** Chapter pages: connect the scroll engine to every scene figure on the page. */
import { startScrollEngine } from '../scroll/engine';
import { loadScene, ScenePlayer } from './scene-player';
import { updateFigureText } from './figure-text';
import { wireSceneInputWhenPresent } from './scene-input-loader';

async function main() {
  const figures = [...document.querySelectorAll<HTMLElement>('.scrolly [data-scene]')];
  const players = new Map<string, ScenePlayer>();
  await Promise.all(
    figures.map(async (fig) => {
      const scene = await loadScene(fig.dataset['scene']!);
      const player = new ScenePlayer(fig, scene);
      player.onChange((step, frame) => {
        const i = scene.steps.findIndex((s) => s.id === step);
        updateFigureText(fig, scene.steps[i]!.label, i, scene.steps.length, frame, true);
      });
      await wireSceneInputWhenPresent(fig, player);
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
