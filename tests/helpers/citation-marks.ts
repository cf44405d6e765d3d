/**
 * Quiet citation marks, measured in the browser on a built chapter (every-page.spec.ts):
 *  - no two marks with the same number side by side (only spaces or punctuation between);
 *  - no mark alone at the start of a line: it sits on the line of the character before it;
 *  - no mark makes its line taller: each block is measured as it is, and again with every
 *    mark forced onto the baseline (same font size, so the same line breaks); the two
 *    heights and line counts must match.
 * Returns one line per problem (empty when all is well).
 */
import type { Page } from '@playwright/test';

export function citationProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const label = (el: Element) => `"${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 70)}…"`;
    const num = (s: Element) => (s.textContent ?? '').replace(/[\u2060\s]/g, '');
    const blocks = new Set<HTMLElement>();
    for (const sup of document.querySelectorAll('article sup.cite')) {
      const block = sup.closest<HTMLElement>('p, li, td, th, h2, h3, blockquote');
      if (block && block.getClientRects().length > 0 && sup.getClientRects().length > 0) blocks.add(block);
    }
    const lineTops = (block: HTMLElement) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim() || n.parentElement?.closest('sup.cite, [popover]')) continue;
        const r = document.createRange();
        r.selectNodeContents(n);
        for (const rect of r.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.bottom));
      }
      return tops.size;
    };
    const measured = [...blocks].map((b) => ({ b, h: b.getBoundingClientRect().height, lines: lineTops(b) }));
    for (const { b } of measured) {
      const sups = [...b.querySelectorAll('sup.cite')].filter((s) => s.getClientRects().length > 0);
      for (let i = 0; i < sups.length; i++) {
        const s = sups[i]!;
        if (i > 0 && num(s) === num(sups[i - 1]!)) {
          const between = document.createRange();
          between.setStartAfter(sups[i - 1]!);
          between.setEndBefore(s);
          if (!/[\p{L}\p{N}]/u.test(between.toString())) out.push(`two ${num(s)} side by side in ${label(b)}`);
        }
        // The character before the mark: the last non-space text before it in the block.
        const before = document.createRange();
        before.setStart(b, 0);
        before.setEndBefore(s);
        const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
        let last: Text | null = null;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (!before.intersectsNode(n) || n.parentElement?.closest('sup.cite') || s.contains(n)) continue;
          // Text that is not drawn (a closed glossary popover) has no line to be on.
          const drawn = document.createRange();
          drawn.selectNodeContents(n);
          if (n.textContent!.replace(/[\s\u2060]/g, '') && drawn.getClientRects().length > 0) last = n;
        }
        if (!last) continue;
        const text = last.textContent!;
        let end = text.length;
        while (end > 0 && /[\s\u2060]/.test(text[end - 1]!)) end--;
        const ch = document.createRange();
        ch.setStart(last, end - 1);
        ch.setEnd(last, end);
        const c = ch.getBoundingClientRect();
        const m = s.getBoundingClientRect();
        if (!(m.bottom <= c.bottom + 2 && m.bottom > c.top && m.left >= c.left)) out.push(`${num(s)} is not on the line of its word in ${label(b)}`);
      }
    }
    // Marks on the baseline: the reference line boxes.
    // Set through the CSSOM, which the page's CSP allows (a <style> element would need a hash).
    const marks = [...document.querySelectorAll<HTMLElement>('sup.cite')];
    const reset = { 'vertical-align': 'baseline', position: 'static', 'line-height': 'inherit' };
    for (const m of marks) for (const [k, v] of Object.entries(reset)) m.style.setProperty(k, v, 'important');
    for (const { b, h, lines } of measured) {
      const h2 = b.getBoundingClientRect().height;
      const lines2 = lineTops(b);
      if (lines2 !== lines) out.push(`line breaks change when marks sit on the baseline (${lines} vs ${lines2} lines) in ${label(b)}`);
      else if (h > h2 + 0.5) out.push(`marks make ${label(b)} ${(h - h2).toFixed(1)} px taller over ${lines} lines`);
    }
    for (const m of marks) for (const k of Object.keys(reset)) m.style.removeProperty(k);
    return out;
  });
}
