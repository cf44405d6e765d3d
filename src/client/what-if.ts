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
import { whenIdle } from './slices';

/**
 * How long a slider must rest before what reads its result follows: the live region's
 * words, the address, Cite this. Screen readers hear the slider's own value at every step
 * (aria-valuetext); the sentence about the result comes once, when the reader stops. Each
 * of those costs a frame's worth of work at CPU ×4 (rewriting the address most: Chromium
 * takes some 30 ms), which dragging would otherwise pay many times a second.
 */
const PAUSE_MS = 250;

/** A redraw slower than this (script alone) no longer shares the slider's frame: see the input handler. */
const SLOW_REDRAW_MS = 12;
/** A figure with more marks than this is taken to be slow until its first redraw is timed. */
const MANY_MARKS = 120;

export async function wireWhatIf(figure: HTMLElement, player: ScenePlayer): Promise<void> {
  const w = player.scene.whatIf;
  const box = figure.querySelector<HTMLDetailsElement>('[data-what-if]');
  const form = box?.querySelector<HTMLFormElement>('[data-what-if-form]');
  if (!w || !box || !form) return;
  if (w.prepare) {
    try {
      await w.prepare();
    } catch {
      // Its data could not load (offline, say): no controls rather than controls that fail.
      box.hidden = true;
      console.info('R1, Explained what-if: the controls’ data could not load; the figure shows R1.');
      return;
    }
  }
  const { spec } = w;
  const field = (key: string) => form.querySelector<HTMLInputElement>(`input[name="${key}"]`)!;
  const status = form.querySelector<HTMLElement>('[data-what-if-status]')!;
  const fromForm = () => Object.fromEntries(spec.controls.map((c) => [c.key, Number(field(c.key).value)]));

  const parsed = parseWhatIf(spec, location.search);
  if (parsed.ignored.length || parsed.adjusted.length) {
    const words = [
      parsed.ignored.length ? `ignored ${parsed.ignored.join(', ')} (not a value the control takes; R1's value used)` : '',
      parsed.adjusted.length ? `moved ${parsed.adjusted.join(', ')} into range` : '',
    ].filter(Boolean);
    console.info(`R1, Explained what-if: ${words.join('; ')}.`);
  }
  let state: WhatIfState = parsed.state;
  // The controls load when the reader reaches for them (scene-input-loader.ts): a slider
  // moved before this code arrived keeps where the reader put it.
  const early = clampWhatIf(spec, fromForm()).state;
  const movedEarly = isR1(spec, state) && !isR1(spec, early);
  if (movedEarly) state = early;

  /** Sliders, their values and the top-k limit follow the state; only what changed is written. */
  const showState = () => {
    for (const c of spec.controls) {
      const input = field(c.key);
      const max = c.key === 'topk' ? String(Math.min(c.max, state['experts'] ?? c.max)) : input.max;
      if (input.max !== max) input.max = max;
      const value = String(state[c.key]);
      if (input.value !== value) input.value = value;
      const words = c.show ? c.show(state[c.key]!, state, player.text) : value;
      if (input.getAttribute('aria-valuetext') !== words) input.setAttribute('aria-valuetext', words);
      const out = form.querySelector<HTMLOutputElement>(`[data-what-if-value="${c.key}"]`);
      if (out && out.value !== words) out.value = words;
    }
  };

  /** The reader's setting, within the controls' limits, becomes the state; the controls show it. */
  const adopt = (next: Record<string, number>) => {
    state = clampWhatIf(spec, next).state;
    showState();
  };
  /**
   * The picture for the state the controls show. While a slider moves: once per animation frame,
   * with no animation (`duration` 0), so each frame shows where the slider is; the input event
   * has already adopted the setting, so this only draws.
   */
  const paint = (duration: number, wordsAfter?: number) => {
    player.setData(w.dataFor(state, player.currentData), duration, wordsAfter);
    const query = serializeWhatIf(spec, state);
    // Links that carry the state: the presenter, the Embed dialog (reads it when it opens).
    if (query) figure.dataset['whatIfQuery'] = query;
    else delete figure.dataset['whatIfQuery'];
  };
  /** A whole new setting (reset, or one from the address): adopted and drawn. */
  const draw = (next: Record<string, number>, duration: number, wordsAfter?: number) => {
    adopt(next);
    paint(duration, wordsAfter);
  };

  /** What reads the result, once the reader pauses: the live region, the links, the address, Cite this. */
  const settle = () => {
    window.clearTimeout(settleTimer);
    settleTimer = 0;
    // A figure not drawn yet (a hidden tab runs timers but no animation frames): draw it first.
    if (cancelRedraw()) paint(0, PAUSE_MS);
    const query = serializeWhatIf(spec, state);
    // The presenter link's template (FigureTools.astro; figure-text.ts fills in the step) carries the query before its hash.
    for (const a of figure.querySelectorAll<HTMLAnchorElement>('a.figure-present[data-step-href]')) {
      const r1Href = (a.dataset['r1Href'] ??= a.dataset['stepHref']!);
      const [path, hash] = r1Href.split('#');
      a.dataset['stepHref'] = `${path}${query}#${hash}`;
      a.href = a.dataset['stepHref'].replace('{step}', player.step);
    }
    // The downloads list says which files follow the setup (wireSetupDownloads).
    const note = figure.querySelector<HTMLElement>('[data-setup-note]');
    if (note) note.hidden = !query;
    const words = w.says(player.currentData as Parameters<typeof w.says>[0], player.text);
    if (status.textContent !== words) status.textContent = words;
    // The address and Cite this in a task of their own (browsers also limit how often a page may rewrite its address).
    window.clearTimeout(addressTimer);
    addressTimer = window.setTimeout(() => {
      const search = serializeWhatIf(spec, state, location.search);
      if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      citeWithQuery(location.search);
    });
  };
  let addressTimer = 0;
  let settleTimer = 0;

  /*
   * While a slider is dragged or a key held down, the figure is redrawn at most once a frame. A
   * figure that redraws quickly is redrawn in the frame's animation callback, so the slider and
   * the figure move in the same frame. One that takes longer (a few hundred marks, on a slow phone)
   * is redrawn just after the frame is painted: the slider and its value answer first, instead of
   * waiting over 100 ms for the figure.
   */
  let frame = 0;
  let task = 0;
  /**
   * How long the last redraw took (ms); above SLOW_REDRAW_MS the next waits for the paint. Before
   * the first, a guess from the figure's size (the moe-routing grid's few hundred marks are slow).
   */
  let redrawMs = player.frame().marks.length > MANY_MARKS ? Infinity : 0;
  const redraw = () => {
    const t = performance.now();
    paint(0, PAUSE_MS);
    redrawMs = performance.now() - t;
  };
  /** Drop a scheduled redraw; true when there was one. */
  const cancelRedraw = () => {
    const had = frame !== 0 || task !== 0;
    cancelAnimationFrame(frame);
    window.clearTimeout(task);
    frame = task = 0;
    return had;
  };
  form.addEventListener('input', () => {
    adopt(fromForm());
    if (!frame && !task)
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (redrawMs <= SLOW_REDRAW_MS) return redraw();
        task = window.setTimeout(() => {
          task = 0;
          redraw();
        });
      });
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(settle, PAUSE_MS);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  // A new sentence from the figure's own form (scene-input.ts) keeps this state; the words follow it.
  figure.addEventListener('scene-data', (e) => {
    if (!isR1(spec, state)) status.textContent = w.says((e as CustomEvent<unknown>).detail as Parameters<typeof w.says>[0], player.text);
  });
  form.querySelector('[data-what-if-reset]')?.addEventListener('click', () => {
    cancelRedraw();
    draw(Object.fromEntries(spec.controls.map((c) => [c.key, c.r1])), 400);
    settle();
  });

  // With the data drawn now, so a reader's sentence (moe-routing) is in the files too.
  wireSetupDownloads(figure, player, () => (figure.dataset['whatIfQuery'] ? w.dataFor(state, player.currentData) : null));
  showState();
  if (!isR1(spec, state)) {
    draw(state, 0);
    settle();
  }
  // The controls load when the reader reaches for them. Before the first slider moves, do what
  // that move's frame would otherwise pay for once: lay the figure out off screen for a changed
  // setup (player.rehearse), and redraw the server's marks at the figure's size, so the player
  // knows what each mark shows (an embed has no scroll engine to have done it: player.prepare).
  player.prepare();
  whenIdle(() => {
    const c = spec.controls[0]!;
    const other = clampWhatIf(spec, { ...state, [c.key]: state[c.key] === c.min ? c.max : c.min }).state;
    const data = w.dataFor(other, player.currentData);
    player.rehearse(data);
    w.says(data as Parameters<typeof w.says>[0], player.text);
    for (const k of spec.controls) k.show?.(other[k.key]!, other, player.text);
  }, 1000);
  box.hidden = false;
  // Opened from a link with a what-if, the controls are open too: the reader sees what changed.
  if (!movedEarly && !isR1(spec, state) && window.matchMedia('(min-width: 52.01rem)').matches) box.open = true;
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
          siteName: list.dataset['siteName']!,
          lines: JSON.parse(list.dataset['fileLines']!) as { step: string; title: string },
          pageUrl: location.href.split('#')[0]! + `#${player.scene.name}--${player.step}`,
          text: player.text,
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
