/**
 * Scenes with an `input` (see contract.ts) get a small form: the reader's text is
 * turned into the scene's data by the scene's own pure `dataFor`, and the figure
 * redraws at the current step. The figure's description (read by the live region)
 * says what the new picture shows.
 */
import type { ScenePlayer } from './scene-player';
import { asSheet } from './sheet';

export function wireSceneInput(figure: HTMLElement, player: ScenePlayer): void {
  const input = player.scene.input;
  const form = figure.querySelector<HTMLFormElement>('[data-scene-input]');
  if (!input || !form) return;
  const field = form.querySelector<HTMLInputElement>('input[name="text"]')!;
  const status = form.querySelector<HTMLElement>('[data-input-status]');
  // The status sentences in the page's language (SceneFigure.astro, from src/i18n/ui): "{text}" marks where the reader's text goes.
  const json = form.dataset['inputWords'];
  if (!json) throw new Error('The sentence form has no data-input-words. Fix: render it with SceneFigure.astro, which writes its status sentences there.');
  const words = JSON.parse(json) as { shows: string; cut: string };
  const apply = (text: string) => {
    const spaced = text.replace(/\s+/g, ' ').trim();
    const clean = spaced.slice(0, input.maxLength);
    if (!clean) return;
    // The current data goes along: a what-if state set on the figure (top-k, say) is kept.
    const data = input.dataFor(clean, player.currentData);
    player.setData(data);
    figure.dispatchEvent(new CustomEvent('scene-data', { detail: data }));
    // Says what the figure now shows, whichever step is in view (a role="status" region).
    // The reader's text goes in a <bdi>, as text: a right-to-left mark in it cannot flip the sentence around it.
    if (status) {
      const bdi = document.createElement('bdi');
      bdi.textContent = clean;
      const [before = '', after = ''] = words.shows.split('{text}');
      status.replaceChildren(before, bdi, after + (spaced.length > clean.length ? words.cut : ''));
    }
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
