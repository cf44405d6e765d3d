/**
 * Hostile input everywhere a reader can type: the sentence router, the cost calculator's
 * fields, the search box, the URL hash and the embed query string. Each input gets the
 * whole generated corpus (tests/helpers/hostile-queries.ts) set programmatically with an
 * `input` event (a loop inside the page, so maxlength cannot hide what the code does with
 * a long value), and a representative subset typed as a reader types. After each string:
 * no script ran (the canary stays unset), nothing became markup, no NaN / undefined /
 * Infinity is shown, the figure is on one of its steps, and a long input is cut and the
 * page says so. Page errors and CSP violations fail the test through fixtures.ts.
 */
import type { Page } from '@playwright/test';
import { test, expect, ready, builtSteps } from './fixtures';
import { CANARY, echoesBadWord, hostileEmbedQueries, hostileHashes, hostileStrings } from '../helpers/hostile-queries';

// The input code is the same on every viewport: the desktop project runs this file once (playwright.config.ts).

const STRINGS = hostileStrings();
/** Typed by the keyboard: one of each kind, short enough to type (lone surrogates cannot be typed). */
const TYPED = [
  `<img src=x onerror="window.${CANARY}=1">`,
  `javascript:window.${CANARY}=1`,
  '\u202Eevil\u202C reversed',
  'zero\u200Bwidth',
  '👩‍👩‍👧‍👦 family',
  'e\u0301\u0301\u0301',
  '1e309',
  '-0',
  'NaN',
  '０１２',
  '%E0%A4%A',
  "' OR 1=1 --",
];
const LONG = 'a'.repeat(10_000);

/**
 * Install window.__probe(figureSelector, steps): what is wrong with the page right now.
 * The first call records the page's own counts of risky elements as the baseline.
 */
async function installProbe(page: Page) {
  await page.evaluate((canary) => {
    const RISKY = 'script, iframe, object, embed, img, style, base, meta[http-equiv], link';
    const BAD = /\bNaN\b|\bundefined\b|\bInfinity\b/;
    // Elements added since the probe was installed that could run or load something: a
    // MutationObserver instead of scanning the page each time (a chapter has 10,000 elements).
    const added: string[] = [];
    const inspect = (el: Element) => {
      for (const e of [el, ...el.querySelectorAll('*')]) {
        if (e.matches(RISKY)) added.push(e.outerHTML.slice(0, 120));
        else if ([...e.attributes].some((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value))) added.push(e.outerHTML.slice(0, 120));
      }
    };
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) inspect(n);
    });
    observer.observe(document, { childList: true, subtree: true });
    (window as unknown as Record<string, unknown>)['__probe'] = (
      figure: string | null,
      steps: string[],
      textSelectors: string[],
      echoes: boolean,
    ): string[] => {
      const out: string[] = [];
      if ((window as unknown as Record<string, unknown>)[canary] !== undefined) out.push('a payload ran');
      for (const r of observer.takeRecords()) for (const n of r.addedNodes) if (n instanceof Element) inspect(n);
      if (added.length) out.push(`markup inserted: ${added.splice(0).join(' | ')}`);
      if (figure) {
        const fig = document.querySelector<HTMLElement>(figure);
        const step = fig?.dataset['currentStep'];
        if (!fig || !step || !steps.includes(step)) out.push(`figure step "${step}" is not one of the scene's`);
        const badAttr = fig && [...fig.querySelectorAll('.scene-box svg *')].find((el) => [...el.attributes].some((a) => BAD.test(a.value)));
        if (badAttr) out.push(`figure mark with a bad attribute: ${badAttr.outerHTML.slice(0, 120)}`);
        if (!echoes) {
          // Marks of the previous picture still fading out (data-exiting) may show the previous input.
          const text = [...fig!.querySelectorAll('.scene-box svg text, figcaption, .scene-live')]
            .filter((e) => !e.closest('[data-exiting]'))
            .map((e) => e.textContent)
            .join(' ');
          if (BAD.test(text)) out.push(`figure text shows ${text.match(BAD)![0]}`);
        }
      }
      if (!echoes) {
        for (const sel of textSelectors) {
          const t = [...document.querySelectorAll(sel)].map((e) => e.textContent).join(' ');
          if (BAD.test(t)) out.push(`${sel} shows ${t.match(BAD)![0]}: ${t.slice(0, 120)}`);
        }
      }
      return out;
    };
  }, CANARY);
}

const probe = (page: Page, figure: string | null, steps: string[], texts: string[], input: string) =>
  page.evaluate(([f, s, t, e]) => (window as unknown as { __probe: (...a: unknown[]) => string[] }).__probe(f, s, t, e), [
    figure,
    steps,
    texts,
    echoesBadWord(input),
  ] as const);

test.describe.configure({ mode: 'parallel' });
// Hundreds of redraws and searches each: a loaded 2-core machine needs more than the default minute.
test.beforeEach(() => test.setTimeout(150_000));

test(`sentence router: ${STRINGS.length} strings set with an input event and submitted, ${TYPED.length + 1} typed`, async ({ page }) => {
  const steps = builtSteps('moe-routing');
  await page.goto('chapters/mixture-of-experts/#moe-routing--top-8');
  await ready(page);
  const figSel = 'figure[data-scene="moe-routing"]';
  const fig = page.locator(figSel);
  const box = fig.locator('details[data-scene-input-box]');
  if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator('summary').click();
  const field = fig.locator('form[data-scene-input] input[name="text"]');
  const max = Number(await field.getAttribute('maxlength'));
  expect(max).toBeGreaterThan(0);
  await installProbe(page);

  const problems = await page.evaluate(
    async ({ strings, figSel, steps, max }) => {
      const fig = document.querySelector(figSel)!;
      const form = fig.querySelector<HTMLFormElement>('form[data-scene-input]')!;
      const field = form.querySelector<HTMLInputElement>('input[name="text"]')!;
      const status = form.querySelector<HTMLElement>('[data-input-status]')!;
      const out: string[] = [];
      const probe = (window as unknown as { __probe: (...a: unknown[]) => string[] }).__probe;
      for (const s of strings) {
        field.value = s;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        form.requestSubmit();
        const label = JSON.stringify(s.slice(0, 40)) + (s.length > 40 ? `… (${s.length})` : '');
        for (const p of probe(figSel, steps, ['[data-input-status]'], /nan|undefined|infinity|null/i.test(s))) out.push(`${label}: ${p}`);
        const cleanLength = s.replace(/\s+/g, ' ').trim().length;
        if (cleanLength > max && !status.textContent!.includes(`Only the first ${max} characters`)) out.push(`${label}: cut without saying so`);
        const quoted = status.querySelector('bdi')?.textContent ?? '';
        if (quoted.length > max) out.push(`${label}: quoted ${quoted.length} characters`);
      }
      return out;
    },
    { strings: STRINGS, figSel, steps, max },
  );
  expect(problems).toEqual([]);

  for (const s of [...TYPED, LONG]) {
    await field.fill('');
    if (s === LONG) await field.fill(s);
    else await field.pressSequentially(s);
    expect((await field.inputValue()).length, 'the field holds at most maxlength').toBeLessThanOrEqual(max);
    await field.press('Enter');
    // The figure redraws over the next frames (the previous sentence's words leave as it does): poll until it settles.
    await expect.poll(() => probe(page, figSel, steps, ['[data-input-status]'], s), JSON.stringify(s.slice(0, 40))).toEqual([]);
  }
});

test(`cost calculator: ${STRINGS.length} strings in each field with an input event, ${TYPED.length} typed`, async ({ page }) => {
  await page.goto('chapters/what-it-cost/');
  const calc = page.locator('[data-cost-calculator]');
  await expect(calc).toHaveAttribute('data-calc-ready', 'true');
  await installProbe(page);
  const problems = await page.evaluate((strings) => {
    const root = document.querySelector<HTMLElement>('[data-cost-calculator]')!;
    const form = root.querySelector<HTMLFormElement>('[data-calc-form]')!;
    const fields = ['inputTokens', 'outputTokens', 'cacheHitShare'].map((n) => form.elements.namedItem(n) as HTMLInputElement);
    const probe = (window as unknown as { __probe: (...a: unknown[]) => string[] }).__probe;
    const out: string[] = [];
    for (const field of fields) {
      for (const s of strings) {
        field.value = s;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        const label = `${field.name} ${JSON.stringify(s.slice(0, 40))}`;
        // The calculator never echoes what was typed, so no exception for strings that contain "NaN".
        for (const p of probe(null, [], ['[data-calc-result]'], false)) out.push(`${label}: ${p}`);
        const totals = [...root.querySelectorAll('[data-calc-total]')].map((e) => e.textContent ?? '');
        if (!totals.every((t) => /^\$[\d,]+(\.\d+)?$/.test(t))) out.push(`${label}: totals ${totals.join(' / ')}`);
        const counts = (root.querySelector('[data-calc-usage]')!.textContent ?? '').match(/[\d,]+(?= tokens)/g) ?? [];
        if (counts.some((c) => Number(c.replace(/,/g, '')) > 1e9)) out.push(`${label}: usage past the cap: ${counts.join(', ')}`);
        const widths = [...root.querySelectorAll<HTMLElement>('[data-calc-bar]')].map((b) => b.style.width);
        if (!widths.every((w) => /^\d+(\.\d+)?%$/.test(w))) out.push(`${label}: bar widths ${widths.join(', ')}`);
      }
      field.value = field.name === 'cacheHitShare' ? '50' : '1000';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return out;
  }, STRINGS);
  expect(problems).toEqual([]);

  // A count past the cap is used as the cap, and the calculator says so.
  const input = calc.getByLabel(/Input tokens/);
  await input.fill('5000000000000');
  await expect(calc.locator('[data-calc-usage]')).toContainText('1,000,000,000 tokens in');
  await expect(calc.locator('[data-calc-usage]')).toContainText('the calculator stops at 1,000,000,000 tokens');

  for (const s of TYPED) {
    await input.fill('');
    await input.pressSequentially(s);
    expect(await probe(page, null, [], ['[data-calc-result]'], ''), JSON.stringify(s)).toEqual([]);
  }
});

test(`search box: ${STRINGS.length} strings with an input event, a third of them awaited to the answer; ${TYPED.length + 1} typed`, async ({ page }) => {
  await page.goto('search/');
  const field = page.getByLabel('Word or phrase');
  const max = Number(await field.getAttribute('maxlength'));
  expect(max).toBeGreaterThan(0);
  await installProbe(page);
  const problems = await page.evaluate(
    async ({ strings, max }) => {
      const field = document.querySelector<HTMLInputElement>('input[name="q"]')!;
      const status = document.querySelector<HTMLElement>('[data-search-status]')!;
      const probe = (window as unknown as { __probe: (...a: unknown[]) => string[] }).__probe;
      const SENT = '\u29D7 waiting';
      const out: string[] = [];
      for (const [i, s] of strings.entries()) {
        // Pagefind waits 120 ms for typing to pause: every string is set and handled up to the
        // search; every third (and the last) also waits for its answer and is checked in it.
        const answered = i % 3 === 0 || i === strings.length - 1;
        if (!answered) {
          field.value = s;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          const q = new URL(location.href).searchParams.get('q') ?? '';
          if (q.length > max) out.push(`${JSON.stringify(s.slice(0, 40))}: address holds ${q.length} characters`);
          for (const p of probe(null, [], [], true)) out.push(`${JSON.stringify(s.slice(0, 40))}: ${p}`);
          continue;
        }
        status.textContent = SENT;
        field.value = s;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        const label = JSON.stringify(s.slice(0, 40)) + (s.length > 40 ? `… (${s.length})` : '');
        const t0 = performance.now();
        // Wait for this query's answer (the page writes the status when it has one).
        // A bounded poll inside the page for this query's answer (a state, not a fixed sleep): one
        // waitForFunction round trip per string would multiply the suite's time by the 335 strings.
        // eslint-disable-next-line no-restricted-syntax
        while (status.textContent === SENT && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 10));
        if (status.textContent === SENT) {
          out.push(`${label}: no answer in 5 s`);
          continue;
        }
        for (const p of probe(null, [], ['[data-search-status]', '[data-search-results]'], /nan|undefined|infinity|null/i.test(s))) out.push(`${label}: ${p}`);
        const quoted = status.querySelector('bdi')?.textContent ?? '';
        if (quoted.length > max) out.push(`${label}: quoted ${quoted.length} characters`);
        if (s.trim().length > max && !status.textContent!.includes(`Only the first ${max} characters`)) out.push(`${label}: cut without saying so`);
        const q = new URL(location.href).searchParams.get('q') ?? '';
        if (q.length > max) out.push(`${label}: address holds ${q.length} characters`);
      }
      return out;
    },
    { strings: STRINGS, max },
  );
  expect(problems).toEqual([]);

  for (const s of [...TYPED, LONG]) {
    await field.fill('');
    if (s === LONG) await field.fill(s);
    else await field.pressSequentially(s);
    expect((await field.inputValue()).length).toBeLessThanOrEqual(max);
    await field.press('Enter');
    await expect(page.locator('[data-search-status]')).not.toBeEmpty();
    expect(await probe(page, null, [], ['[data-search-status]', '[data-search-results]'], s), JSON.stringify(s.slice(0, 40))).toEqual([]);
  }
  // A real query still finds pages afterwards.
  await field.fill('router');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
});

for (const where of ['chapter', 'presenter'] as const) {
  test(`URL hash on the ${where}: the corpus as hashes, set one after another, and junk at load`, async ({ page }) => {
    const steps = builtSteps('moe-routing');
    const path = where === 'chapter' ? 'chapters/mixture-of-experts/' : 'present/moe-routing/';
    const hashes = hostileHashes('moe-routing', steps[1]!);
    expect(hashes.length).toBeGreaterThanOrEqual(200);
    // Junk present when the page starts (the scripts read the hash as they set up).
    for (const h of ['%', '%E0%A4%A', `moe-routing--%`, `<img src=x onerror=window.${CANARY}=1>`, 'x'.repeat(5000)]) {
      await page.goto(`${path}#${h}`);
      await ready(page);
      await expect(page.locator('figure[data-scene="moe-routing"]')).toHaveAttribute('data-current-step', steps[0]!);
    }
    await installProbe(page);
    const problems = await page.evaluate(
      async ({ hashes, steps }) => {
        const probe = (window as unknown as { __probe: (...a: unknown[]) => string[] }).__probe;
        const out: string[] = [];
        for (const h of hashes) {
          const before = location.hash;
          const changed = new Promise((r) => addEventListener('hashchange', r, { once: true }));
          location.hash = h;
          if (location.hash !== before) await changed;
          for (const p of probe('figure[data-scene="moe-routing"]', steps, [], /nan|undefined|infinity|null/i.test(h)))
            out.push(`${JSON.stringify(h.slice(0, 40))}: ${p}`);
        }
        return out;
      },
      { hashes, steps },
    );
    expect(problems).toEqual([]);
    // A real step hash still works after all that.
    await page.evaluate((h) => (location.hash = h), where === 'chapter' ? `moe-routing--${steps[2]}` : steps[2]!);
    await expect(page.locator('figure[data-scene="moe-routing"]')).toHaveAttribute('data-current-step', steps[2]!);
  });
}

test('embed query string: a spread of the generated queries loads to the defaults (the whole corpus is unit-tested against the parser and head script)', async ({
  page,
}) => {
  const all = hostileEmbedQueries();
  expect(all.length).toBeGreaterThanOrEqual(200);
  // Every 60th query: 20-odd page loads cover each kind without loading 1,300 pages.
  const spread = all.filter((_, i) => i % 60 === 0);
  const steps = builtSteps('moe-routing');
  for (const q of spread) {
    const label = q.length > 50 ? `${q.slice(0, 50)}… (${q.length})` : q;
    await page.goto(`embed/moe-routing/${q}`);
    await ready(page);
    await installProbe(page);
    const state = await page.evaluate(
      (canary) => ({
        theme: document.documentElement.getAttribute('data-theme'),
        controls: document.documentElement.getAttribute('data-embed-controls'),
        ran: (window as unknown as Record<string, unknown>)[canary],
        handlers: [...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on'))),
      }),
      CANARY,
    );
    expect(state, label).toEqual({ theme: null, controls: null, ran: undefined, handlers: false });
    expect(await probe(page, 'figure[data-scene="moe-routing"]', steps, [], q), label).toEqual([]);
  }
});
