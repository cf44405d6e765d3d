/**
 * The cost calculator (src/components/CostCalculator.astro) in the browser: reveals
 * the form, and on every change recomputes both bills with src/model/cost.ts and
 * writes them as text (the result region is aria-live, updated after a short pause
 * so screen readers hear the settled result, not every keystroke). It writes in the
 * page's language: the sentences it needs are in the calculator's `data-calc-words`
 * (that language's only), the numbers in the cost figure's formats.
 */
import { bill, sanitizeUsage, type Usage } from '../model/cost';
import { pricingData } from '../data/raw-cost';
import { textFromPayload } from '../scenes/kit/messages';
import { cents } from '../scenes/cost/shared';
import { MAX_TOKENS, breakdownText, compareText, usageText, type CalcText } from '../scenes/cost/text';

function priceOf(id: string) {
  const m = pricingData.models.find((x) => x.id === id);
  if (!m) throw new Error(`cost-calculator: no model "${id}" in pricing data`);
  return m;
}

function setup(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-calc-form]');
  const result = root.querySelector<HTMLElement>('[data-calc-result]');
  if (!form || !result) return;
  const input = form.elements.namedItem('inputTokens') as HTMLInputElement;
  const output = form.elements.namedItem('outputTokens') as HTMLInputElement;
  const cache = form.elements.namedItem('cacheHitShare') as HTMLInputElement;
  const cacheOut = root.querySelector<HTMLOutputElement>('[data-calc-cache-out]');
  const heading = root.querySelector<HTMLElement>('[data-calc-heading]');
  const usageEl = root.querySelector<HTMLElement>('[data-calc-usage]');
  const compare = root.querySelector<HTMLElement>('[data-calc-compare]');
  const text: CalcText = textFromPayload(root.dataset['calcWords']);
  const r1 = priceOf('deepseek-r1');
  const o1 = priceOf('o1');

  const read = (): Usage => sanitizeUsage({ inputTokens: input.value, outputTokens: output.value, cacheHitShare: Number(cache.value) / 100 }, MAX_TOKENS);

  const render = () => {
    const usage = read();
    const b = { r1: bill(r1, usage), o1: bill(o1, usage) };
    const max = Math.max(b.r1.total, b.o1.total);
    const pct = Math.round(usage.cacheHitShare * 100);
    if (cacheOut) cacheOut.textContent = `${pct}%`;
    cache.setAttribute('aria-valuetext', `${pct}%`);
    if (heading) heading.textContent = text.t('calc.heading.yours');
    // A count past the cap is read as the cap; say so rather than bill a number the reader did not type.
    const capped = [input, output].some((f) => Number(f.value) > MAX_TOKENS);
    if (usageEl) usageEl.textContent = usageText(text, usage, capped);
    for (const [id, bl] of [
      ['r1', b.r1],
      ['o1', b.o1],
    ] as const) {
      const total = root.querySelector<HTMLElement>(`[data-calc-total="${id}"]`);
      const parts = root.querySelector<HTMLElement>(`[data-calc-parts="${id}"]`);
      const bar = root.querySelector<HTMLElement>(`[data-calc-bar="${id}"]`);
      if (total) total.textContent = cents(text, bl.total);
      if (parts) parts.textContent = breakdownText(text, bl);
      if (bar) bar.style.width = max > 0 ? `${Math.max(0.4, (bl.total / max) * 100).toFixed(2)}%` : '0%';
    }
    if (compare) compare.textContent = compareText(text, b);
  };

  // Write the numbers at once for sighted readers; let the live region speak once typing pauses.
  let timer = 0;
  const onChange = () => {
    result.setAttribute('aria-busy', 'true');
    render();
    window.clearTimeout(timer);
    timer = window.setTimeout(() => result.removeAttribute('aria-busy'), 500);
  };
  form.addEventListener('input', onChange);
  form.addEventListener('change', onChange);
  form.addEventListener('submit', (e) => e.preventDefault());
  // The server already shows the worked example for the default inputs: reveal the form, render on change.
  form.hidden = false;
  root.dataset['calcReady'] = 'true';
}

for (const root of document.querySelectorAll<HTMLElement>('[data-cost-calculator]')) setup(root);
