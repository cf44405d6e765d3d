/**
 * Chinese in the text-metrics kit (src/scenes/kit/text.ts): a Chinese label measures as the
 * fonts the Chinese pages draw it with (Plex for Latin, digits and the marks Plex has; Noto
 * Sans SC for the rest, as the cut the pages load shapes it), and wraps by Chinese rules: a
 * break may fall between Han characters, never before a closing mark or after an opening
 * one, never inside a Latin word or a number.
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import * as fontkitModule from 'fontkit';
import subsetFont from 'subset-font';
import { needsChineseFont, readChineseMetrics } from '../../scripts/fonts-zh.mjs';
import { fitLine, hasChinese, hasGlyph, inkBand, measure, wrap } from '../../src/scenes/kit/text';
import '../../src/scenes/kit/text-zh';

const SAMPLES = [
  '混合专家（MoE）：每个词元只激活8个路由专家。',
  'DeepSeek-R1有6710亿个参数，但每个词元只用到约370亿个。',
  '“思维链”越长，AIME 2024的pass@1越高——直到79.8%。',
  '训练成本：557.6万美元（H800 GPU小时×2美元）',
];

const fontkit = (
  (fontkitModule as { create?: unknown }).create ? fontkitModule : (fontkitModule as unknown as { default: typeof fontkitModule }).default
) as typeof fontkitModule;
const PLEX: Record<number, fontkitModule.Font> = {
  400: fontkit.create(readFileSync('node_modules/@ibm/plex-sans/fonts/complete/woff2/IBMPlexSans-Regular.woff2')),
  700: fontkit.create(readFileSync('node_modules/@ibm/plex-sans/fonts/complete/woff2/IBMPlexSans-Bold.woff2')),
};

const NOTO = { 400: '400Regular/NotoSansSC_400Regular', 700: '700Bold/NotoSansSC_700Bold' } as const;
const notoFile = (weight: 400 | 700) => `node_modules/@expo-google-fonts/noto-sans-sc/${NOTO[weight]}.ttf`;
/** Noto Sans SC as the pages load it: a woff2 cut by hb-subset (as scripts/fonts-zh.mjs cuts), here from the whole font. */
const cuts = new Map<number, fontkitModule.Font>();
async function cut(weight: 400 | 700): Promise<fontkitModule.Font> {
  if (!cuts.has(weight)) {
    const chars = [...new Set(SAMPLES.join(''))].filter(needsChineseFont).join('');
    cuts.set(weight, fontkit.create(await subsetFont(readFileSync(notoFile(weight)), chars, { targetFormat: 'woff2' })));
  }
  return cuts.get(weight)!;
}

/** The reference: runs of one font each, shaped by fontkit (Plex whole; Chinese as the woff2 a page loads). */
async function shaped(text: string, size: number, weight: 400 | 700): Promise<number> {
  const runs: { zh: boolean; text: string }[] = [];
  for (const ch of text) {
    const zh = needsChineseFont(ch);
    if (runs.at(-1)?.zh === zh) runs.at(-1)!.text += ch;
    else runs.push({ zh, text: ch });
  }
  let units = 0;
  for (const r of runs) {
    const font = r.zh ? await cut(weight) : PLEX[weight]!;
    units += font.layout(r.text).positions.reduce((a, p) => a + p.xAdvance, 0);
  }
  return (units / 1000) * size;
}

describe('Chinese text metrics', () => {
  it('measures a known string as the fonts shape it (Plex runs with kerning, Noto Sans SC runs from the page cut)', async () => {
    for (const weight of [400, 700] as const)
      for (const text of SAMPLES) expect(measure(text, { size: 13, weight }), `${text} @${weight}`).toBeCloseTo(await shaped(text, 13, weight), 6);
    // The known string, worked out: 4 Han at 1 em + （ ） at 1 em + "MoE" in Plex, at 10 px.
    const moe = (PLEX[400]!.layout('MoE').positions.reduce((a, p) => a + p.xAdvance, 0) / 1000) * 10;
    expect(measure('混合专家（MoE）', { size: 10 })).toBeCloseTo(60 + moe, 9);
  }, 60_000);

  it('every advance in the generated table is the font file’s own (and a Han character is one em)', () => {
    const m = readChineseMetrics();
    for (const [w, adv] of Object.entries(m.weights)) {
      const font = fontkit.openSync(notoFile(Number(w) as 400 | 700));
      for (const [ch, a] of Object.entries(adv)) {
        expect(font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, ch).toBe(a);
        if (!PLEX[400]!.hasGlyphForCodePoint(ch.codePointAt(0)!)) expect(measure(ch, { size: 1000, weight: Number(w) })).toBeCloseTo(a, 9);
      }
      for (const ch of '中文字体测试龘，。：；（）《》') {
        expect(font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth).toBe(1000);
        expect(measure(ch, { size: 1000, weight: Number(w) })).toBe(1000);
        expect(hasGlyph(ch, Number(w))).toBe(true);
      }
    }
  }, 60_000);

  it('English text is untouched: no Chinese, same widths and wrapping as Plex alone', () => {
    expect(hasChinese('All 671.0 billion parameters, drawn to scale')).toBe(false);
    expect(hasChinese('“quoted” — 97.4% · 58 layers × 256 experts…')).toBe(false);
    expect(wrap('one two three four five', { width: 50, size: 12 })).toEqual(['one two', 'three', 'four five']);
  });

  it('a Chinese ink band reaches the top of the ideographic em box, above Plex capitals', () => {
    const [latinTop] = inkBand(20, 'auto', 'MoE');
    const [zhTop, zhBottom] = inkBand(20, 'auto', '专家');
    expect(zhTop).toBeCloseTo(-0.88 * 20, 9);
    expect(zhTop).toBeLessThan(latinTop);
    expect(zhBottom).toBeGreaterThanOrEqual(inkBand(20)[1]);
  });
});

const NO_START = '，。、；：？！）》」』】〕”’…—%';
const NO_END = '（《「『【〔“‘';
/** Latin words and numbers, as written: each must end up whole on one line. */
const latinTokens = (t: string) => t.match(/[A-Za-z0-9][A-Za-z0-9.,@%×-]*[A-Za-z0-9%]|[A-Za-z0-9]/g) ?? [];

/** Every rule a wrapped Chinese label must keep; each message names the broken rule. */
function ruleBreaks(text: string, lines: string[], width: number, size: number): string[] {
  const out: string[] = [];
  if (lines.join('').replace(/\s/g, '') !== text.replace(/\s/g, '')) out.push(`text changed: ${JSON.stringify(lines)}`);
  lines.forEach((l, i) => {
    if (i > 0 && NO_START.includes(l[0]!)) out.push(`line ${i + 1} starts with ${l[0]}: ${JSON.stringify(lines)}`);
    if (i < lines.length - 1 && NO_END.includes(l.at(-1)!)) out.push(`line ${i + 1} ends with ${l.at(-1)}: ${JSON.stringify(lines)}`);
    if (l !== l.trim()) out.push(`line ${i + 1} has a space at its edge: ${JSON.stringify(l)}`);
  });
  for (const tok of latinTokens(text)) if (!lines.some((l) => l.includes(tok))) out.push(`"${tok}" split: ${JSON.stringify(lines)}`);
  // A line wider than the width is allowed only when it cannot break (one piece alone).
  for (const l of lines)
    if (measure(l, { size }) > width + 1e-9 && wrap(l, { width: measure(l, { size }) - 0.01, size }).length > 1 && l.length > 3)
      out.push(`line too wide: "${l}" ${measure(l, { size }).toFixed(1)} > ${width}`);
  return out;
}

const SENTENCES = [
  ...SAMPLES,
  '得分最高的8个专家处理这个词元，其余的专家这一层不参与计算。',
  '他说：“强化学习（RL）让模型学会了反思。”然后呢？',
  '《DeepSeek-R1技术报告》第2节、第3节；附录A。',
  '模型在MATH-500上得到97.3%的pass@1，比o1-mini高。',
  '共享专家（每个词元都经过）……还有路由专家——共256个。',
  'KV缓存占用显存：约3万字节/词元',
];

describe('Chinese line breaking', () => {
  it('breaks between Han characters and keeps every rule at every width (planted sentences)', () => {
    for (const text of SENTENCES)
      for (let chars = 2; chars <= 24; chars++) {
        const width = chars * 12;
        const lines = wrap(text, { width, size: 12 });
        expect(ruleBreaks(text, lines, width, 12), `${text} @${width}`).toEqual([]);
      }
  });

  it('a break falls between two Han characters where the line is full (no word dictionary)', () => {
    expect(wrap('路由器给每个专家打分', { width: 60, size: 12 })).toEqual(['路由器给每', '个专家打分']);
  });

  it('a closing mark goes down with the character before it, an opening one with the character after', () => {
    // 5 characters fit; the 6th is "，", which may not start a line, so "每，" moves down together.
    expect(wrap('路由器给每，个专家打分', { width: 60, size: 12 })).toEqual(['路由器给', '每，个专家', '打分']);
    // "（" would end line 1: it moves down with "R".
    expect(wrap('强化学习（RL）很重要', { width: 60, size: 12 })[0]).toBe('强化学习');
    expect(wrap('他说：“好”。', { width: 36, size: 12 })).toEqual(['他说：', '“好”。']);
  });

  it('a last line of a lone character (的 under a full line) takes characters from the line before', () => {
    // 9 characters fit at 108 px: greedily the 10th, 的, would stand alone on line 2.
    expect(wrap('它是用强化学习训练的', { width: 108, size: 12 })).toEqual(['它是用强化学习训', '练的']);
    expect(wrap('强化学习了', { width: 48, size: 12 })).toEqual(['强化学', '习了']);
    // Two characters stay where they fell; so does a lone one under a line of three or fewer.
    expect(wrap('它是用强化学习训练的成', { width: 108, size: 12 })).toEqual(['它是用强化学习训练', '的成']);
    expect(wrap('强化学了', { width: 36, size: 12 })).toEqual(['强化学', '了']);
  });

  it('Latin words, numbers and a number with its 万 or 亿 stay whole; spaces break and are dropped', () => {
    expect(wrap('参数共有6710亿个', { width: 72, size: 12 })).toEqual(['参数共有', '6710亿个']);
    expect(wrap('模型DeepSeek-R1很强', { width: 60, size: 12 })).toEqual(['模型', 'DeepSeek-R1', '很强']);
    expect(wrap('AIME 2024 的成绩', { width: 40, size: 12 })).toEqual(['AIME', '2024', '的成绩']);
    expect(wrap('AIME 2024 的成绩', { width: 70, size: 12 })).toEqual(['AIME 2024', '的成绩']);
  });

  it('a number keeps its currency and its measure word; a full-width mark after a Latin word may end a line', () => {
    // 美元 is one unit: never 美 at a line's end with 元 below (seen in the claim check's price step).
    for (let w = 36; w <= 120; w += 6)
      expect(
        wrap('输入每百万词元0.55美元', { width: w, size: 12 }).some((l) => /美$/.test(l)),
        `@${w}`,
      ).toBe(false);
    expect(wrap('约5890亿美元', { width: 60, size: 12 })).toEqual(['约', '5890亿美元']);
    expect(wrap('共有256个路由专家', { width: 50, size: 12 })).toEqual(['共有', '256个路', '由专家']);
    expect(wrap('共有256个', { width: 40, size: 12 })).toEqual(['共有', '256个']);
    // "MATH-500：" is one piece, and the Latin word after the colon starts the next line.
    expect(wrap('MATH-500：Codeforces', { width: 80, size: 12 })).toEqual(['MATH-500：', 'Codeforces']);
    expect(wrap('胜过OpenAI、Claude', { width: 70, size: 12 })).toEqual(['胜过', 'OpenAI、', 'Claude']);
    // A name ending in a digit is not a number: V3 does not take the next character with it.
    expect(wrap('V3报告', { width: 20, size: 12 })).toEqual(['V3', '报', '告']);
  });

  it('the rule check catches a breaker that ignores the rules (planted: cut every 5 characters)', () => {
    const naive = (t: string) => t.match(/.{1,5}/gu)!;
    const text = '路由器给每，个专家MoE打分（R1）。';
    expect(ruleBreaks(text, naive(text), 60, 12).join('\n')).toMatch(/starts with ，[\s\S]*ends with （[\s\S]*"MoE" split/);
  });

  it('without kit/text-zh (an English page) the kit refuses to wrap Chinese rather than wrap it wrong', async () => {
    vi.resetModules();
    const bare = await import('../../src/scenes/kit/text');
    expect(() => bare.wrap('路由器给每个专家打分', { width: 30, size: 12 })).toThrow(/import 'src\/scenes\/kit\/text-zh'/);
    expect(() => bare.fitLine(['路由器给每个专家打分'], { width: 30, size: 12 })).toThrow(/not loaded/);
    expect(bare.wrap('one two three four five', { width: 50, size: 12 })).toEqual(['one two', 'three', 'four five']);
    expect(bare.measure('专家', { size: 10 })).toBe(20);
  });

  it('fitLine cuts Chinese between pieces with an ellipsis', () => {
    const t = fitLine(['得分最高的8个专家处理这个词元，其余不参与'], { width: 100, size: 12 });
    expect(t).toMatch(/…$/);
    expect(measure(t, { size: 12 })).toBeLessThanOrEqual(100);
    expect(t.startsWith('得分最高的8个')).toBe(true);
  });
});
