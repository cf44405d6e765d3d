/**
 * Layout checks specific to the two Mixture-of-Experts scenes (moe-routing and
 * active-parameters): what each step must show, beyond the generic scene contract.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measure } from '../../src/scenes/kit/text';
import { initialData, sizeFor, type Frame, type Mark, type RectMark, type TextMark } from '../../src/scenes/contract';
import { createRouter, simulateBalancing, summariseBalancing, groupOf, route, tokenAffinities } from '../../src/model/router';
import moeRouting, { dataForSentence, DEFAULT_SENTENCE } from '../../src/scenes/moe-routing/index';
import activeParameters from '../../src/scenes/active-parameters/index';
import { router as sceneRouter, MAX_TOKENS } from '../../src/scenes/moe-routing/data';
import { textOf } from '../helpers/scene-text';
import { frameOf, sceneText, sceneWords } from '../../src/scenes/words';

const WIDE = { width: 640, height: 435 };
const NARROW = { width: 360, height: 414 };

const rects = (f: Frame) => f.marks.filter((m): m is RectMark => m.kind === 'rect');
const texts = (f: Frame) => f.marks.filter((m): m is TextMark => m.kind === 'text');
const byKey = (f: Frame, key: string) => f.marks.find((m) => m.key === key);
const expertRects = (f: Frame) => rects(f).filter((m) => /^expert:\d+$/.test(m.key));
const expertId = (m: Mark) => Number(m.key.split(':')[1]);

describe('moe-routing: the precomputed balancing run', () => {
  it('src/data/generated/balancing.json is exactly what the router computes (regenerate with `npm run data`)', () => {
    const r = createRouter({ ...sceneRouter.settings });
    const summary = summariseBalancing(r, simulateBalancing(r));
    const stored = readFileSync(new URL('../../src/data/generated/balancing.json', import.meta.url), 'utf8');
    expect(stored, 'src/data/generated/balancing.json is stale: run `npm run data` and commit the file').toBe(JSON.stringify(summary));
  });
});

describe('moe-routing layout', () => {
  const data = moeRouting.data;

  it('draws one mark per expert, never one per token x expert, and stays under 1,500 marks', () => {
    for (const step of moeRouting.steps) {
      for (const size of [WIDE, NARROW]) {
        const f = moeRouting.layout(data, step.id, size, textOf(moeRouting));
        expect(expertRects(f), step.id).toHaveLength(256);
        expect(f.marks.length, step.id).toBeLessThan(1500);
      }
    }
  });

  it('step top-8 highlights exactly 8 routed experts plus the shared one', () => {
    for (const size of [WIDE, NARROW]) {
      const f = moeRouting.layout(data, 'top-8', size, textOf(moeRouting));
      const chosen = expertRects(f).filter((m) => m.className?.includes('is-chosen'));
      expect(chosen).toHaveLength(8);
      expect(chosen.map(expertId).sort((a, b) => a - b)).toEqual([...data.route.experts].sort((a, b) => a - b));
      expect(f.marks.filter((m) => m.key.startsWith('ring:'))).toHaveLength(8);
      const shared = byKey(f, 'shared') as RectMark;
      expect(shared.className).toContain('is-on');
      // The chosen ones are fully visible; the others are faded.
      for (const m of expertRects(f)) expect(m.opacity ?? 1, m.key).toBe(chosen.includes(m) ? 1 : (m.opacity as number));
      expect(expertRects(f).filter((m) => (m.opacity ?? 1) === 1)).toHaveLength(8);
    }
  });

  it('the chosen experts sit in at most 4 groups, all of them kept', () => {
    const f = moeRouting.layout(data, 'groups', WIDE, textOf(moeRouting));
    const kept = texts(f).filter((t) => t.key.endsWith(':score') && t.text.includes('✓'));
    expect(kept).toHaveLength(4);
    const keptGroups = kept.map((t) => Number(t.key.split(':')[1])).sort();
    expect(keptGroups).toEqual([...data.route.keptGroups].sort());
    for (const e of data.route.experts) expect(keptGroups).toContain(groupOf(sceneRouter, e));
    // Dropped groups' experts are faded.
    for (const m of expertRects(f)) {
      const grp = Math.floor(expertId(m) / 32);
      expect(m.opacity ?? 1, m.key).toBe(keptGroups.includes(grp) ? 1 : 0.22);
    }
    // Exactly two experts per group are outlined: the two that make up the group score.
    expect(expertRects(f).filter((m) => m.className?.includes('is-top2'))).toHaveLength(16);
  });

  it('gate weights shown add up to 100% and the bars are proportional to them', () => {
    const f = moeRouting.layout(data, 'gate-weights', WIDE, textOf(moeRouting));
    const bars = rects(f).filter((m) => m.key.startsWith('pick:') && m.key.endsWith(':bar'));
    expect(bars).toHaveLength(8);
    const values = texts(f)
      .filter((t) => t.key.startsWith('pick:') && t.key.endsWith(':value'))
      .map((t) => parseFloat(t.text));
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    const ratio = bars.map((b, k) => b.width / data.route.gateWeights[k]!);
    for (const r of ratio) expect(r).toBeCloseTo(ratio[0]!, 0);
    expect(texts(f).find((t) => t.key === 'pick:sum:0')!.text).toContain('100.0%');
  });

  it('shades each expert by its affinity: a better match never gets a lighter shade', () => {
    const f = moeRouting.layout(data, 'affinity', WIDE, textOf(moeRouting));
    const shade = (m: Mark) => Number(/aff-(\d)/.exec(m.className ?? '')![1]);
    const cells = expertRects(f)
      .map((m) => ({ a: data.affinities[expertId(m)]!, s: shade(m) }))
      .sort((x, y) => x.a - y.a);
    for (let k = 1; k < cells.length; k++) expect(cells[k]!.s).toBeGreaterThanOrEqual(cells[k - 1]!.s);
    expect(cells[0]!.s).toBe(0);
    expect(cells[cells.length - 1]!.s).toBe(7);
  });

  it('draws the load bars to one scale: taller for busier experts, same scale in both load steps', () => {
    const b = data.balancing;
    for (const [step, loads] of [
      ['batch', b.firstLoads],
      ['balancing', b.lastLoads],
    ] as const) {
      const f = moeRouting.layout(data, step, WIDE, textOf(moeRouting));
      const bars = expertRects(f);
      const k = bars.map((m) => (loads[expertId(m)]! > 0 ? m.height / loads[expertId(m)]! : null)).filter((x): x is number => x !== null);
      for (const x of k) expect(x).toBeCloseTo(k[0]!, 1);
    }
    const h = (step: string) => Math.max(...expertRects(moeRouting.layout(data, step, WIDE, textOf(moeRouting))).map((m) => m.height));
    expect(h('balancing')).toBeLessThan(h('batch'));
  });

  it('the balancing step shows the spread falling below the unbalanced run', () => {
    const b = data.balancing;
    expect(b.spread[b.batches - 1]!.maxOverMean).toBeLessThan(b.spread[0]!.maxOverMean);
    expect(b.spread[b.batches - 1]!.maxOverMean).toBeLessThan(b.unbalancedSpread[b.batches - 1]!.maxOverMean);
    const f = moeRouting.layout(data, 'balancing', NARROW, textOf(moeRouting));
    expect(f.marks.find((m) => m.key === 'spread:nudged')!.kind).toBe('path');
  });

  it('keeps text at 11px or more on the phone layout', () => {
    for (const step of moeRouting.steps)
      for (const t of texts(moeRouting.layout(data, step.id, NARROW, textOf(moeRouting))))
        expect(t.fontSize ?? 12, `${step.id} ${t.key}`).toBeGreaterThanOrEqual(11);
  });
});

describe('moe-routing dataForSentence', () => {
  it('routes a reader’s sentence with the same router, deterministically', () => {
    const a = dataForSentence('Octopuses have three hearts and blue blood.');
    const b = dataForSentence('Octopuses have three hearts and blue blood.');
    expect(a).toEqual(b);
    expect(a.tokens).toContain('hearts');
    const r = route(sceneRouter, tokenAffinities(sceneRouter, a.tokens[a.focus]!));
    expect(a.route).toEqual(r);
    for (const step of moeRouting.steps)
      expect(JSON.stringify(moeRouting.layout(a, step.id, WIDE, textOf(moeRouting)))).toBe(
        JSON.stringify(moeRouting.layout(b, step.id, WIDE, textOf(moeRouting))),
      );
  });
  it('gives different pictures for different sentences', () => {
    const a = moeRouting.layout(dataForSentence('Volcanoes erupt'), 'top-8', WIDE, textOf(moeRouting));
    const b = moeRouting.layout(dataForSentence('Penguins swim'), 'top-8', WIDE, textOf(moeRouting));
    expect(JSON.stringify(a.marks)).not.toBe(JSON.stringify(b.marks));
  });
  it('caps the sentence at 64 tokens, falls back to the default for an empty one, and honours a focus index', () => {
    expect(dataForSentence('word '.repeat(100)).tokens).toHaveLength(MAX_TOKENS);
    expect(dataForSentence('   ').sentence).toBe(DEFAULT_SENTENCE);
    expect(dataForSentence('the sky is blue', 1).focus).toBe(1);
    expect(dataForSentence('the sky is blue', 99).focus).toBe(3); // out of range: the longest word, "blue"
  });
  it('lays out a long sentence on a phone without leaving the figure', () => {
    const d = dataForSentence('A '.repeat(10) + 'extraordinarily ' + 'long sentence with many many words '.repeat(4));
    for (const step of moeRouting.steps) {
      const f = moeRouting.layout(d, step.id, NARROW, textOf(moeRouting));
      for (const t of texts(f).filter((t) => t.key.startsWith('strip:'))) {
        expect(t.x, t.key).toBeGreaterThanOrEqual(0);
        expect(t.x + measure(t.text, { size: t.fontSize ?? 12, weight: t.fontWeight ?? 400 }), t.key).toBeLessThanOrEqual(NARROW.width);
      }
    }
  });
});

describe('moe-routing every-token step (the whole sentence, token x expert)', () => {
  const long = dataForSentence('word '.repeat(50) + 'and more tokens to route here, some of them quite extraordinary ones');
  it('draws one path per token with exactly topK ticks, all within the kept groups', () => {
    for (const d of [moeRouting.data, long]) {
      for (const size of [WIDE, NARROW]) {
        const f = moeRouting.layout(d, 'every-token', size, textOf(moeRouting));
        const rows = f.marks.filter((m) => /^tok:\d+$/.test(m.key));
        expect(rows).toHaveLength(d.tokens.length);
        for (const r of rows) {
          expect(r.kind).toBe('path');
          const ticks = (r as { d: string }).d.match(/M/g) ?? [];
          expect(ticks, r.key).toHaveLength(d.settings.topK);
        }
        for (const t of d.tokenRoutes) {
          expect(new Set(t.experts.map((e) => groupOf(sceneRouter, e))).size).toBeLessThanOrEqual(d.settings.keptGroups);
        }
      }
    }
  });
  it('stays light with 64 tokens x 256 experts: under 500 marks, one per token row, never one per token x expert', () => {
    expect(long.tokens).toHaveLength(MAX_TOKENS);
    for (const size of [WIDE, NARROW, { width: 320, height: 380 }]) {
      const f = moeRouting.layout(long, 'every-token', size, textOf(moeRouting));
      expect(f.marks.length).toBeLessThan(500);
      for (const m of f.marks) if (m.kind === 'text') expect(m.fontSize ?? 12, m.key).toBeGreaterThanOrEqual(11);
    }
  });
  it('the strip on top counts how many tokens chose each expert', () => {
    const f = moeRouting.layout(moeRouting.data, 'every-token', WIDE, textOf(moeRouting));
    const counts = new Array(256).fill(0);
    for (const t of moeRouting.data.tokenRoutes) for (const e of t.experts) counts[e]++;
    const bars = expertRects(f);
    expect(bars).toHaveLength(256);
    const k = bars.filter((m) => counts[expertId(m)] > 0).map((m) => m.height / counts[expertId(m)]);
    for (const x of k) expect(x).toBeCloseTo(k[0]!, 1);
    for (const m of bars.filter((m) => counts[expertId(m)] === 0)) expect(m.height, m.key).toBe(0);
  });
});

describe('moe-routing reader input', () => {
  it('offers examples and a limit in each language, and dataFor is the pure dataForSentence', () => {
    const input = moeRouting.input!;
    expect(input.maxLength).toBeGreaterThan(0);
    for (const locale of ['en', 'zh'] as const) {
      const examples = sceneWords(moeRouting, locale).input!.examples;
      expect(examples.length).toBeGreaterThanOrEqual(3);
      for (const ex of examples) {
        const d = input.dataFor(ex);
        expect(d).toEqual(dataForSentence(ex));
        expect(d.tokens.length).toBeGreaterThan(0);
        for (const step of moeRouting.steps) moeRouting.layout(d, step.id, NARROW, textOf(moeRouting, locale));
      }
    }
  });
});

describe('the router’s example sentence in each language', () => {
  it('English starts from the module’s own data (DEFAULT_SENTENCE); Chinese from its catalogue’s sentence, routed in two-character tokens', () => {
    const moe = moeRouting;
    expect(initialData(moe, sceneText('moe-routing', 'en'))).toBe(moe.data);
    const zh = initialData(moe, sceneText('moe-routing', 'zh'));
    expect(zh.sentence).toBe(sceneText('moe-routing', 'zh').t('example.sentence'));
    expect(zh.sentence).toMatch(/^\p{Script=Han}/u);
    expect(zh.tokens.filter((t) => /\p{Script=Han}/u.test(t) && [...t].length > 2)).toEqual([]);
    // The page's first frame is drawn from it: a Chinese frame of the every-token step names the Chinese tokens.
    const frame = frameOf(moe, 'every-token', sizeFor(moe, 'wide'), 'zh');
    const words = frame.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
    expect(words).toContain(zh.tokens[0]!);
  });
});

describe('active-parameters follows the same token as moe-routing, in each language', () => {
  it('its catalogue repeats moe-routing’s example sentence; its data names the token moe-routing follows; the Chinese frames name it and no English token', () => {
    expect(sceneText('active-parameters', 'en').t('example.sentence')).toBe(DEFAULT_SENTENCE);
    expect(initialData(activeParameters, sceneText('active-parameters', 'en'))).toBe(activeParameters.data);
    for (const locale of ['en', 'zh'] as const) {
      expect(sceneText('active-parameters', locale).t('example.sentence'), locale).toBe(sceneText('moe-routing', locale).t('example.sentence'));
      const moe = initialData(moeRouting, sceneText('moe-routing', locale));
      const d = initialData(activeParameters, sceneText('active-parameters', locale));
      expect(d.token, locale).toBe(moe.tokens[moe.focus]);
      // And the same experts light up in both figures.
      const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
      expect(sorted(d.experts), locale).toEqual(sorted(moe.route.experts));
    }
    const zh = initialData(activeParameters, sceneText('active-parameters', 'zh'));
    expect(zh.token).toMatch(/^\p{Script=Han}+$/u);
    const frame = frameOf(activeParameters, 'one-token', sizeFor(activeParameters, 'wide'), 'zh');
    const words = frame.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : [])).join(' ') + frame.description + JSON.stringify(frame.table);
    expect(words).toContain(`“${zh.token}”`);
    expect(words).not.toContain(activeParameters.data.token);
  });
  it('a what-if shape keeps the token drawn now', () => {
    const zh = initialData(activeParameters, sceneText('active-parameters', 'zh'));
    const state = Object.fromEntries(activeParameters.whatIf!.spec.controls.map((c) => [c.key, c.min]));
    expect(activeParameters.whatIf!.dataFor(state, zh).token).toBe(zh.token);
  });
});
