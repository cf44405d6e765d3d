/**
 * The cost sums: DeepSeek-V3's training run (GPU-hours, dollars, days) and API bills,
 * checked against the shared fact sheet and against hand arithmetic.
 */
import { describe, expect, it } from 'vitest';
import {
  bill,
  clusterDays,
  gpuHoursToDollars,
  percentCheaper,
  priceRatio,
  r1OwnTraining,
  sanitizeUsage,
  timesCheaper,
  totalGpuHours,
} from '../../src/model/cost';
import { pricing, trainingCost } from '../../src/data/checks/cost';
import derived from '../../src/data/derived/cost';
import scene from '../../src/scenes/cost';
import { bills, cents, hoursText, isoDate, price, rateText, runFigures, tokensText, usdMillions, usdThousands, usdWhole } from '../../src/scenes/cost/shared';
import { sizeFor } from '../../src/scenes/contract';
import { untranslated } from '../helpers/latin';
import { breakdownText, compareText } from '../../src/scenes/cost/text';
import { calcText } from '../../src/scenes/cost/calc-words';
import { billFormulaWords } from '../../src/scenes/cost/bill-words';
import type { TextMark } from '../../src/scenes/contract';
import { sharedFacts } from '../helpers/shared-facts';
import { textOf } from '../helpers/scene-text';

const stage = (id: string) => trainingCost.stages.find((s) => s.id === id)!;
const r1 = pricing.models.find((m) => m.id === 'deepseek-r1')!;
const o1 = pricing.models.find((m) => m.id === 'o1')!;

describe('the DeepSeek-V3 training run', () => {
  it('adds three stages to a total, whatever the numbers', () => {
    expect(totalGpuHours([{ gpuHours: 10 }, { gpuHours: 5 }, { gpuHours: 1 }])).toBe(16);
    expect(totalGpuHours([])).toBe(0);
    expect(() => totalGpuHours([{ gpuHours: -1 }])).toThrow(RangeError);
  });

  it('prices GPU-hours and turns them into days on a cluster', () => {
    expect(gpuHoursToDollars(1000, 2)).toBe(2000);
    expect(clusterDays(48, 2)).toBe(1);
    expect(() => clusterDays(10, 0)).toThrow(RangeError);
  });

  it.skipIf(!sharedFacts)('stage GPU-hours in the data equal the fact sheet (thousands of H800 GPU-hours)', () => {
    const t = sharedFacts['2_training'];
    expect(stage('pretraining').gpuHours).toBe(t.gpu_hours_pretraining.value * 1000);
    expect(stage('context-extension').gpuHours).toBe(t.gpu_hours_context_extension.value * 1000);
    expect(stage('post-training').gpuHours).toBe(t.gpu_hours_post_training.value * 1000);
    expect(trainingCost.gpu.count.value).toBe(t.cluster.value);
    expect(trainingCost.r1OwnTraining.reportedCost.value).toBe(t.r1_training_cost_nature_secondary.value);
  });

  it.skipIf(!sharedFacts)('computes the totals the fact sheet gives: 2.788M GPU-hours and $5.576M', () => {
    const t = sharedFacts['2_training'];
    const f = runFigures(trainingCost);
    expect(f.total / 1e6).toBeCloseTo(t.gpu_hours_total.value, 6);
    expect(f.dollars / 1e6).toBeCloseTo(t.cost_usd_total.value, 6);
  });

  it.skipIf(!sharedFacts)('computes 54.2 days of pre-training on 2,048 GPUs, as the fact sheet derives', () => {
    const note: string = sharedFacts['2_training'].pretraining_wall_time.note;
    const days = Number(/= ([\d.]+) days/.exec(note)![1]);
    expect(days).toBe(54.2);
    expect(clusterDays(stage('pretraining').gpuHours, trainingCost.gpu.count.value)).toBeCloseTo(days, 1);
    // The whole run: the fact sheet's 56.7 days of full-cluster time.
    const whole = Number(/= ([\d.]+) days of full-cluster/.exec(note)![1]);
    expect(runFigures(trainingCost).days).toBeCloseTo(whole, 1);
  });
});

describe('API prices and bills', () => {
  it.skipIf(!sharedFacts)('prices equal the fact sheet', () => {
    const p = sharedFacts['5_pricing'];
    expect(r1.inputCacheHit).toBe(p.deepseek_reasoner_input_cache_hit.value);
    expect(r1.inputCacheMiss).toBe(p.deepseek_reasoner_input_cache_miss.value);
    expect(r1.output).toBe(p.deepseek_reasoner_output.value);
    expect(o1.inputCacheMiss).toBe(p.openai_o1_input.value);
    expect(o1.output).toBe(p.openai_o1_output.value);
    expect(p.openai_o1_input.note).toContain(`Cached input $${o1.inputCacheHit.toFixed(2)}`);
  });

  it('every price says when it applied and where it comes from; o1 is marked secondary', () => {
    for (const m of pricing.models) {
      expect(m.date).toMatch(/^2025-01/);
      expect(m.dateLabel.length).toBeGreaterThan(5);
      expect(m.source).toMatch(/^[A-Z0-9_]+$/);
    }
    expect(o1.secondary).toBe(true);
    expect(r1.secondary).toBe(false);
  });

  it.skipIf(!sharedFacts)('R1 is about 96% cheaper per token than o1, as the fact sheet derives (not 85%)', () => {
    const ratios = sharedFacts['5_pricing'].price_ratio_derived.value;
    const inputPct = Number(/\(([\d.]+)% cheaper/.exec(ratios.input_cache_miss_vs_o1_input)![1]);
    const outputPct = Number(/\(([\d.]+)% cheaper/.exec(ratios.output_vs_o1_output)![1]);
    const hitPct = Number(/\(([\d.]+)% cheaper/.exec(ratios.cache_hit_vs_o1_cached)![1]);
    expect(percentCheaper(r1.inputCacheMiss, o1.inputCacheMiss)).toBeCloseTo(inputPct, 1);
    expect(percentCheaper(r1.output, o1.output)).toBeCloseTo(outputPct, 2);
    expect(percentCheaper(r1.inputCacheHit, o1.inputCacheHit)).toBeCloseTo(hitPct, 1);
    expect(Math.round(percentCheaper(r1.output, o1.output))).toBe(96);
    expect(Math.round(timesCheaper(r1.output, o1.output))).toBe(27);
    expect(priceRatio(1, 4)).toBe(0.25);
  });

  it('bills a million tokens in and out at the list prices', () => {
    const b = bill(r1, { inputTokens: 1e6, outputTokens: 1e6, cacheHitShare: 0 });
    expect(b.total).toBeCloseTo(0.55 + 2.19, 10);
    expect(b.inputCacheHit).toBe(0);
    const bo = bill(o1, { inputTokens: 1e6, outputTokens: 1e6, cacheHitShare: 0 });
    expect(bo.total).toBeCloseTo(15 + 60, 10);
  });

  it('splits input between cache hits and misses', () => {
    const b = bill({ inputCacheHit: 1, inputCacheMiss: 4, output: 10 }, { inputTokens: 2e6, outputTokens: 500_000, cacheHitShare: 0.25 });
    expect(b.inputCacheHit).toBeCloseTo(0.5 * 1, 10);
    expect(b.inputCacheMiss).toBeCloseTo(1.5 * 4, 10);
    expect(b.output).toBeCloseTo(0.5 * 10, 10);
    expect(b.total).toBeCloseTo(0.5 + 6 + 5, 10);
  });

  it('refuses impossible usage and cleans up what a reader types', () => {
    expect(() => bill(r1, { inputTokens: -1, outputTokens: 0, cacheHitShare: 0 })).toThrow(RangeError);
    expect(() => bill(r1, { inputTokens: 1, outputTokens: 0, cacheHitShare: 1.5 })).toThrow(RangeError);
    expect(sanitizeUsage({ inputTokens: '', outputTokens: '-5', cacheHitShare: 2 })).toEqual({ inputTokens: 0, outputTokens: 0, cacheHitShare: 1 });
    expect(sanitizeUsage({ inputTokens: '2500', outputTokens: 'abc', cacheHitShare: '0.5' })).toEqual({
      inputTokens: 2500,
      outputTokens: 0,
      cacheHitShare: 0.5,
    });
  });
});

describe('cost scene', () => {
  const size = { width: 640, height: 480 };
  const texts = (data: typeof scene.data, step: string) =>
    scene
      .layout(data, step, size, textOf(scene))
      .marks.filter((m): m is TextMark => m.kind === 'text')
      .map((t) => t.text);

  it('draws the bill for the usage in its data (the calculator inputs), not a fixed example', () => {
    const a = texts(scene.data, 'bill').join(' ');
    expect(a).toContain('$2.74');
    expect(a).toContain('$75.00');
    const mine = { ...scene.data, usage: { inputTokens: 2_000_000, outputTokens: 100_000, cacheHitShare: 0.5 } };
    const b = texts(mine, 'bill').join(' ');
    const expectR1 = 1 * 0.14 + 1 * 0.55 + 0.1 * 2.19;
    expect(b).toContain(`$${expectR1.toFixed(2)}`);
    expect(b).toContain('2,000,000 tokens in (50% from the cache)');
  });

  it('copes with a reader asking for nothing', () => {
    const zero = { ...scene.data, usage: { inputTokens: 0, outputTokens: 0, cacheHitShare: 0 } };
    const f = scene.layout(zero, 'bill', size, textOf(scene));
    expect(f.marks.every((m) => m.kind !== 'rect' || m.width >= 0)).toBe(true);
    expect(compareText(calcText('en'), bills(zero))).toMatch(/Enter some tokens/);
    expect(breakdownText(calcText('en'), bills(zero).r1)).toBe('(nothing to pay)');
  });

  it('cites the Nature paper for R1’s own $294K, read via press reports, and says what the $5.576M leaves out', () => {
    const t = texts(scene.data, 'not-included').join(' ');
    expect(t).toMatch(/Nature paper/);
    expect(t).toMatch(/read via press reports/);
    expect(t).toContain('≈$294K');
    expect(t).toContain('$5.576M');
    for (const e of trainingCost.excluded.filter((x) => x.id !== 'r1-rl')) expect(t).toContain(e.label);
  });

  it('shows prices with their dates, and o1 as secondary', () => {
    const t = texts(scene.data, 'api-prices').join(' ');
    expect(t).toContain('Jan');
    expect(t).toMatch(/secondary/);
    expect(t).toContain('$2.19');
    expect(t).toContain('$60.00');
  });
});

describe('derived cost facts for prose', () => {
  it('are computed, with sources', () => {
    expect(derived['cost.gpu-hours-total']!.value).toBe(runFigures(trainingCost).total / 1e6);
    expect(derived['cost.dollars-total']!.value).toBeCloseTo(5.576, 9);
    expect(derived['cost.pretraining-days']!.value).toBeCloseTo(54.2, 1);
    expect(derived['cost.output-percent-cheaper']!.source).toBe('O1_PRICE');
    for (const f of Object.values(derived)) expect(f.source).toMatch(/^[A-Z0-9_]+$/);
  });
});

describe('bill wording', () => {
  it('writes the sum behind a bill with token counts in millions, without losing zeros', () => {
    const en = textOf(scene);
    const formula = (inputTokens: number, outputTokens: number, cacheHitShare: number) => {
      const u = { inputTokens, outputTokens, cacheHitShare };
      return billFormulaWords(en, r1, u, bill(r1, u));
    };
    expect(formula(2e6, 1e6, 0.5)).toBe(`1M cached × $0.14 + 1M in × $0.55 + 1M out × $2.19 = $${(0.14 + 0.55 + 2.19).toFixed(2)}`);
    expect(formula(250_000, 100_000_000, 0)).toMatch(/^0\.25M in × \$0\.55 \+ 100M out × /);
    expect(formula(0, 12_340_000, 0)).toMatch(/^0M in × \$0\.55 \+ 12\.3M out × /);
  });
});

describe('R1’s own training (Nature paper, Supplementary Information)', () => {
  it('adds GPUs × run hours and the SFT-data GPU-hours, whatever the numbers', () => {
    expect(r1OwnTraining(10, [3, 2], 7, 2)).toEqual({ gpuHours: 57, dollars: 114 });
    expect(r1OwnTraining(1, [], 0, 2)).toEqual({ gpuHours: 0, dollars: 0 });
    expect(() => r1OwnTraining(0, [1], 0, 2)).toThrow(/gpus must be > 0/);
    expect(() => r1OwnTraining(8, [-1], 0, 2)).toThrow(/run hours/);
  });

  it('512 × (198 + 80) + 5,000 = 147,336 GPU-hours ≈ $294.7K, which matches the reported $294K', () => {
    const own = trainingCost.r1OwnTraining;
    const r = r1OwnTraining(
      own.gpu.count.value,
      own.runs.map((x) => x.hours.value),
      own.sftDataGpuHours.value,
      own.dollarsPerGpuHour.value,
    );
    expect(r.gpuHours).toBe(147336);
    expect(r.dollars).toBe(294672);
    expect(Math.abs(r.dollars / own.reportedCost.value - 1)).toBeLessThan(0.01);
    expect(derived['cost.r1-own-gpu-hours']!.value).toBe(147336);
    expect(derived['cost.r1-own-dollars']!.value).toBeCloseTo(294.672, 6);
  });

  it('the 648 GPUs some reports give would make about $370K, so that reading does not fit', () => {
    const own = trainingCost.r1OwnTraining;
    const r = r1OwnTraining(
      own.gpu.countOtherReports.value,
      own.runs.map((x) => x.hours.value),
      own.sftDataGpuHours.value,
      own.dollarsPerGpuHour.value,
    );
    expect(Math.round(r.dollars / 1000)).toBe(370);
    expect(Math.abs(r.dollars / own.reportedCost.value - 1)).toBeGreaterThan(0.2);
  });

  it.skipIf(!sharedFacts)('uses the fact sheet’s figures and cites the Nature article, not the January paper', () => {
    const t = sharedFacts['2_training'].r1_training_cost_nature_secondary;
    const own = trainingCost.r1OwnTraining;
    expect(t.note).toContain(`${own.gpu.count.value} H800 GPUs`);
    expect(t.note).toContain(`about ${own.runs[0]!.hours.value} h`);
    expect(t.note).toContain(`about ${own.runs[1]!.hours.value} h`);
    expect(t.source).toContain('doi:10.1038/s41586-025-09422-z');
    expect(own.source).toBe('NATURE_R1');
    for (const f of Object.values(derived).filter((x) => x.where?.includes('Supplementary'))) expect(f.source).toBe('NATURE_R1');
  });
});

describe('the cost figure in each language', () => {
  const en = textOf(scene);
  const zh = textOf(scene, 'zh');
  it('writes its money and counts as each edition does: $5.576M and 557.6万美元, as the Chinese chapter’s facts', () => {
    expect([usdMillions(en, 5_576_000), usdMillions(zh, 5_576_000), usdMillions(zh, 10_000), usdMillions(zh, 27_880_000)]).toEqual([
      '$5.576M',
      '557.6万美元',
      '1万美元',
      '2788万美元',
    ]);
    expect([usdThousands(en, 294_000), usdThousands(zh, 294_000), usdWhole(en, 294_000), usdWhole(zh, 294_000)]).toEqual([
      '$294K',
      '29.4万美元',
      '$294,000',
      '29.4万美元',
    ]);
    expect([price(en, 2), price(zh, 2), rateText(en, 2.5), rateText(zh, 2.5), price(zh, 3.25, 2)]).toEqual(['$2', '2美元', '$2.50', '2.50美元', '3.25美元']);
    expect([cents(en, 2.74), cents(zh, 2.74), cents(zh, 60), cents(en, 1234), cents(zh, 1234)]).toEqual([
      '$2.74',
      '2.74美元',
      '60.00美元',
      '$1,234',
      '1,234美元',
    ]);
    expect([hoursText(en, 2_788_000, false), hoursText(en, 2_788_000, true), hoursText(en, 119_000, false), hoursText(en, 119_000, true)]).toEqual([
      '2.788 million',
      '2.788M',
      '119,000',
      '119K',
    ]);
    expect([hoursText(zh, 2_788_000, false), hoursText(zh, 119_000, true), hoursText(zh, 5_000, false)]).toEqual(['278.8万', '11.9万', '5,000']);
    expect([tokensText(en, 1e6), tokensText(zh, 1e6), tokensText(zh, 1_234_567), tokensText(zh, 2_500)]).toEqual(['1,000,000', '100万', '123.4567万', '2,500']);
    expect([isoDate(en, '2025-09-17'), isoDate(zh, '2025-09-17')]).toEqual(['2025-09-17', '2025年9月17日']);
  });

  it('names the stages and what is left out as the data does (the English catalogue mirrors src/data/training-cost.json)', () => {
    for (const s of trainingCost.stages) {
      expect(en.t(`stage.${s.id}.label`)).toBe(s.label);
      expect(en.t(`stage.${s.id}.short`)).toBe(s.short);
      expect(en.t(`stage.${s.id}.detail`)).toBe(s.detail);
    }
    for (const e of trainingCost.excluded) {
      expect(en.t(`excluded.${e.id}.label`)).toBe(e.label);
      expect(en.t(`excluded.${e.id}.where`)).toBe(e.where);
      if (e.basis !== 'stated') expect(en.t(`excluded.${e.id}.basis`)).toBe(e.basis);
    }
    for (const m of pricing.models) expect(en.t(`model.${m.id}.dateLabel`)).toBe(m.dateLabel);
  });

  it('speaks Chinese at any what-if price and for any usage: no English left, no NaN', () => {
    const usages = [
      scene.data.usage,
      { inputTokens: 2_000_000, outputTokens: 100_000, cacheHitShare: 0.5 },
      { inputTokens: 0, outputTokens: 0, cacheHitShare: 0 },
    ];
    for (const rate of [0.5, 2, 3.25, 10]) {
      const d0 = scene.whatIf!.dataFor({ rate });
      const says = scene.whatIf!.says(d0, zh);
      expect(untranslated(says), says).toEqual([]);
      expect(scene.whatIf!.spec.controls[0]!.show!(rate, { rate }, zh)).toMatch(/^\d+\.\d\d美元$/);
      for (const usage of usages)
        for (const st of scene.steps)
          for (const v of ['wide', 'narrow'] as const) {
            const f = scene.layout({ ...d0, usage }, st.id, sizeFor(scene, v), zh);
            const words = [
              f.title,
              f.description,
              ...f.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : [])),
              f.table.caption,
              ...f.table.columns,
              ...f.table.rows.flatMap((r) => r.filter((c, j) => typeof c === 'string' && f.table.columns[j] !== '来源') as string[]),
            ];
            expect(
              words.filter((w) => /NaN|undefined|Infinity/.test(w) || untranslated(w).length > 0),
              `${st.id} ${v} at $${rate}`,
            ).toEqual([]);
          }
    }
  });
});
