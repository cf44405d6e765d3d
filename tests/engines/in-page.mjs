/**
 * Code that runs inside the page under test, the same in every engine (puppeteer's
 * evaluate and WebDriver's Execute Script both take a function's source and await its
 * promise). Each function is self-contained: no closures over this module.
 */

/**
 * The tripwire, served as /__engines/tripwire.js and put first in every HTML page's
 * <head> by the test server, so it listens before the page's own scripts and CSP run.
 * It collects uncaught errors, unhandled rejections, resources that failed to load,
 * CSP violations and console.error calls of the page and of its same-origin frames
 * (the Embed dialog's preview) into the top window's __engines.problems.
 */
export const TRIPWIRE = `(() => {
  let box;
  try { box = window.top.__engines; } catch {}
  if (!box) box = window.__engines = { problems: [] };
  const where = location.pathname + location.search;
  const add = (kind, text) => box.problems.push(kind + ': ' + text + ' (' + where + ')');
  addEventListener('error', (e) => {
    if (e.target && e.target !== window) add('failed to load', e.target.src || e.target.href || e.target.tagName);
    else add('page error', e.message + ' at ' + e.filename + ':' + e.lineno);
  }, true);
  addEventListener('unhandledrejection', (e) => add('unhandled rejection', String(e.reason && (e.reason.stack || e.reason))));
  document.addEventListener('securitypolicyviolation', (e) =>
    add('CSP violation', e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
  const error = console.error.bind(console);
  console.error = (...a) => { add('console.error', a.map(String).join(' ')); error(...a); };
})();
`;

/** Problems the tripwire collected since the page loaded (and clears them). */
export function takeProblems() {
  const box = window.__engines;
  if (!box) return ['tripwire: not installed on ' + location.pathname + ' (the test server did not inject it)'];
  return box.problems.splice(0);
}

/** Resolves once the page's scripts have wired it up (or reports that they never did). */
export async function waitReady({ timeout }) {
  const t0 = performance.now();
  while (document.documentElement.dataset.scrollyReady !== 'true') {
    if (performance.now() - t0 > timeout) return { ready: false, width: innerWidth, height: innerHeight };
    await new Promise((r) => setTimeout(r, 20));
  }
  return { ready: true, width: innerWidth, height: innerHeight };
}

/**
 * Scroll down through one scrolly, a fraction of the viewport at a time, the way a
 * reader does, and record every step the figure shows (its data-current-step, seen by a
 * MutationObserver, so a step shown for one frame is recorded too). Each time a new step
 * shows, scrolling pauses until the live figure's title is the one of that step's static
 * copy, and where the figure sits on screen is recorded. No fixed sleeps: each scroll
 * waits for the attribute to change or for a frame and a task, whichever comes first.
 */
export async function walkScrolly({ scene, steps, timeout }) {
  const fig = document.querySelector(`figure[data-scene="${scene}"]`);
  if (!fig) return { scene, error: `no figure[data-scene="${scene}"]` };
  const els = steps.map((s) => document.getElementById(`${scene}--${s}`));
  const missing = steps.filter((s, i) => !els[i]);
  const present = els.filter(Boolean);
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const task = () => new Promise((r) => setTimeout(r, 0));
  // Polling for state the page sets in script, without waiting for a paint (slow in Xvfb).
  const tick = () => new Promise((r) => setTimeout(r, 20));
  const record = { scene, initial: null, changes: [], missing, end: '' };
  const title = (el) => el?.querySelector('title')?.textContent ?? null;
  // A step's static copy is its SVG, or (large figures) the step's PNG whose alt text begins
  // with the same title ("<title>. <description>").
  const staticTitle = (copy, narrow) => {
    const t = copy.querySelector(narrow ? '.scene-svg--narrow' : '.scene-svg--wide')?.querySelector('title')?.textContent;
    if (t != null) return t;
    const alt = copy.querySelector('img.scene-img')?.getAttribute('alt');
    return alt == null ? null : { alt };
  };
  const sameTitle = (live, want) =>
    want != null && live != null && (typeof want === 'string' ? live === want : want.alt === live || want.alt.startsWith(`${live}. `));
  const liveSvg = () => fig.querySelector('.scene-box svg');
  const copyTitle = (step) => {
    const copy = document.querySelector(`figure[data-copy-of="${scene}"][id$="-${step}-static"]`);
    if (!copy) return null;
    const narrow = liveSvg().getBoundingClientRect().width < 480;
    return staticTitle(copy, narrow);
  };
  let pending = [];
  let wake = null;
  const mo = new MutationObserver(() => {
    const r = fig.getBoundingClientRect();
    pending.push({ step: fig.dataset.currentStep, figTop: Math.round(r.top), figBottom: Math.round(r.bottom), vh: innerHeight, scrollY: Math.round(scrollY) });
    wake?.();
  });
  mo.observe(fig, { attributes: true, attributeFilter: ['data-current-step'] });
  const settle = async () => {
    // Either the attribute changes (wake) or a frame and a task pass. A report that
    // comes later is caught during the next move (each move is at most half a step).
    await Promise.race([new Promise((r) => (wake = r)), frame().then(task)]);
    wake = null;
  };
  const t0 = performance.now();
  try {
    if (present.length === 0) return { ...record, end: 'no step elements' };
    const first = present[0].getBoundingClientRect().top + scrollY;
    window.scrollTo(0, Math.max(0, first - innerHeight));
    await settle();
    pending = [];
    record.initial = fig.dataset.currentStep ?? null;
    // At most half the shortest step, so every step straddles the trigger line after at
    // least one move and the scroll engine's observer sees it cross.
    const heights = present.map((e) => e.getBoundingClientRect().height);
    const stride = Math.max(24, Math.min(innerHeight / 3, Math.min(...heights) / 2));
    const last = present[present.length - 1];
    const lastId = steps[els.indexOf(last)];
    for (;;) {
      const batch = pending.splice(0);
      for (const [k, c] of batch.entries()) {
        // A new step is on screen: it must become that step's frame, unless the figure
        // has already moved on to a later step (then only that one is drawn, rightly).
        if (k < batch.length - 1) {
          record.changes.push({ ...c, title: null, want: null, at: Math.round(performance.now() - t0) });
          continue;
        }
        const want = copyTitle(c.step);
        const tt = performance.now();
        // The figure may move on while this step draws: the engine's scroll-stop check
        // (150 ms after scrolling pauses here) can find the trigger line already in the next
        // card when the observer reported late. That step is then checked in its own turn.
        const movedOn = () => fig.dataset.currentStep !== c.step;
        while (want !== null && !movedOn() && !sameTitle(title(liveSvg()), want) && performance.now() - tt < 3000) await tick();
        if (movedOn() && !sameTitle(title(liveSvg()), want)) {
          record.changes.push({ ...c, title: null, want: null, at: Math.round(performance.now() - t0) });
          continue;
        }
        const drawn = title(liveSvg());
        // Recorded as text for the judge (checks.mjs): an image copy's title is the alt's start.
        const wantText = want !== null && typeof want === 'object' ? (sameTitle(drawn, want) ? drawn : want.alt) : want;
        record.changes.push({ ...c, title: drawn, want: wantText, at: Math.round(performance.now() - t0) });
      }
      if (fig.dataset.currentStep === lastId && record.changes.some((c) => c.step === lastId)) {
        record.end = 'last step shown';
        break;
      }
      if (last.getBoundingClientRect().bottom < 0) {
        // Past the end: give a late report one more chance, then stop.
        await Promise.race([new Promise((r) => (wake = r)), new Promise((r) => setTimeout(r, 1000))]);
        if (pending.length) continue;
        record.end = 'scrolled past the last step';
        break;
      }
      if (performance.now() - t0 > timeout) {
        record.end = `gave up after ${timeout} ms`;
        break;
      }
      const before = scrollY;
      window.scrollBy(0, stride);
      await settle();
      if (scrollY === before && !pending.length) {
        record.end = 'page ends before the last step passed the trigger line';
        await Promise.race([new Promise((r) => (wake = r)), new Promise((r) => setTimeout(r, 1000))]);
        if (pending.length) continue;
        break;
      }
    }
  } finally {
    mo.disconnect();
  }
  record.ms = Math.round(performance.now() - t0);
  return record;
}

/**
 * The page is (or, after following a hash, becomes) at `step`: the figure shows it,
 * with the static copy's title, and the step's text is on screen.
 */
export async function stepShown({ scene, step, hash, timeout }) {
  const fig = document.querySelector(`figure[data-scene="${scene}"]`);
  if (!fig) return `no figure[data-scene="${scene}"]`;
  if (hash) location.hash = `#${scene}--${step}`;
  const t0 = performance.now();
  const tick = () => new Promise((r) => setTimeout(r, 20));
  const copy = document.querySelector(`figure[data-copy-of="${scene}"][id$="-${step}-static"]`);
  const svg = () => fig.querySelector('.scene-box svg');
  // A step's static copy is its SVG, or (large figures) the step's PNG whose alt text begins
  // with the same title ("<title>. <description>").
  const staticTitle = (copy, narrow) => {
    const t = copy.querySelector(narrow ? '.scene-svg--narrow' : '.scene-svg--wide')?.querySelector('title')?.textContent;
    if (t != null) return t;
    const alt = copy.querySelector('img.scene-img')?.getAttribute('alt');
    return alt == null ? null : { alt };
  };
  const sameTitle = (live, want) =>
    want != null && live != null && (typeof want === 'string' ? live === want : want.alt === live || want.alt.startsWith(`${live}. `));
  const want = () => (copy ? staticTitle(copy, svg().getBoundingClientRect().width < 480) : undefined);
  const ok = () => fig.dataset.currentStep === step && sameTitle(svg().querySelector('title')?.textContent, want());
  while (!ok() && performance.now() - t0 < timeout) await tick();
  if (fig.dataset.currentStep !== step) return `figure shows "${fig.dataset.currentStep}", not "${step}", after ${timeout} ms`;
  if (!ok()) return `figure's title is "${svg().querySelector('title')?.textContent}", not the static copy's "${JSON.stringify(want())}"`;
  const el = document.getElementById(`${scene}--${step}`);
  const r = el.getBoundingClientRect();
  if (r.bottom <= 0 || r.top >= innerHeight)
    return `step text is off screen (top ${Math.round(r.top)}, bottom ${Math.round(r.bottom)}, viewport ${innerHeight})`;
  return '';
}

/**
 * Waits until the embed figure shows `step` (after a click or key the runner sent);
 * with `settled`, also until its step button is marked current (the words follow the
 * picture once its animation has run, so this is checked once per sequence).
 */
export async function embedAt({ step, settled, timeout }) {
  const fig = document.querySelector('figure[data-scene][data-stepper]');
  if (!fig) return 'no figure[data-scene][data-stepper]';
  const t0 = performance.now();
  const marked = () => fig.querySelector('[data-goto-step][aria-current="step"]')?.getAttribute('data-goto-step');
  while ((fig.dataset.currentStep !== step || (settled && marked() !== step)) && performance.now() - t0 < timeout) await new Promise((r) => setTimeout(r, 20));
  if (fig.dataset.currentStep !== step) return `figure shows "${fig.dataset.currentStep}", not "${step}"`;
  if (settled && marked() !== step) return `step button marked current (aria-current) is "${marked()}", not "${step}"`;
  return '';
}

/**
 * Scrolls a chapter figure's Embed button into view and waits until it holds still;
 * returns its status. Scrolling back up changes the figure's step, and a click aimed while
 * the figure redraws (or Firefox is still settling the scroll) can land beside the button.
 */
export async function embedButton({ scene, timeout }) {
  const open = document.querySelector(`figure[data-scene="${scene}"] [data-embed-open]`);
  if (!open) return `no [data-embed-open] in figure[data-scene="${scene}"]`;
  if (open.hidden) return 'the Embed button is still hidden (its script did not run)';
  // Near the bottom of the screen: on a phone the pinned figure covers the top half.
  // A cold first page may still be swapping in its typeface, which reflows the text around the button.
  await document.fonts.ready;
  open.scrollIntoView({ block: 'end', behavior: 'instant' });
  scrollBy(0, Math.min(80, innerHeight / 8));
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const t0 = performance.now();
  let last = '';
  let still = 0;
  // Five frames without a move: a cold Firefox page (10 s to load, against 3) settled its scroll after three.
  while (still < 5 && performance.now() - t0 < timeout) {
    await frame();
    const r = open.getBoundingClientRect();
    const at = `${Math.round(r.left)},${Math.round(r.top)},${scrollY}`;
    // The reading-progress bar's animation runs on the scroll's timeline, never ending: only time-based ones settle.
    const moving = document.getAnimations().some((a) => a.playState === 'running' && a.timeline === document.timeline);
    still = at === last && !moving ? still + 1 : 0;
    last = at;
  }
  const r = open.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (!open.contains(hit))
    return `the Embed button is covered by ${hit?.tagName.toLowerCase()}.${[...(hit?.classList ?? [])].join('.')} where a reader would tap it`;
  return '';
}

/** After a click on the Embed button: its dialog opens (or what stood where the click was aimed). */
export async function dialogOpened({ scene, timeout }) {
  const t0 = performance.now();
  while (!document.querySelector('dialog[open][data-embed-dialog]') && performance.now() - t0 < timeout) await new Promise((r) => setTimeout(r, 20));
  if (document.querySelector('dialog[open][data-embed-dialog]')) return '';
  const open = document.querySelector(`figure[data-scene="${scene}"] [data-embed-open]`);
  const r = open.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return `a click on the Embed button opened no dialog (the button's centre is at ${Math.round(r.left + r.width / 2)},${Math.round(r.top + r.height / 2)}, over ${hit?.tagName.toLowerCase()}.${[...(hit?.classList ?? [])].join('.')})`;
}

/** After Copy: the dialog is open, says "Copied" and holds a snippet for the scene. */
export async function dialogCopied({ scene, timeout }) {
  const dialog = document.querySelector('dialog[open][data-embed-dialog]');
  if (!dialog) return 'no open Embed dialog';
  const status = dialog.querySelector('[data-embed-status]');
  const t0 = performance.now();
  while (!status.textContent && performance.now() - t0 < timeout) await new Promise((r) => setTimeout(r, 20));
  if (status.textContent !== 'Copied') return `status says "${status.textContent}", not "Copied"`;
  const code = dialog.querySelector('[data-embed-code]').value;
  if (!code.includes('<iframe') || !code.includes(`/embed/${scene}/`)) return `snippet is not an iframe of /embed/${scene}/: ${code.slice(0, 120)}`;
  return '';
}

/** The dialog is closed and focus is back on its Embed button. */
export async function dialogClosed({ scene, timeout }) {
  const t0 = performance.now();
  const open = document.querySelector(`figure[data-scene="${scene}"] [data-embed-open]`);
  while ((document.querySelector('dialog[open]') || document.activeElement !== open) && performance.now() - t0 < timeout)
    await new Promise((r) => setTimeout(r, 20));
  if (document.querySelector('dialog[open]')) return 'Escape did not close the dialog';
  if (document.activeElement !== open) return `focus is on ${document.activeElement?.tagName}, not the Embed button`;
  return '';
}

/** Brings the page's first glossary term to the middle of the screen; returns its popover's id (or why not). */
export function firstTerm() {
  const term = document.querySelector('button.term[popovertarget]');
  if (!term) return { error: '' };
  // Near the bottom of the screen, as for the Embed button: a phone's pinned figure covers the top half.
  term.scrollIntoView({ block: 'end', behavior: 'instant' });
  scrollBy(0, Math.min(80, innerHeight / 8));
  const r = term.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (!term.contains(hit)) return { error: `the glossary term is covered by ${hit?.tagName.toLowerCase()} where a reader would tap it` };
  return { id: term.getAttribute('popovertarget') };
}

/** The term's definition popover is open (or, with `open: false`, closed), and on screen when open. */
export async function popoverState({ id, open, timeout }) {
  const pop = document.getElementById(id);
  if (!pop) return `no popover #${id}`;
  const t0 = performance.now();
  while (pop.matches(':popover-open') !== open && performance.now() - t0 < timeout) await new Promise((r) => setTimeout(r, 20));
  if (pop.matches(':popover-open') !== open) return `definition #${id} is ${open ? 'not open after a click on its term' : 'still open after Escape'}`;
  if (!open) return '';
  const r = pop.getBoundingClientRect();
  if (r.width < 50 || r.height < 20 || r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight)
    return `definition #${id} is open but not on screen (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)} in ${innerWidth}x${innerHeight})`;
  return '';
}
