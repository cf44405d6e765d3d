/**
 * Embed pages: step through a scene with its buttons (links to the static step
 * pages, so they work without JavaScript) and the arrow keys, without scrolling.
 * Query options (?step, ?controls=0, src/embed/params.ts) and the height reports to
 * a framing page (src/client/embed-height.ts) are set up first, before the scene loads.
 */
import { mountFigure } from './mount-figure';
import { neighbour, stepDeltaForKey } from '../scroll/step-state';
import { embedPageSetup } from './embed-page';

async function main() {
  const fig = document.querySelector<HTMLElement>('[data-scene][data-stepper]');
  if (!fig) return;
  const linkIds = [...fig.querySelectorAll<HTMLElement>('[data-goto-step]')].map((a) => a.dataset['gotoStep']!);
  // The what-if keys are the figure's own (client/what-if.ts reads them), not embed options.
  const params = embedPageSetup(linkIds, fig.querySelector<HTMLElement>('[data-what-if]')?.dataset['whatIf']?.split(' ') ?? []);
  const { player, ids } = await mountFigure(fig, fig.dataset['scene']!);
  fig.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('[data-goto-step]');
    if (!a) return;
    e.preventDefault();
    player.go(a.dataset['gotoStep']!);
  });
  if (params.step && params.step !== player.step) player.go(params.step, { duration: 0 });
  if (params.controls)
    document.addEventListener('keydown', (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Keys typed into a text field (a scene's own-sentence form) belong to the field.
      if ((e.target as Element).closest('input, textarea, select, [contenteditable]')) return;
      if ((e.target as Element).closest('button') && e.key === ' ') return;
      const d = e.key === ' ' ? 0 : stepDeltaForKey(e.key, e.shiftKey);
      if (!d) return;
      e.preventDefault();
      player.go(neighbour(ids, player.step, d));
    });
  const onResize = () => requestAnimationFrame(() => player.resize());
  window.addEventListener('resize', onResize);
  document.documentElement.dataset['scrollyReady'] = 'true';
}
void main();
