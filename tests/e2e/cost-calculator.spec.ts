/**
 * The bill calculator in the cost chapter, driven the way a reader drives it: by
 * keyboard. Expected bills are worked out here from src/data/pricing.json, not read
 * back from the page, so a wrong sum in the page's code fails the test. The Chinese page's
 * calculator writes its results in Chinese (the last test).
 */
import { readFileSync } from 'node:fs';
import { test, expect, axe } from './fixtures';
import { untranslated } from '../helpers/latin';

interface Price {
  id: string;
  inputCacheHit: number;
  inputCacheMiss: number;
  output: number;
}
const pricing = JSON.parse(readFileSync('src/data/pricing.json', 'utf8')) as {
  models: Price[];
  calculatorDefaults: { inputTokens: number; outputTokens: number; cacheHitShare: number };
};
const price = (id: string) => pricing.models.find((m) => m.id === id)!;

function expectedTotal(p: Price, input: number, output: number, cacheShare: number): number {
  const hit = input * cacheShare;
  return (hit * p.inputCacheHit + (input - hit) * p.inputCacheMiss + output * p.output) / 1e6;
}
/** The page's totals as numbers ("$1,234.56" -> 1234.56). */
const money = (s: string | null) => Number((s ?? '').replace(/[^0-9.]/g, ''));

const CHAPTER = 'chapters/what-it-cost/';

test('keyboard only: type token counts, move the cache slider, both bills and the ratio follow', { tag: '@desktop-only' }, async ({ page }) => {
  await page.goto(CHAPTER);
  const calc = page.locator('[data-cost-calculator]');
  await expect(calc).toHaveAttribute('data-calc-ready', 'true');
  const input = calc.getByLabel(/Input tokens/);
  const output = calc.getByLabel(/Output tokens/);
  const cache = calc.getByLabel(/served from the cache/);

  // Reach the first field with Tab from the price line's last link, as a keyboard user would.
  await calc.locator('.cost-calc-prices a').last().focus();
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2000000');
  await page.keyboard.press('Tab');
  await expect(output).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('500000');
  await page.keyboard.press('Tab');
  await expect(cache).toBeFocused();
  // The slider steps by 5%: four presses make 20%.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(cache).toHaveAttribute('aria-valuetext', '20%');

  const r1 = expectedTotal(price('deepseek-r1'), 2e6, 5e5, 0.2);
  const o1 = expectedTotal(price('o1'), 2e6, 5e5, 0.2);
  const r1Text = await calc.locator('[data-calc-total="r1"]').textContent();
  const o1Text = await calc.locator('[data-calc-total="o1"]').textContent();
  expect(money(r1Text)).toBeCloseTo(r1, 2);
  expect(money(o1Text)).toBeCloseTo(o1, 2);
  await expect(calc.locator('[data-calc-compare]')).toContainText(`${((r1 / o1) * 100).toFixed(1)}% of o1`);
  await expect(calc.locator('[data-calc-usage]')).toHaveText('2,000,000 tokens in (20% from the cache) and 500,000 tokens out');
  await expect(calc.locator('[data-calc-heading]')).toHaveText('Your bill');
  // R1's bar is drawn shorter than o1's, in proportion.
  const widths = await calc.locator('[data-calc-bar]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(widths[0]! / widths[1]!).toBeCloseTo(r1 / o1, 1);
  await axe(page, 'cost calculator after input');
});

test('junk input never shows NaN or undefined, and an empty bill asks for tokens', { tag: '@desktop-only' }, async ({ page }) => {
  await page.goto(CHAPTER);
  const calc = page.locator('[data-cost-calculator]');
  await expect(calc).toHaveAttribute('data-calc-ready', 'true');
  const input = calc.getByLabel(/Input tokens/);
  const output = calc.getByLabel(/Output tokens/);
  for (const [a, b] of [
    ['-5', '1e99'],
    ['', ''],
    ['0', '0'],
    ['99999999999999', '3.5'],
  ] as const) {
    await input.fill(a);
    await output.fill(b);
    const text = (await calc.locator('[data-calc-result]').textContent()) ?? '';
    expect(text, `input ${a} / output ${b}`).not.toMatch(/NaN|undefined|Infinity|null/);
  }
  await input.fill('0');
  await output.fill('0');
  await expect(calc.locator('[data-calc-compare]')).toHaveText('Enter some tokens to compare the two bills.');
});

test('without JavaScript the worked example is there as text and the inert form is hidden', { tag: '@desktop-only' }, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL(CHAPTER, baseURL).href);
  const calc = page.locator('[data-cost-calculator]');
  await expect(calc.locator('[data-calc-heading]')).toHaveText('Worked example');
  await expect(calc.locator('form')).toBeHidden();
  const d = pricing.calculatorDefaults;
  const r1 = expectedTotal(price('deepseek-r1'), d.inputTokens, d.outputTokens, d.cacheHitShare);
  expect(money(await calc.locator('[data-calc-total="r1"]').textContent())).toBeCloseTo(r1, 2);
  await context.close();
});

test(
  'on the Chinese page, typed token counts give a Chinese bill in 美元, with no English but the models’ names',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await page.goto(`zh/${CHAPTER}`);
    const calc = page.locator('[data-cost-calculator]');
    await expect(calc).toHaveAttribute('data-calc-ready', 'true');
    await calc.getByLabel(/输入词元数/).fill('2000000');
    await calc.getByLabel(/输出词元数/).fill('500000');
    const cache = calc.getByLabel(/命中缓存的比例/);
    await cache.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(cache).toHaveAttribute('aria-valuetext', '20%');

    const r1 = expectedTotal(price('deepseek-r1'), 2e6, 5e5, 0.2);
    const o1 = expectedTotal(price('o1'), 2e6, 5e5, 0.2);
    await expect(calc.locator('[data-calc-heading]')).toHaveText('你的账单');
    await expect(calc.locator('[data-calc-usage]')).toHaveText('输入200万个词元（20%命中缓存），输出50万个词元');
    await expect(calc.locator('[data-calc-total="r1"]')).toHaveText(`${r1.toFixed(2)}美元`);
    await expect(calc.locator('[data-calc-total="o1"]')).toHaveText(`${o1.toFixed(2)}美元`);
    await expect(calc.locator('[data-calc-parts="r1"]')).toHaveText(/^（缓存命中[\d.]+美元 \+ 输入[\d.]+美元 \+ 输出[\d.]+美元）$/);
    await expect(calc.locator('[data-calc-compare]')).toHaveText(`R1的账单是o1的${((r1 / o1) * 100).toFixed(1)}%，便宜${Math.round(100 - (r1 / o1) * 100)}%。`);
    // Past the cap, in 亿 and in Chinese; a bill past 1万 dollars in 万.
    await calc.getByLabel(/输出词元数/).fill('5000000000');
    await expect(calc.locator('[data-calc-usage]')).toContainText('输出10亿个词元（计算器最多按10亿个词元计算）');
    await expect(calc.locator('[data-calc-total="o1"]')).toHaveText(/^[\d.]+万美元$/);

    const all = (await calc.innerText()).replace(/\s+/g, ' ');
    expect(untranslated(all), all).toEqual([]);
    expect(all).not.toMatch(/\$|NaN|undefined/);
    await axe(page, 'Chinese cost calculator after input');
  },
);
