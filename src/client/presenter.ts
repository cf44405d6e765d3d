/**
 * Presenter mode (/present/<scene>/): one scene full-screen, stepped with the keys
 * presentation clickers send. Built from the same parts as the embed stepper: the
 * ScenePlayer (frames and tweens), figure-text (caption, table, live region) and the
 * pure step logic in src/scroll/step-state.ts. The URL hash follows the step
 * (history.replaceState, so Back leaves the presenter), and a reload opens on it.
 * Everything it needs is loaded at start: stepping works with the network off.
 */
import { mountFigure } from './mount-figure';
import { stepWords } from '../scenes/kit/messages';
import { decodeHash, stepForKey } from '../scroll/step-state';
import { NARROW_BREAKPOINT } from '../scenes/contract';

/**
 * Layout width (CSS px) the scene is drawn at before it is scaled up to fill the
 * screen, for large type: the wide server size, the design every scene is tested at.
 */
const LOGICAL_WIDTH = 640;
/** Phones and narrow windows: the page scrolls and the figure takes the full width. */
const STACKED = '(max-width: 40rem)';

function stepFromHash(ids: readonly string[]): string | null {
  const h = decodeHash(location.hash);
  return h !== null && ids.includes(h) ? h : null;
}

async function main() {
  const root = document.querySelector<HTMLElement>('[data-present]');
  const fig = root?.querySelector<HTMLElement>('figure[data-scene]');
  if (!root || !fig) return;
  const { scene, player, text, ids } = await mountFigure(fig, root.dataset['present']!);
  const box = fig.querySelector<HTMLElement>('.scene-box')!;
  const stage = root.querySelector<HTMLElement>('.present-stage')!;
  /** Size the figure to the largest box of the scene's shape that fits the stage with its caption, then draw large. */
  const fit = () => {
    const sw = stage.clientWidth;
    const sh = window.matchMedia(STACKED).matches ? Infinity : stage.clientHeight;
    if (sw <= 0 || sh <= 0) return;
    let w = sw;
    for (let pass = 0; pass < 2; pass++) {
      const rest = fig.offsetHeight - box.offsetHeight; // caption, form: what the figure holds besides the box
      const availH = Math.max(100, sh - rest);
      w = Math.min(sw, availH / scene.aspect.wide);
      let aspect = scene.aspect.wide;
      if (w / Math.max(1, w / LOGICAL_WIDTH) < NARROW_BREAKPOINT) {
        aspect = scene.aspect.narrow;
        w = Math.min(sw, availH / aspect);
      }
      fig.style.width = `${Math.floor(w)}px`;
      box.style.aspectRatio = 'auto';
      box.style.height = `${Math.floor(w * aspect)}px`;
    }
    player.layoutScale = Math.max(1, w / LOGICAL_WIDTH);
    player.resize();
  };

  const index = root.querySelector('[data-present-index]')!;
  const label = root.querySelector('[data-present-label]')!;
  const what = root.querySelector('[data-present-what]')!;
  const notes = root.querySelector('[data-present-notes]');
  const prev = root.querySelector<HTMLButtonElement>('[data-present-prev]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-present-next]')!;
  const notesToggle = root.querySelector<HTMLButtonElement>('[data-present-notes-toggle]');
  const notesPanel = root.querySelector<HTMLElement>('.present-notes');
  const fullscreen = root.querySelector<HTMLButtonElement>('[data-present-fullscreen]')!;

  player.onChange((step, frame) => {
    const i = ids.indexOf(step);
    const s = stepWords(scene, text, ids[i]!);
    index.textContent = String(i + 1);
    label.textContent = s.label;
    what.textContent = frame.title;
    if (notes) notes.textContent = s.notes ?? 'No notes for this step.';
    prev.disabled = i === 0;
    next.disabled = i === ids.length - 1;
    root.dataset['step'] = step;
    if (location.hash !== `#${step}`) history.replaceState(history.state, '', `#${step}`);
  });

  const go = (step: string | null, duration?: number) => {
    if (step) player.go(step, duration === undefined ? {} : { duration });
  };
  prev.addEventListener('click', () => go(stepForKey(ids, player.step, 'ArrowLeft')));
  next.addEventListener('click', () => go(stepForKey(ids, player.step, 'ArrowRight')));
  const toggleNotes = () => {
    if (!notesToggle || !notesPanel) return;
    const show = notesPanel.hidden;
    notesPanel.hidden = !show;
    notesToggle.setAttribute('aria-pressed', String(show));
    root.classList.toggle('with-notes', show);
    requestAnimationFrame(fit);
  };
  notesToggle?.addEventListener('click', toggleNotes);
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  if (!document.fullscreenEnabled) fullscreen.hidden = true;
  fullscreen.addEventListener('click', toggleFullscreen);
  document.addEventListener('fullscreenchange', () => fullscreen.setAttribute('aria-pressed', String(!!document.fullscreenElement)));

  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target as Element;
    if (t.closest('input, textarea, select, [contenteditable]')) return;
    if (e.key === 'n' || e.key === 'N') {
      e.preventDefault();
      toggleNotes();
      return;
    }
    if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
      toggleFullscreen();
      return;
    }
    // Enter on a focused button is the button's; Space always steps (clickers send it), never "clicks".
    const target = stepForKey(ids, player.step, e.key, e.shiftKey);
    if (target === null) return;
    e.preventDefault();
    go(target);
  });
  window.addEventListener('hashchange', () => go(stepFromHash(ids)));
  window.addEventListener('resize', () => requestAnimationFrame(fit));

  fit();
  const start = stepFromHash(ids) ?? ids[0]!;
  // The first frame is drawn at the measured size without animation (also when it is step 1).
  player.go(start, { duration: 0 });
  root.classList.add('is-fitted');
  document.documentElement.dataset['scrollyReady'] = 'true';
}
void main();
