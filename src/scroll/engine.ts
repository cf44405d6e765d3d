/**
 * The one scroll engine: scrollama underneath, turned into "step X of scene Y is
 * active". It also handles hash links (#<scene>--<step>), the keyboard, resize and
 * rotation. It knows nothing about drawing: chapters subscribe with onStep().
 */
import scrollama from 'scrollama';
import { parseStepHash, stepAnchor } from './step-state';

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
interface ScrollamaInstance {
  setup(o: ScrollamaSetup): ScrollamaInstance;
  onStepEnter(cb: (r: { element: HTMLElement; index: number; direction: 'up' | 'down' }) => void): ScrollamaInstance;
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

/** Where the trigger line sits: lower on phones, where the figure covers the top. */
function triggerOffset(): number {
  return window.matchMedia('(max-width: 52rem)').matches ? 0.8 : 0.55;
}

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
    hashTimer = window.setTimeout(() => {
      const hash = `#${stepAnchor(el.dataset['stepScene']!, el.dataset['step']!)}`;
      if (active === el && location.hash === from && location.hash !== hash) history.replaceState(history.state, '', hash);
    }, cause === 'jump' ? 0 : 250);
  };

  // Until this time (performance.now()), a freshly set-up scroller's reports are not
  // trusted: right after a layout switch scrollama can still measure the old step
  // heights and report a step far from the trigger line.
  let settlingUntil = 0;
  const onEnter = ({ element }: { element: HTMLElement }) => {
    if (jumpingTo && element !== jumpingTo) return;
    if (performance.now() < settlingUntil) return;
    activate(element, 'scroll');
  };
  /** The step the trigger line crosses now, measured on the page. */
  const stepAtTrigger = (): HTMLElement | undefined => {
    const y = window.innerHeight * triggerOffset();
    return steps.find((s) => {
      const r = s.getBoundingClientRect();
      return r.top <= y && r.bottom >= y;
    });
  };

  let scroller = createScroller().setup({ step: steps, offset: triggerOffset() }).onStepEnter(onEnter);

  const jumpTo = (el: HTMLElement, focus: boolean) => {
    jumpingTo = el;
    window.clearTimeout(jumpTimer);
    jumpTimer = window.setTimeout(() => (jumpingTo = null), 1000);
    activate(el, 'jump');
    el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    if (focus) el.focus({ preventScroll: true });
  };

  const fromHash = (focus: boolean) => {
    const target = parseStepHash(location.hash);
    if (!target) return;
    const el = steps.find((s) => s.dataset['stepScene'] === target.scene && s.dataset['step'] === target.step);
    if (el) jumpTo(el, focus);
  };

  // Step links (Next / Previous) jump without a history entry per step.
  const onClick = (e: MouseEvent) => {
    const a = (e.target as Element | null)?.closest<HTMLAnchorElement>('a[data-step-link]');
    if (!a) return;
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
  let lastOffset = triggerOffset();
  const onResize = () => {
    cancelAnimationFrame(resizeFrame);
    resizeFrame = requestAnimationFrame(() => {
      const o = triggerOffset();
      if (o !== lastOffset) {
        // The trigger line moves when the layout switches between phone and desktop.
        lastOffset = o;
        scroller.destroy();
        settlingUntil = performance.now() + SETTLE_MS;
        scroller = createScroller().setup({ step: steps, offset: o }).onStepEnter(onEnter);
        // Once the new layout has settled, the step at the trigger line is the one to show.
        window.setTimeout(() => {
          const el = stepAtTrigger();
          if (el && !jumpingTo) activate(el, 'scroll');
        }, SETTLE_MS);
      } else scroller.resize();
    });
  };
  window.addEventListener('resize', onResize);

  fromHash(false);
  return {
    destroy() {
      scroller.destroy();
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('resize', onResize);
    },
  };
}
