/**
 * Glossary terms (src/components/Term.astro): the native popover already opens on
 * click, tap and Enter, and closes on Escape, without this script. This adds:
 *  - mouse hover shows the definition (after a short delay; moving the pointer into
 *    the definition keeps it open, so it can be read and its link clicked);
 *  - keyboard focus shows it (Tab moves on into its link, or past it, closing it);
 *  - a click on a term whose definition hover or focus already showed keeps it
 *    open ("pinned") instead of toggling it shut; a second click closes it;
 *  - focus moving elsewhere closes it (Tab past a term leaves nothing behind).
 * One listener per event type on the document: no per-term setup cost.
 */
type Pop = HTMLElement & { showPopover(): void; hidePopover(): void };

const SHOW_MS = 150;
const HIDE_MS = 300;
let hideTimer = 0;
let showTimer = 0;

const popOf = (term: Element): Pop | null => document.getElementById(term.getAttribute('popovertarget') ?? '') as Pop | null;
const isOpen = (p: Element) => p.matches(':popover-open');

function show(p: Pop) {
  clearTimeout(hideTimer);
  if (!isOpen(p)) p.showPopover();
}
function hideSoon(p: Pop) {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    if (p.dataset['pinned'] === 'true' || p.matches(':hover') || p.contains(document.activeElement)) return;
    if (isOpen(p)) p.hidePopover();
  }, HIDE_MS);
}

function init() {
  if (!('showPopover' in HTMLElement.prototype)) return; // no popover support: the definitions sit inline (CSS)

  document.addEventListener('click', (e) => {
    const term = (e.target as Element).closest?.('.term[popovertarget]');
    if (!term) return;
    const p = popOf(term);
    if (!p) return;
    e.preventDefault();
    // The click decides; a hover's pending show must not reopen it after a dismissal.
    clearTimeout(showTimer);
    if (isOpen(p) && p.dataset['pinned'] === 'true') {
      p.hidePopover();
    } else {
      show(p);
      p.dataset['pinned'] = 'true';
    }
  });

  document.addEventListener('pointerover', (e) => {
    if (e.pointerType !== 'mouse') return;
    const t = e.target as Element;
    const term = t.closest?.('.term[popovertarget]');
    const inPop = t.closest?.('.term-pop');
    if (inPop) {
      clearTimeout(hideTimer);
      return;
    }
    if (!term) return;
    const p = popOf(term);
    if (!p) return;
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    showTimer = window.setTimeout(() => show(p), SHOW_MS);
  });
  document.addEventListener('pointerout', (e) => {
    if (e.pointerType !== 'mouse') return;
    const t = e.target as Element;
    const term = t.closest?.('.term[popovertarget]');
    const p = term ? popOf(term) : (t.closest?.('.term-pop') as Pop | null);
    if (p) hideSoon(p);
  });

  document.addEventListener('focusin', (e) => {
    const t = e.target as Element;
    if (!t.matches?.('.term[popovertarget]:focus-visible')) return;
    const p = popOf(t);
    if (p) show(p);
  });
  document.addEventListener('focusout', (e) => {
    const t = e.target as Element;
    const term = t.closest?.('.term[popovertarget]');
    const p = term ? popOf(term) : (t.closest?.('.term-pop') as Pop | null);
    if (!p) return;
    const next = e.relatedTarget as Element | null;
    // Focus moving between the term and its own definition keeps it open; a click on
    // plain text (no new focus) is left to the popover's own light dismiss.
    if (!next || p.contains(next) || popOf(next) === p) return;
    if (isOpen(p)) p.hidePopover();
  });

  // Escape means closed (WCAG 1.4.13): a show that hovering scheduled just before must not reopen it.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') clearTimeout(showTimer);
  });

  // However it closed (Escape, a tap elsewhere, another term opening), it is no longer pinned.
  document.addEventListener(
    'toggle',
    (e) => {
      const p = e.target as HTMLElement;
      if (!p.classList?.contains('term-pop') || (e as ToggleEvent).newState !== 'closed') return;
      delete p.dataset['pinned'];
      clearTimeout(showTimer);
    },
    true,
  );
}

init();
