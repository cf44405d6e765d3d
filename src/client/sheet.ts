/**
 * On a phone the opened form is a sheet over the page (global.css): Back, Escape and
 * its Done button close it, and the reader is where they were. Opening it adds a
 * history entry, so Back closes the sheet instead of leaving the chapter.
 */
export function asSheet(box: HTMLDetailsElement): void {
  const isSheet = () => getComputedStyle(box.querySelector('form')!).position === 'fixed';
  let entry = false;
  // The browser would restore an older scroll position on Back; the page has not moved.
  let restoration: ScrollRestoration = 'auto';
  const enter = () => {
    restoration = history.scrollRestoration;
    history.scrollRestoration = 'manual';
    history.pushState({ ...(history.state as object | null), sceneSheet: true }, '');
    entry = true;
  };
  // Opened before this code ran (the what-if controls load when the reader reaches for them).
  if (box.open && isSheet()) enter();
  box.addEventListener('toggle', () => {
    if (box.open && isSheet() && !entry) enter();
    else if (!box.open && entry) {
      entry = false;
      history.back();
    }
  });
  window.addEventListener('popstate', () => {
    if (!entry) return;
    // Chrome restores the scroll position just after popstate: back to the default later.
    window.setTimeout(() => (history.scrollRestoration = restoration), 0);
    entry = false;
    box.open = false;
  });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && box.open && isSheet()) {
      box.open = false;
      box.querySelector('summary')?.focus({ preventScroll: true });
    }
  });
  box.querySelector('[data-scene-input-done]')?.addEventListener('click', () => {
    box.open = false;
    box.querySelector('summary')?.focus({ preventScroll: true });
  });
}
