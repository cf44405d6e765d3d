/**
 * The what-if controls: the query-string state (parse, clamp, serialize) and the model
 * functions the active-parameters controls drive, as properties over every in-range input
 * (fast-check) plus the cases a reader or a hostile link can produce.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampWhatIf, isR1, parseWhatIf, r1State, serializeWhatIf, type WhatIfState } from '../../src/scenes/kit/what-if';
import { activeParamsWhatIf as spec, configFor, whatIfSays } from '../../src/scenes/active-parameters/what-if';
import scene from '../../src/scenes/active-parameters';
import { modelConfig, modelConfigData } from '../../src/data/raw-model';
import { BYTES_PER_PARAM, countParameters } from '../../src/model/parameters';
import { HOSTILE_QUERIES } from '../helpers/hostile-queries';
import costScene from '../../src/scenes/cost';
import { r1OwnDollars } from '../../src/scenes/cost/what-if';
import { textOf } from '../helpers/scene-text';
import { trainingCostData } from '../../src/data/raw-cost';
import { gpuHoursToDollars, totalGpuHours } from '../../src/model/cost';

const B = 1e9;
const control = (key: string) => spec.controls.find((c) => c.key === key)!;
const r1 = r1State(spec);

/** Any state the controls can hold: each value in range, on its step, top-k never above the experts. */
const inRange: fc.Arbitrary<WhatIfState> = fc
  .record(Object.fromEntries(spec.controls.map((c) => [c.key, fc.integer({ min: 0, max: (c.max - c.min) / c.step }).map((i) => c.min + i * c.step)])))
  .map((s) => ({ ...s, topk: Math.min(s['topk']!, s['experts']!) }));

const countOf = (s: WhatIfState) => countParameters(configFor(s));

describe('what-if state in the query string', () => {
  it("starts at R1's values, read from the configuration", () => {
    expect(r1).toEqual({
      experts: modelConfig.n_routed_experts,
      topk: modelConfig.n_activated_experts,
      shared: modelConfig.n_shared_experts,
      layers: modelConfig.n_layers - modelConfig.n_dense_layers,
      width: modelConfig.moe_inter_dim,
    });
    expect(parseWhatIf(spec, '')).toEqual({ state: r1, ignored: [], adjusted: [] });
    expect(serializeWhatIf(spec, r1)).toBe('');
    expect(isR1(spec, r1)).toBe(true);
  });

  it('round-trips every in-range state, writing only what differs from R1', () => {
    fc.assert(
      fc.property(inRange, (s) => {
        const q = serializeWhatIf(spec, s);
        expect(parseWhatIf(spec, q)).toEqual({ state: s, ignored: [], adjusted: [] });
        const keys = [...new URLSearchParams(q).keys()];
        expect(keys).toEqual(spec.controls.filter((c) => s[c.key] !== c.r1).map((c) => c.key));
        expect(isR1(spec, s)).toBe(q === '');
      }),
    );
  });

  it('keeps other keys (embed options) and replaces its own', () => {
    expect(serializeWhatIf(spec, { ...r1, topk: 4 }, '?theme=dark&topk=9&controls=0')).toBe('?theme=dark&controls=0&topk=4');
    expect(serializeWhatIf(spec, r1, '?theme=dark&topk=9')).toBe('?theme=dark');
  });

  it('clamps every out-of-range whole number into range and onto its step, and reports the key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...spec.controls), fc.integer({ min: -999_999_999, max: 999_999_999 }), (c, v) => {
        const { state, ignored, adjusted } = parseWhatIf(spec, `?${c.key}=${v}`);
        expect(ignored).toEqual([]);
        expect(state[c.key]).toBeGreaterThanOrEqual(c.min);
        expect(state[c.key]).toBeLessThanOrEqual(c.max);
        expect((state[c.key]! - c.min) % c.step).toBe(0);
        const fits = v >= c.min && v <= c.max && (v - c.min) % c.step === 0;
        const movedByRule = c.key === 'topk' && state['topk'] !== Math.min(v, 32);
        if (!fits) expect(adjusted).toContain(c.key);
        if (fits && !movedByRule) expect(adjusted).toEqual([]);
      }),
    );
    expect(parseWhatIf(spec, '?experts=9999').state['experts']).toBe(512);
    // Ten digits and more are not a setting anyone meant: ignored, like any junk.
    expect(parseWhatIf(spec, '?experts=1000000000')).toEqual({ state: r1, ignored: ['experts'], adjusted: [] });
    expect(parseWhatIf(spec, '?experts=3').state['experts']).toBe(16);
    expect(parseWhatIf(spec, '?experts=100').state['experts']).toBe(104); // not a multiple of the 8 groups: the nearest step up from 16
  });

  it('never lets top-k exceed the routed experts, and says it moved top-k', () => {
    expect(parseWhatIf(spec, '?experts=16&topk=32')).toEqual({ state: { ...r1, experts: 16, topk: 16 }, ignored: [], adjusted: ['topk'] });
    expect(clampWhatIf(spec, { ...r1, experts: 24, topk: 30 }).state['topk']).toBe(24);
  });

  it("falls back to R1's value for junk, naming the key and never the value", () => {
    for (const q of ['?topk=abc', '?topk=4.5', '?topk=1e3', '?topk=', '?topk=4&topk=5', '?topk=%00', `?topk=${'9'.repeat(40)}`, '?topk=０４']) {
      const p = parseWhatIf(spec, q);
      expect(p.state, q).toEqual(r1);
      expect(p.ignored, q).toEqual(['topk']);
    }
    for (const q of HOSTILE_QUERIES) {
      const p = parseWhatIf(spec, q);
      for (const c of spec.controls) expect(Number.isInteger(p.state[c.key]), `${q} ${c.key}`).toBe(true);
      for (const k of [...p.ignored, ...p.adjusted]) expect(spec.controls.map((c) => c.key)).toContain(k);
    }
  });
});

describe('the model under the what-if controls (src/model/parameters.ts)', () => {
  it("equals R1's computed and published figures at R1's values", () => {
    const data = scene.whatIf!.dataFor(r1);
    expect(data).toEqual(scene.data);
    expect(data.changes).toEqual([]);
    expect(Math.abs(data.count.total - modelConfigData.published.totalParamsB.value * B) / (671 * B)).toBeLessThan(0.005);
    expect(Math.abs(data.count.active - modelConfigData.published.activeParamsPreciseB.value * B) / (36.7 * B)).toBeLessThan(0.03);
    expect(whatIfSays(data, textOf(scene))).toMatch(/^R1’s own shape\. 671\.0 billion parameters stored, 37\.\d billion used per token/);
  });

  it('has no NaN or Infinity anywhere, and active ≤ total, for every in-range state', () => {
    fc.assert(
      fc.property(inRange, (s) => {
        const d = scene.whatIf!.dataFor(s);
        const numbers = [d.count.total, d.count.active, ...Object.values(d.memory), ...d.display.flatMap((p) => [p.total, p.active])];
        for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
        expect(d.count.active).toBeLessThanOrEqual(d.count.total);
        expect(d.count.active).toBeGreaterThan(0);
        expect(d.memory.fp8GB).toBeCloseTo((d.count.total * BYTES_PER_PARAM.fp8) / B, 6);
        expect(d.memory.bf16GB).toBeCloseTo((d.count.total * BYTES_PER_PARAM.bf16) / B, 6);
        expect(d.experts).toHaveLength(s['topk']!);
        for (const e of d.experts) expect(e).toBeLessThan(s['experts']!);
        expect(whatIfSays(d, textOf(scene))).not.toMatch(/NaN|undefined|Infinity/);
        expect(whatIfSays(d, textOf(scene, 'zh'))).not.toMatch(/NaN|undefined|Infinity/);
        expect(d.changes.length === 0).toBe(isR1(spec, s));
      }),
      { numRuns: 60 },
    );
  });

  it('grows as it should: more experts add stored parameters (and a little router); top-k adds active ones only', () => {
    fc.assert(
      fc.property(inRange, (s) => {
        const c = countOf(s);
        if (s['experts']! < control('experts').max) {
          const more = countOf({ ...s, experts: s['experts']! + 8 });
          expect(more.total).toBeGreaterThan(c.total);
          expect(more.active).toBeGreaterThanOrEqual(c.active);
          expect(more.active - c.active).toBe(8 * (modelConfig.dim + 1) * s['layers']!); // only the router's rows
        }
        if (s['topk']! < Math.min(32, s['experts']!)) {
          const more = countOf({ ...s, topk: s['topk']! + 1 });
          expect(more.total).toBe(c.total);
          expect(more.active - c.active).toBe(3 * modelConfig.dim * s['width']! * s['layers']!); // one expert per MoE layer
        }
        for (const key of ['shared', 'layers', 'width'] as const) {
          const ctl = control(key);
          if (s[key]! + ctl.step > ctl.max) continue;
          const more = countOf({ ...s, [key]: s[key]! + ctl.step });
          expect(more.total, key).toBeGreaterThan(c.total);
          expect(more.active, key).toBeGreaterThan(c.active);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('the GPU-hour price under the cost figure (src/model/cost.ts)', () => {
  const cw = costScene.whatIf!;
  const rates = fc.integer({ min: 0, max: 38 }).map((i) => 0.5 + i * 0.25);
  const v3Hours = totalGpuHours(trainingCostData.stages);
  it("is the report's $2 by default: the published $5.576M and ~$294K", () => {
    expect(r1State(cw.spec)).toEqual({ rate: trainingCostData.dollarsPerGpuHour.value });
    const d = cw.dataFor(r1State(cw.spec));
    expect(d).toBe(costScene.data);
    expect(gpuHoursToDollars(v3Hours, d.run.dollarsPerGpuHour.value)).toBe(5_576_000);
    expect(r1OwnDollars(d)).toEqual({ dollars: trainingCostData.r1OwnTraining.reportedCost.value, reported: true });
    expect(cw.says(d, textOf(costScene))).toMatch(/^The reported figures.*V3’s final run \$5\.576M; R1’s own training about \$294K\. Still left out: /);
  });
  it('prices both trainings linearly in the rate, never NaN, and says what is left out', () => {
    fc.assert(
      fc.property(rates, (rate) => {
        const d = cw.dataFor({ rate });
        const own = r1OwnDollars(d);
        expect(gpuHoursToDollars(v3Hours, d.run.dollarsPerGpuHour.value)).toBeCloseTo(v3Hours * rate, 6);
        if (rate !== 2) expect(own.dollars).toBeCloseTo(147_336 * rate, 6); // 512 GPUs × (198 + 80) h + 5,000 GPU-hours, as reported
        const words = cw.says(d, textOf(costScene));
        expect(words).not.toMatch(/NaN|undefined|Infinity/);
        for (const e of trainingCostData.excluded.filter((x) => x.id !== 'r1-rl')) expect(words).toContain(e.label.slice(1));
        if (rate !== 2) expect(words).toContain(`What if… — not the report’s $2: at $${rate.toFixed(2)} per GPU-hour`);
      }),
    );
    // R1's own GPU-hours at $2 give the reported total, to within its rounding.
    expect(Math.abs((r1OwnDollars(cw.dataFor({ rate: 2.25 })).dollars / 2.25) * 2 - 294_000) / 294_000).toBeLessThan(0.01);
  });
  it('reads a price with up to two decimals, puts it on a 25-cent step in range, and ignores junk', () => {
    expect(parseWhatIf(cw.spec, '?rate=3')).toEqual({ state: { rate: 3 }, ignored: [], adjusted: [] });
    expect(parseWhatIf(cw.spec, '?rate=2.5')).toEqual({ state: { rate: 2.5 }, ignored: [], adjusted: [] });
    expect(parseWhatIf(cw.spec, '?rate=2.1')).toEqual({ state: { rate: 2 }, ignored: [], adjusted: ['rate'] });
    expect(parseWhatIf(cw.spec, '?rate=99')).toEqual({ state: { rate: 10 }, ignored: [], adjusted: ['rate'] });
    expect(parseWhatIf(cw.spec, '?rate=0')).toEqual({ state: { rate: 0.5 }, ignored: [], adjusted: ['rate'] });
    for (const q of ['?rate=2.333', '?rate=$3', '?rate=3,5', '?rate=1e1', '?rate=.5', '?rate=3&rate=4'])
      expect(parseWhatIf(cw.spec, q), q).toEqual({ state: { rate: 2 }, ignored: ['rate'], adjusted: [] });
    expect(serializeWhatIf(cw.spec, { rate: 3.25 })).toBe('?rate=3.25');
    expect(serializeWhatIf(cw.spec, { rate: 2 })).toBe('');
  });
});
