/**
 * The child side of the Pym.js message protocol (pym.js v1): whenever the embed page's
 * height changes, tell the parent page `pymxPYMx<childId>xPYMxheightxPYMx<px>`. A host
 * that uses Pym.js (it adds ?childId=… to our URL) and a host with our own loader
 * (/embed.js) both size the iframe from this. Nothing is sent when not framed.
 */
const DELIM = 'xPYMx';

export function heightMessage(id: string, height: number): string {
  return ['pym', id, 'height', String(height)].join(DELIM);
}

/** Content height in CSS px (html has no fixed height, so this is the content, not the viewport). */
function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

export function startHeightReporter(childId: string | null): void {
  if (window.parent === window) return;
  const id = childId ?? 'r1';
  let last = -1;
  let queued = false;
  const send = (force = false) => {
    queued = false;
    const h = contentHeight();
    if (h === last && !force) return;
    last = h;
    window.parent.postMessage(heightMessage(id, h), '*');
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => send());
  };
  new ResizeObserver(queue).observe(document.body);
  window.addEventListener('load', () => send());
  // Pym parents (and our loader, when it starts after we did) send "width": answer with the height.
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent || typeof e.data !== 'string') return;
    if (/^pymxPYMx[^\s]*xPYMxwidthxPYMx\d{1,6}$/.test(e.data)) send(true);
  });
  send();
}
