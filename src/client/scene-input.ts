/**
 * Scenes with an `input` (see contract.ts) get a small form: the reader's text is
 * turned into the scene's data by the scene's own pure `dataFor`, and the figure
 * redraws at the current step. The figure's description (read by the live region)
 * says what the new picture shows.
 */
import type { ScenePlayer } from './scene-player';

export function wireSceneInput(figure: HTMLElement, player: ScenePlayer): void {
  const input = player.scene.input;
  const form = figure.querySelector<HTMLFormElement>('[data-scene-input]');
  if (!input || !form) return;
  const field = form.querySelector<HTMLInputElement>('input[name="text"]')!;
  const status = form.querySelector<HTMLElement>('[data-input-status]');
  const apply = (text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim().slice(0, input.maxLength);
    if (!clean) return;
    player.setData(input.dataFor(clean));
    // Says what the figure now shows, whichever step is in view (a role="status" region).
    if (status) status.textContent = `The figure now shows: “${clean}”.`;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(field.value);
  });
  for (const b of form.querySelectorAll<HTMLButtonElement>('[data-example]')) {
    b.addEventListener('click', () => {
      field.value = b.dataset['example']!;
      apply(field.value);
    });
  }
  // The form sits in a <details>: open on wide screens; on a phone, where the figure
  // is sticky and space is short, it stays a one-line summary until the reader opens it.
  const box = form.closest<HTMLDetailsElement>('[data-scene-input-box]');
  if (box) {
    box.hidden = false;
    if (window.matchMedia('(min-width: 52.01rem)').matches) box.open = true;
    asSheet(box);
  }
  form.hidden = false;
}

/**
 * On a phone the opened form is a sheet over the page (global.css): Back, Escape and
 * its Done button close it, and the reader is where they were. Opening it adds a
 * history entry, so Back closes the sheet instead of leaving the chapter.
 */
function asSheet(box: HTMLDetailsElement): void {
  const isSheet = () => getComputedStyle(box.querySelector('form')!).position === 'fixed';
  let entry = false;
  box.addEventListener('toggle', () => {
    if (box.open && isSheet() && !entry) {
      history.pushState({ ...(history.state as object | null), sceneSheet: true }, '');
      entry = true;
    } else if (!box.open && entry) {
      entry = false;
      history.back();
    }
  });
  window.addEventListener('popstate', () => {
    if (!entry) return;
    entry = false;
    box.open = false;
  });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && box.open && isSheet()) {
      box.open = false;
      box.querySelector('summary')?.focus();
    }
  });
  box.querySelector('[data-scene-input-done]')?.addEventListener('click', () => {
    box.open = false;
    box.querySelector('summary')?.focus();
  });
}
