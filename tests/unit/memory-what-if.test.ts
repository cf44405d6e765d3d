/**
 * The memory-fit figure's what-if controls: the KV cache computed from the configuration
 * (src/model/memory.ts) as properties over every in-range input, the hand-computed figure at
 * R1's values, and the controls' state in the query string, including the choice controls
 * (a format, a GPU, a context length) that links name by id.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cacheValuesPerLayer, cacheValuesPerToken, kvCacheGB, weightsAt } from '../../src/model/memory';
import { choiceControl } from '../../src/scenes/kit/what-if-choice';
import { clampWhatIf, isR1, parseWhatIf, r1State, serializeWhatIf, type WhatIfSpec, type WhatIfState } from '../../src/scenes/kit/what-if';
import { changeWords, memorySays, memoryWhatIf as spec, setupFor, verdict } from '../../src/scenes/memory-fit/what-if';
import scene from '../../src/scenes/memory-fit';
import { modelConfig } from '../../src/data/raw-model';
import { hardware, memory } from '../../src/data/checks/memory';
import { allFacts } from '../../src/data/fact-registry';
import { HOSTILE_QUERIES } from '../helpers/hostile-queries';
import { embedPath } from '../../src/embed/snippet';
import { textOf } from '../helpers/scene-text';
import { embedSceneInfo } from '../../src/embed/info';

const r1 = r1State(spec);
const en = textOf(scene);
const control = (key: string) => spec.controls.find((c) => c.key === key)!;
const inRange: fc.Arbitrary<WhatIfState> = fc.record(
  Object.fromEntries(spec.controls.map((c) => [c.key, fc.integer({ min: 0, max: (c.max - c.min) / c.step }).map((i) => c.min + i * c.step)])),
);

describe('the KV cache, computed from the configuration', () => {
  it('caches 61 × (512 + 64) numbers per token with MLA, and 61 × 128 × (128 + 64 + 128) with an ordinary cache', () => {
    // By hand, from the V3 report (sec. 2.1.1) and config_671B.json.
    expect(modelConfig).toMatchObject({ n_layers: 61, n_heads: 128, kv_lora_rank: 512, qk_rope_head_dim: 64, qk_nope_head_dim: 128, v_head_dim: 128 });
    expect(cacheValuesPerLayer(modelConfig, 'mla')).toBe(576);
    expect(cacheValuesPerToken(modelConfig, 'mla')).toBe(61 * 576);
    expect(cacheValuesPerLayer(modelConfig, 'mha')).toBe(40_960);
    expect(cacheValuesPerToken(modelConfig, 'mha')).toBe(61 * 40_960);
    // 32K tokens at 2 bytes: 35,136 × 32,768 × 2 bytes = 2,302,672,896 bytes.
    expect(kvCacheGB(61 * 576, 32_768, 1, 2)).toBeCloseTo(2.302672896, 9);
    expect(allFacts['memory.kv-mla-32k']!.value).toBeCloseTo(2.302672896, 9);
    expect(allFacts['memory.kv-mha-32k']!.value).toBeCloseTo((61 * 40_960 * 32_768 * 2) / 1e9, 6);
    expect(allFacts['memory.kv-mla-per-layer']!.value).toBe(576);
  });

  it('is linear in the context length and in the batch, for any in-range input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'mla' | 'mha'>('mla', 'mha'),
        fc.integer({ min: 1, max: 131_072 }),
        fc.integer({ min: 1, max: 128 }),
        fc.integer({ min: 2, max: 16 }),
        (kind, tokens, batch, k) => {
          const per = cacheValuesPerToken(modelConfig, kind);
          const base = kvCacheGB(per, tokens, batch, 2);
          expect(kvCacheGB(per, tokens * k, batch, 2)).toBeCloseTo(base * k, 9);
          expect(kvCacheGB(per, tokens, batch * k, 2)).toBeCloseTo(base * k, 9);
          expect(kvCacheGB(per, tokens, batch, 2)).toBeCloseTo(kvCacheGB(per, 1, 1, 2) * tokens * batch, 9);
        },
      ),
    );
  });

  it('refuses nonsense with a RangeError that names it', () => {
    expect(() => kvCacheGB(576, 0, 1, 2)).toThrow(/context length/);
    expect(() => kvCacheGB(576, 1, 1.5, 2)).toThrow(/batch/);
    expect(() => kvCacheGB(576, 1, 1, Number.NaN)).toThrow(/bytes per cached number/);
    expect(() => cacheValuesPerLayer({ ...modelConfig, kv_lora_rank: -1 }, 'mla')).toThrow(/kv_lora_rank/);
    expect(() => cacheValuesPerToken({ ...modelConfig, n_layers: 0 }, 'mha')).toThrow(/n_layers/);
  });
});

describe('the memory-fit setup under the what-if controls', () => {
  it('starts at R1 as released on the figure’s 8 × H100 server, with the full 128K context and one conversation', () => {
    const s = setupFor(r1);
    expect(s.precision.id).toBe(memory.fullModel.releasedPrecision.value);
    expect(s.gpu.id).toBe('h100');
    expect(s.gpus).toBe(hardware.items.find((h) => h.id === 'server-8x-h100')!.devices!.value);
    expect(s.contextTokens).toBe(128 * 1024);
    expect(s.batch).toBe(1);
    expect(s.weightsGB).toBe(671);
    expect(s.capacityGB).toBe(640);
    expect(s.mla.gb).toBeCloseTo((61 * 576 * 131_072 * 2) / 1e9, 9);
    expect(s.changes).toEqual([]);
    expect(scene.data.setup).toEqual(s);
    expect(scene.whatIf!.dataFor(r1)).toEqual(scene.data);
    expect(memorySays(s, en)).toMatch(
      /^R1 as released, on the figure’s server\. FP8 weights 671 GB \+ KV cache 9\.2 GB for 128K tokens × 1 = 680 GB, on 8 × H100 \(640 GB\): 40\.2 GB over\./,
    );
  });

  it('answers “how much memory does a 32K context add on 8 × H100?” from a link', () => {
    const p = parseWhatIf(spec, '?context=32k');
    expect(p).toEqual({ state: { ...r1, context: control('context').choices!.findIndex((c) => c.id === '32k') }, ignored: [], adjusted: [] });
    const s = setupFor(p.state);
    expect(s.mla.gb).toBeCloseTo(2.302672896, 9);
    expect(changeWords(s, en)).toEqual(['32K context (was 128K)']);
    expect(memorySays(s, en)).toContain('KV cache 2.3 GB for 32K tokens × 1 = 673 GB, on 8 × H100 (640 GB): 33.3 GB over.');
    expect(memorySays(s, en)).toContain('An ordinary multi-head cache would need 164 GB');
    const frame = scene.layout(scene.whatIf!.dataFor(p.state), 'kv-cache', { width: 640, height: 474 }, textOf(scene));
    const texts = frame.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
    expect(texts).toContain('What if… — not R1’s setup here: 32K context (was 128K)');
    expect(texts).toContain('32K tokens of context add 2.3 GB');
    expect(texts).toContain('8 × H100: 640 GB');
    expect(frame.title).toMatch(/^What if… — not R1’s setup here/);
  });

  it('has no NaN or Infinity, and adds the cache to the weights, for every in-range state', () => {
    fc.assert(
      fc.property(inRange, (state) => {
        const s = setupFor(state);
        for (const v of [s.weightsGB, s.mla.gb, s.mha.gb, s.capacityGB]) expect(Number.isFinite(v) && v > 0).toBe(true);
        expect(s.mha.gb).toBeGreaterThan(s.mla.gb);
        expect(s.weightsGB).toBe(weightsAt(671, s.precision.id));
        expect(s.mla.gb).toBeCloseTo(kvCacheGB(61 * 576, s.contextTokens, s.batch, memory.kvCache.bytesPerValue), 9);
        expect(s.capacityGB).toBe(s.gpus * s.gpu.memoryGB);
        expect(s.changes.length === 0).toBe(isR1(spec, state));
        expect(memorySays(s, en)).not.toMatch(/NaN|undefined|Infinity/);
      }),
      { numRuns: 100 },
    );
  });

  it('offers only sourced GPUs from the hardware table, smallest first, with the H200 at its vendor figure', () => {
    const gpus = control('gpu').choices!.map((c) => c.id);
    expect(gpus).toEqual(['rtx-4090', 'h100', 'h200']);
    for (const id of gpus) expect(hardware.items.find((h) => h.id === id)!.source).toBeTruthy();
    expect(hardware.items.find((h) => h.id === 'h200')!.memoryGB).toBe(allFacts['hardware.h200-gb']!.value);
    // The H200 is for the controls only: the figure's machines stay the four it always drew.
    expect(scene.data.hardware.map((h) => h.id)).toEqual(['laptop', 'rtx-4090', 'h100', 'server-8x-h100']);
  });

  it('says fits or over, with the margin', () => {
    expect(verdict(600, 640, en)).toBe('fits, 40 GB to spare');
    expect(verdict(680.5, 640, en)).toBe('40.5 GB over');
  });
});

describe('choice controls in the query string (src/scenes/kit/what-if.ts)', () => {
  it('write the id, read it back, and round-trip every in-range state', () => {
    expect(serializeWhatIf(spec, { ...r1, precision: 0, gpu: 2, gpus: 16, context: 5 })).toBe('?precision=bf16&gpu=h200&gpus=16&context=32k');
    fc.assert(
      fc.property(inRange, (s) => {
        const q = serializeWhatIf(spec, s);
        expect(parseWhatIf(spec, q)).toEqual({ state: s, ignored: [], adjusted: [] });
      }),
    );
  });

  it('ignore anything that is not one of the ids (an index, another case, junk), naming the key only', () => {
    for (const q of ['?precision=0', '?precision=BF16', '?precision=fp16', '?gpu=h100&gpu=h200', '?context=32768', '?context=', '?gpu=%3Cscript%3E']) {
      const p = parseWhatIf(spec, q);
      expect(p.state, q).toEqual(r1);
      expect(p.ignored.length, q).toBe(1);
      expect(p.adjusted, q).toEqual([]);
    }
    for (const q of HOSTILE_QUERIES) {
      const p = parseWhatIf(spec, q);
      expect(clampWhatIf(spec, p.state).state).toEqual(p.state);
    }
  });

  it('are built only from a valid list', () => {
    expect(() => choiceControl('x', 'X', [], 'a')).toThrow(/non-empty list/);
    expect(() => choiceControl('x', 'X', [{ id: 'A', label: 'a' }], 'A')).toThrow(/unique ids/);
    expect(() =>
      choiceControl(
        'x',
        'X',
        [
          { id: 'a', label: 'a' },
          { id: 'a', label: 'b' },
        ],
        'a',
      ),
    ).toThrow(/unique ids/);
    expect(() => choiceControl('x', 'X', [{ id: 'a', label: 'a' }], 'b')).toThrow(/includes the default/);
    const c = choiceControl(
      'x',
      'X',
      [
        { id: 'a', label: 'Aa' },
        { id: 'b', label: 'Bb' },
      ],
      'b',
    );
    expect(c).toMatchObject({ min: 0, max: 1, step: 1, r1: 1 });
    expect(c.show!(0, {}, textOf(scene))).toBe('Aa');
    const one: WhatIfSpec = { controls: [c] };
    expect(parseWhatIf(one, '?x=a').state).toEqual({ x: 0 });
    expect(serializeWhatIf(one, { x: 1 })).toBe('');
  });

  it('travel in the Embed dialog’s link, which never lets them set an embed option', () => {
    expect(embedPath(embedSceneInfo(scene, 'en'), { step: 'kv-cache', whatIf: '?precision=bf16&gpu=rtx-4090&context=32k' })).toBe(
      '/embed/memory-fit/kv-cache/?precision=bf16&gpu=rtx-4090&context=32k',
    );
    expect(embedPath(embedSceneInfo(scene, 'en'), { whatIf: '?theme=dark&controls=off&step=x&gpu=-bad&gpu=<b>' })).toBe('/embed/memory-fit/');
  });
});
