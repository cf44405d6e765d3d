/**
 * The chapter figures' "Embed" dialogs: native <dialog> opened with showModal (the
 * browser keeps focus inside and closes it on Escape; focus goes back to the button).
 * Options rebuild the snippet (src/embed/snippet.ts) and the preview iframe, which
 * loads only when the dialog first opens.
 */
import { embedHeight, embedPath, loaderSnippet, snippetFor, withBase, type EmbedOptions, type EmbedScene, type EmbedTheme } from '../embed/snippet';

function wire(root: HTMLElement) {
  const open = root.querySelector<HTMLButtonElement>('[data-embed-open]');
  const dialog = root.querySelector<HTMLDialogElement>('[data-embed-dialog]');
  if (!open || !dialog || typeof dialog.showModal !== 'function') return;
  const scene = JSON.parse(dialog.dataset['embedScene']!) as EmbedScene;
  const base = dialog.dataset['embedBase']!;
  // Empty when the build had no SITE_URL: then the snippet names the address this page is served from.
  const site = dialog.dataset['embedSite'] || location.origin;
  const loader = dialog.querySelector<HTMLElement>('[data-embed-loader]');
  // The loader lives at the site's root; `base` may be an edition's (/zh/).
  if (loader && !dialog.dataset['embedSite']) loader.textContent = loaderSnippet(dialog.dataset['embedRoot'] ?? base, site);
  const step = dialog.querySelector<HTMLSelectElement>('[data-embed-step]')!;
  const controls = dialog.querySelector<HTMLInputElement>('[data-embed-controls]')!;
  const code = dialog.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  const status = dialog.querySelector<HTMLElement>('[data-embed-status]')!;
  const preview = dialog.querySelector<HTMLIFrameElement>('[data-embed-preview]')!;
  let previewSrc = '';
  let previewTimer = 0;
  let statusTimer = 0;

  /** The preview's page now, as a path with its query (null before it loads, or if unreadable). */
  const previewAt = (): string | null => {
    try {
      const l = preview.contentWindow?.location;
      return l && l.href !== 'about:blank' ? l.pathname + l.search : null;
    } catch {
      return null;
    }
  };
  const loadPreview = () => {
    window.clearTimeout(previewTimer);
    preview.src = previewSrc;
  };
  // Two src changes in quick succession (arrowing through the theme radios) can leave
  // the frame on the first page in Chromium: after each load, make sure it shows the
  // options chosen last.
  preview.addEventListener('load', () => {
    const at = previewAt();
    if (at === null || !previewSrc) return;
    const want = new URL(previewSrc, location.href);
    if (at !== want.pathname + want.search) loadPreview();
  });

  const options = (): EmbedOptions => ({
    // The figure's what-if settings, when the reader changed them (client/what-if.ts).
    whatIf: root.closest<HTMLElement>('figure')?.dataset['whatIfQuery'] ?? '',
    step: step.value,
    controls: controls.checked,
    theme: (dialog.querySelector<HTMLInputElement>('[data-embed-theme]:checked')?.value ?? 'auto') as EmbedTheme,
  });
  const update = () => {
    const o = options();
    code.value = snippetFor(scene, o, base, site);
    // The preview shows the same page from this site (the snippet's absolute URL may name the public host).
    const src = withBase(base, embedPath(scene, o));
    if (dialog.open && src !== previewSrc) {
      const first = previewSrc === '';
      previewSrc = src;
      preview.height = String(embedHeight(scene, o));
      // Options picked in a quick run load one page, the last.
      window.clearTimeout(previewTimer);
      if (first) loadPreview();
      else previewTimer = window.setTimeout(loadPreview, 150);
    }
    say('');
  };
  const say = (text: string) => {
    window.clearTimeout(statusTimer);
    status.textContent = text;
    if (text) statusTimer = window.setTimeout(() => (status.textContent = ''), 4000);
  };

  open.hidden = false;
  open.addEventListener('click', () => {
    dialog.showModal();
    update();
  });
  dialog.querySelector('[data-embed-close]')!.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener('click', (e) => {
    if (e.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dialog.close();
  });
  dialog.addEventListener('close', () => open.focus());
  dialog.addEventListener('change', update);
  dialog.querySelector('[data-embed-copy]')!.addEventListener('click', async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code.value);
      say('Copied');
    } catch {
      // No clipboard access (older browser, denied permission): select the text for Ctrl+C / Cmd+C.
      code.focus();
      code.select();
      say('Selected: press Ctrl+C (Cmd+C on a Mac) to copy');
    }
  });
}

for (const root of document.querySelectorAll<HTMLElement>('.figure-embed')) wire(root);
