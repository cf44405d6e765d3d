/**
 * The one scroll engine: scrollama underneath, turned into "step X of scene Y is
 * active". It also handles hash links (#<scene>--<step>), the keyboard, resize and
 * rotation. It knows nothing about drawing: chapters subscribe with onStep().
 */
import scrollama from 'scrollama';
import { parseStepHash, stepAfterScroll, stepAnchor, stepForCrossing } from './step-state';

/**
 * scrollama 3.2's bundled types lag its API: `offset` also takes a pixel string
 * ("300px"), and `root`/`container` exist. We type what we use.
 */
interface ScrollamaSetup {
  step: HTMLElement[];
  offset?: number | `${number}px`;
  root?: Element | null;
  threshold?: 1 | 2 | 3 | 4;
}
interface ScrollamaResponse {
  element: HTMLElement;
  index: number;
  direction: 'up' | 'down';
}
interface ScrollamaInstance {
  setup(o: ScrollamaSetup): ScrollamaInstance;
  onStepEnter(cb: (r: ScrollamaResponse) => void): ScrollamaInstance;
  onStepExit(cb: (r: ScrollamaResponse) => void): ScrollamaInstance;
  resize(): ScrollamaInstance;
  destroy(): void;
}
const createScroller = scrollama as unknown as () => ScrollamaInstance;

export interface StepEvent {
  scene: string;
  step: string;
  element: HTMLElement;
  /** 'scroll' when the reader scrolled there; 'jump' for hash links and keys. */
  cause: 'scroll' | 'jump';
}

/** How long a scroller set up after a phone/desktop layout switch is left to settle. */
const SETTLE_MS = 300;
/** Scrolling counts as stopped after this long without a scroll event. */
const SCROLL_STOP_MS = 150;

/**
 * The trigger line, as a share of the window's height from the top. A step turns on
 * when the top edge of its card crosses this line, scrolling either way (see
 * stepForCrossing), so its first line is then on screen: below the figure pinned on a
 * phone (at most half the screen), and above the bottom edge (a card's padding and
 * first line take about 3rem, the last 30% of even a 640 px screen is 190 px).
 */
const TRIGGER = 0.7;
/**
 * The reading line, in px from the top: a card whose top comes down past it scrolling
 * up has its first line in view: just below a figure pinned on top, else near the top.
 */
function readingLine(scrolly: Element | null): number {
  // Each section's own figure: they differ in height.
  const pin = scrolly?.querySelector<HTMLElement>('.scene-pin');
  const pinned = pin && getComputedStyle(scrolly!).getPropertyValue('--reading').trim() === 'pinned';
  return Math.min(pinned ? pin.offsetHeight + 8 : window.innerHeight * 0.15, window.innerHeight * TRIGGER - 1);
}
/** Phone layout: the figure pinned on top, the steps below it (global.css). */
const isPhoneLayout = () => window.matchMedia('(max-width: 52rem)').matches;

export function startScrollEngine(onStep: (e: StepEvent) => void): { destroy(): void } {
  const steps = [...document.querySelectorAll<HTMLElement>('[data-step][data-step-scene]')];
  if (steps.length === 0) return { destroy() {} };
  const eventFor = (el: HTMLElement, cause: StepEvent['cause']): StepEvent => ({
    scene: el.dataset['stepScene']!,
    step: el.dataset['step']!,
    element: el,
    cause,
  });
  let active: HTMLElement | null = null;
  // While a jump scrolls the page, scrollama reports every step passed; ignore
  // those so the figure goes straight to the target.
  let jumpingTo: HTMLElement | null = null;
  let jumpTimer = 0;

  let hashTimer = 0;
  const activate = (el: HTMLElement, cause: StepEvent['cause']) => {
    if (active === el) return;
    active?.classList.remove('is-active');
    el.classList.add('is-active');
    active = el;
    onStep(eventFor(el, cause));
    // The URL follows the step, but not on every step flown past in a fast scroll, and
    // never over a hash the reader followed meanwhile (its hashchange is on its way).
    window.clearTimeout(hashTimer);
    const from = location.hash;
    hashTimer = window.setTimeout(
      () => {
        const hash = `#${stepAnchor(el.dataset['stepScene']!, el.dataset['step']!)}`;
        if (active === el && location.hash === from && location.hash !== hash) history.replaceState(history.state, '', hash);
      },
      cause === 'jump' ? 0 : 250,
    );
  };

  // Until this time (performance.now()), a freshly set-up scroller's reports are not
  // trusted: right after a layout switch scrollama can still measure the old step
  // heights and report a step far from the trigger line.
  let settlingUntil = 0;
  // A step's element starts at the top of its card and runs to the next card, so
  // scrollama's enter and exit events tell when a card's top crosses the line.
  const onCross =
    (line: 'trigger' | 'reading', kind: 'enter' | 'exit') =>
    ({ element, direction }: ScrollamaResponse) => {
      const at = steps.indexOf(element);
      const i = stepForCrossing(at, line, kind, direction, ends[at] ?? at);
      if (i === null) return;
      const el = steps[i]!;
      if (jumpingTo && el !== jumpingTo) return;
      if (performance.now() < settlingUntil) return;
      activate(el, 'scroll');
    };
  /** The step the trigger line crosses now, measured on the page. */
  const stepAtTrigger = (): HTMLElement | undefined => {
    const y = window.innerHeight * TRIGGER;
    return steps.find((s) => {
      const r = s.getBoundingClientRect();
      return r.top <= y && r.bottom >= y;
    });
  };

  // Two lines (see stepForCrossing): the trigger line for scrolling down, the reading line for
  // scrolling up. The reading line sits under each section's own pinned figure: one scroller each.
  const sections = [...new Set(steps.map((s) => s.closest('.scrolly')))].map((scrolly) => ({
    scrolly,
    steps: steps.filter((s) => s.closest('.scrolly') === scrolly),
    line: 0,
  }));
  // Fixed once the page is built: each step's section and the last step of its scene.
  const sectionOf = steps.map((s) => sections.find((g) => g.steps.includes(s))!);
  const ends = steps.map((s) => sceneEnd(steps, s));
  // Both scrollers of a section get the same steps: scrollama numbers the steps it is given in
  // an attribute of the element (data-scrollama-index), shared by every instance, so two
  // instances over different lists of the same elements would misread each other's indices.
  const setup = () => {
    const scrollers = sections.flatMap((g) => {
      g.line = readingLine(g.scrolly);
      return [
        createScroller().setup({ step: g.steps, offset: TRIGGER }).onStepEnter(onCross('trigger', 'enter')),
        createScroller()
          .setup({ step: g.steps, offset: `${Math.round(g.line)}px` })
          .onStepEnter(onCross('reading', 'enter'))
          .onStepExit(onCross('reading', 'exit')),
      ];
    });
    return {
      resize: () => scrollers.forEach((r) => r.resize()),
      destroy: () => scrollers.forEach((r) => r.destroy()),
    };
  };
  let scroller = setup();

  const jumpTo = (el: HTMLElement, focus: boolean) => {
    jumpingTo = el;
    window.clearTimeout(jumpTimer);
    activate(el, 'jump');
    window.scrollBy({ top: jumpOffset(el), behavior: 'instant' as ScrollBehavior });
    const landed = window.scrollY;
    jumpTimer = window.setTimeout(() => {
      jumpingTo = null;
      // A reader who scrolled on before the window closed had every crossing ignored: show
      // the step where the cards now are, not the one jumped to. No crossing will follow to
      // correct it, so a card passed out of view counts as the crossings would have.
      if (Math.abs(window.scrollY - landed) > 1) checkCards(Infinity);
    }, 1000);
    if (focus) el.focus({ preventScroll: true });
  };

  const fromHash = (focus: boolean) => {
    const target = parseStepHash(location.hash);
    if (!target) return;
    const el = steps.find((s) => s.dataset['stepScene'] === target.scene && s.dataset['step'] === target.step);
    if (el) jumpTo(el, focus);
  };

  // Step links (Next / Previous) jump without a history entry per step. Any other link to the
  // step already in the address fires no hashchange: the browser would only scroll natively,
  // to the card's anchor and not under the figure, so it jumps here as a new hash would.
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const a = (e.target as Element | null)?.closest<HTMLAnchorElement>('a[href*="#"]');
    if (!a || a.origin !== location.origin || a.pathname !== location.pathname) return;
    if (!a.hasAttribute('data-step-link') && a.hash !== location.hash) return;
    const target = parseStepHash(a.hash);
    const el = target && steps.find((s) => s.dataset['stepScene'] === target.scene && s.dataset['step'] === target.step);
    if (!el) return;
    e.preventDefault();
    history.replaceState(history.state, '', a.hash);
    jumpTo(el, true);
  };
  document.addEventListener('click', onClick);

  // Arrow / Page keys step through when focus is on a step (not while typing).
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const stepEl = (e.target as Element | null)?.closest?.<HTMLElement>('[data-step][data-step-scene]');
    if (!stepEl || (e.target as Element).closest('input, textarea, select, [contenteditable]')) return;
    const delta = e.key === 'ArrowDown' || e.key === 'PageDown' ? 1 : e.key === 'ArrowUp' || e.key === 'PageUp' ? -1 : 0;
    if (!delta) return;
    const siblings = steps.filter((s) => s.dataset['stepScene'] === stepEl.dataset['stepScene']);
    const next = siblings[siblings.indexOf(stepEl) + delta];
    if (!next) return;
    e.preventDefault();
    jumpTo(next, true);
  };
  document.addEventListener('keydown', onKey);

  const onHash = () => fromHash(true);
  window.addEventListener('hashchange', onHash);

  let resizeFrame = 0;
  let lastPhone = isPhoneLayout();
  const onResize = () => {
    cancelAnimationFrame(resizeFrame);
    resizeFrame = requestAnimationFrame(() => {
      const phone = isPhoneLayout();
      if (phone !== lastPhone) {
        // Every step moves when the layout switches between phone and desktop.
        lastPhone = phone;
        scroller.destroy();
        settlingUntil = performance.now() + SETTLE_MS;
        scroller = setup();
        // Once the new layout has settled, the step at the trigger line is the one to show.
        window.setTimeout(() => {
          const el = stepAtTrigger();
          if (el && !jumpingTo) activate(el, 'scroll');
        }, SETTLE_MS);
      } else if (sections.some((g) => Math.abs(readingLine(g.scrolly) - g.line) > 24)) {
        // The reading line follows the pinned figure's height (not a browser bar's wobble).
        scroller.destroy();
        settlingUntil = performance.now() + SETTLE_MS;
        scroller = setup();
      } else scroller.resize();
    });
  };
  window.addEventListener('resize', onResize);

  // Once scrolling stops, the step on is checked against where the cards are (see
  // stepAfterScroll): a fling can lose crossings. One timer per scroll event, the
  // measuring only after the last one.
  let lastY = window.scrollY;
  let moved: 'up' | 'down' = 'down';
  let stopTimer = 0;
  let scrolls = 0;
  const onScroll = () => {
    const seq = ++scrolls;
    const y = window.scrollY;
    if (y !== lastY) moved = y > lastY ? 'down' : 'up';
    lastY = y;
    window.clearTimeout(stopTimer);
    stopTimer = window.setTimeout(() => {
      // Two frames on: the observers' reports for where the page now is (delivered after a
      // frame is drawn) come before this check, never after it. On a busy machine a frame
      // can take longer than SCROLL_STOP_MS, and a late report of a crossing passed on the
      // way would otherwise overrule the check and leave the figure on the wrong step.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          // Scrolled again meanwhile: that scroll's own check will run.
          if (seq !== scrolls || jumpingTo || performance.now() < settlingUntil) return;
          checkCards();
        }),
      );
    }, SCROLL_STOP_MS);
  };
  function checkCards(viewport = window.innerHeight) {
    const boxes = steps.map((s, k) => {
      const r = s.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, sceneEnd: ends[k]!, reading: sectionOf[k]!.line };
    });
    const i = stepAfterScroll(boxes, moved, { trigger: window.innerHeight * TRIGGER, viewport });
    if (i !== null) activate(steps[i]!, 'scroll');
  }
  window.addEventListener('scroll', onScroll, { passive: true });

  fromHash(false);
  return {
    destroy() {
      scroller.destroy();
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('resize', onResize);
      window.removeEventListener('scroll', onScroll);
      window.clearTimeout(stopTimer);
    },
  };
}

/** Index of the last step of `el`'s scene in `steps` (the steps of one scene are adjacent). */
function sceneEnd(steps: HTMLElement[], el: HTMLElement): number {
  let i = steps.indexOf(el);
  while (steps[i + 1]?.dataset['stepScene'] === el.dataset['stepScene']) i++;
  return i;
}

/**
 * How far to scroll so that a jumped-to step reads as one scrolled to: its card's
 * top just below the pinned figure on a phone, a fifth of the way down beside it on
 * wider screens; either way above the trigger line, so the step stays on.
 */
function jumpOffset(step: HTMLElement): number {
  const card = step.querySelector<HTMLElement>('.step-card') ?? step;
  const r = card.getBoundingClientRect();
  const pin = step.closest('.scrolly')?.querySelector<HTMLElement>('.scene-pin');
  const p = pin?.getBoundingClientRect();
  const pinnedAbove = p && getComputedStyle(pin!).position === 'sticky' && p.left < r.right && p.right > r.left;
  const top = pinnedAbove ? p.height + 12 : window.innerHeight * 0.2;
  return r.top - Math.min(top, window.innerHeight * TRIGGER - 1);
}
