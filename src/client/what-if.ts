/**
 * What-if controls (scenes with `whatIf`, see contract.ts): sliders that redraw the figure
 * from a changed shape of the model, computed by the scene's own pure `dataFor`. The state
 * lives in the query string (src/scenes/kit/what-if.ts), so the page, an embed or the
 * presenter opened on a copied link shows the same figure; the hash stays the step's.
 * Work happens only on input: nothing runs while the reader scrolls.
 */
import type { ScenePlayer } from './scene-player';
import { clampWhatIf, isR1, parseWhatIf, serializeWhatIf, type WhatIfState } from '../scenes/kit/what-if';
import { asSheet } from './sheet';

export function wireWhatIf(figure: HTMLElement, player: ScenePlayer): void {
  const w = player.scene.whatIf;
  const box = figure.querySelector<HTMLDetailsElement>('[data-what-if]');
  const form = box?.querySelector<HTMLFormElement>('[data-what-if-form]');
  if (!w || !box || !form) return;
  const { spec } = w;
  const field = (key: string) => form.querySelector<HTMLInputElement>(`input[name="${key}"]`)!;
  const status = form.querySelector<HTMLElement>('[data-what-if-status]')!;

  const parsed = parseWhatIf(spec, location.search);
  if (parsed.ignored.length || parsed.adjusted.length) {
    const words = [
      parsed.ignored.length ? `ignored ${parsed.ignored.join(', ')} (not a value the control takes; R1's value used)` : '',
      parsed.adjusted.length ? `moved ${parsed.adjusted.join(', ')} into range` : '',
    ].filter(Boolean);
    console.info(`R1, Explained what-if: ${words.join('; ')}.`);
  }
  let state: WhatIfState = parsed.state;

  /** Sliders, their values and the top-k limit follow the state. */
  const showState = () => {
    for (const c of spec.controls) {
      const input = field(c.key);
      if (c.key === 'topk') input.max = String(Math.min(c.max, state['experts'] ?? c.max));
      input.value = String(state[c.key]);
      const words = c.show ? c.show(state[c.key]!, state) : String(state[c.key]);
      input.setAttribute('aria-valuetext', words);
      const out = form.querySelector<HTMLOutputElement>(`[data-what-if-value="${c.key}"]`);
      if (out) out.value = words;
    }
  };

  const apply = (next: Record<string, number>, duration?: number) => {
    state = clampWhatIf(spec, next).state;
    showState();
    const data = w.dataFor(state);
    player.setData(data, duration);
    const query = serializeWhatIf(spec, state);
    // Links that carry the state: the presenter, the Embed dialog (reads it when it opens).
    if (query) figure.dataset['whatIfQuery'] = query;
    else delete figure.dataset['whatIfQuery'];
    // The presenter link's template (FigureTools.astro; figure-text.ts fills in the step) carries the query before its hash.
    for (const a of figure.querySelectorAll<HTMLAnchorElement>('a.figure-present[data-step-href]')) {
      const r1Href = (a.dataset['r1Href'] ??= a.dataset['stepHref']!);
      const [path, hash] = r1Href.split('#');
      a.dataset['stepHref'] = `${path}${query}#${hash}`;
      a.href = a.dataset['stepHref'].replace('{step}', player.step);
    }
    // The downloads list says which files follow the setup (wireSetupDownloads), and Cite this names the setup's address.
    const note = figure.querySelector<HTMLElement>('[data-setup-note]');
    if (note) note.hidden = !query;
    // The address follows once the reader pauses: browsers limit how often a page may rewrite it.
    window.clearTimeout(addressTimer);
    addressTimer = window.setTimeout(
      () => {
        history.replaceState(history.state, '', `${location.pathname}${serializeWhatIf(spec, state, location.search)}${location.hash}`);
        citeWithQuery(location.search);
      },
      duration === 0 ? 0 : 200,
    );
    status.textContent = w.says(data);
  };
  let addressTimer = 0;

  // One redraw per animation frame while a slider is dragged.
  let frame = 0;
  form.addEventListener('input', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const next: Record<string, number> = {};
      for (const c of spec.controls) next[c.key] = Number(field(c.key).value);
      apply(next);
    });
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.querySelector('[data-what-if-reset]')?.addEventListener('click', () => {
    cancelAnimationFrame(frame);
    apply(Object.fromEntries(spec.controls.map((c) => [c.key, c.r1])));
  });

  wireSetupDownloads(figure, player, () => (figure.dataset['whatIfQuery'] ? w.dataFor(state) : null));
  showState();
  if (!isR1(spec, state)) apply(state, 0);
  box.hidden = false;
  // Opened from a link with a what-if, the controls are open too: the reader sees what changed.
  if (!isR1(spec, state) && window.matchMedia('(min-width: 52.01rem)').matches) box.open = true;
  asSheet(box);
}

/**
 * While the figure shows a what-if setup, its SVG and CSV downloads are drawn in the browser
 * from that setup (setup-downloads.ts, loaded on the first such click); R1's files stay the
 * plain links they are without JavaScript or with R1's values.
 */
function wireSetupDownloads(figure: HTMLElement, player: ScenePlayer, setupData: () => unknown) {
  const list = figure.querySelector<HTMLElement>('[data-styles-url]');
  if (!list) return;
  list.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-setup-ext]');
    const data = a && setupData();
    if (!a || data === null) return;
    e.preventDefault();
    const ext = a.dataset['setupExt'] as 'svg' | 'csv';
    void import('./setup-downloads')
      .then(async (m) => {
        const blob = await m.setupFile(ext, player.scene, data, player.step, {
          stylesUrl: list.dataset['stylesUrl']!,
          sourceLine: list.dataset['sourceLine']!,
          pageUrl: location.href.split('#')[0]! + `#${player.scene.name}--${player.step}`,
        });
        m.save(blob, `${player.scene.name}-${player.step}-what-if.${ext}`);
      })
      // A failed fetch of the styles: R1's file rather than nothing, and the reason in the console.
      .catch((err: unknown) => {
        console.error('R1, Explained: could not draw the download for this setup; saving R1’s file instead.', err);
        window.location.assign(a.href);
      });
  });
}

/**
 * Cite this (CiteThis.astro) names the page's public address; with a what-if in the address,
 * the citation names that address, so it points at the figure the reader saw.
 */
function citeWithQuery(search: string) {
  for (const box of document.querySelectorAll<HTMLElement>('[data-cite-url]')) {
    const base = box.dataset['citeUrl']!;
    const now = box.dataset['citeNow'] ?? base;
    const next = base + search;
    if (now === next) continue;
    for (const el of box.querySelectorAll<HTMLElement>('.cite-text, .cite-bibtex code')) el.textContent = el.textContent!.split(now).join(next);
    box.dataset['citeNow'] = next;
  }
}
