/**
 * Memory sums: weights at each number format, the illustrative allowance, what fits
 * where; checked against the shared fact sheet and hand arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { bestFit, BYTES_PER_PARAM, devicesNeeded, fits, gbToGiB, pooledGB, weightsAt, weightsGB, withAllowance } from '../../src/model/memory';
import { hardware, memory } from '../../src/data/checks/memory';
import { distilled } from '../../src/data/checks/training';
import derived from '../../src/data/derived/memory';
import scene from '../../src/scenes/memory-fit';
import { fitMatrix } from '../../src/scenes/memory-fit/steps/what-fits';
import type { TextMark } from '../../src/scenes/contract';
import { sharedFacts } from '../helpers/shared-facts';
import { textOf } from '../helpers/scene-text';

describe('weights in memory', () => {
  it('is parameters × bytes per parameter, in GB of 10^9 bytes', () => {
    expect(weightsGB(1, 1)).toBe(1);
    expect(weightsGB(7, 2)).toBe(14);
    expect(BYTES_PER_PARAM.bf16 * 8).toBe(16);
    expect(BYTES_PER_PARAM.fp8 * 8).toBe(8);
    expect(BYTES_PER_PARAM.int4 * 8).toBe(4);
    expect(() => weightsGB(0, 1)).toThrow(RangeError);
    expect(() => weightsGB(1, Number.NaN)).toThrow(RangeError);
  });

  it.skipIf(!sharedFacts)('gives the fact sheet’s 671 GB (FP8), 685 GB (FP8 with MTP) and 1.34 TB (BF16) for the full model', () => {
    const m = sharedFacts['6_inference_memory'];
    const params = memory.fullModel.paramsB.value;
    expect(params).toBe(sharedFacts['1_architecture'].total_params.value);
    expect(memory.fullModel.withMtpB.value).toBe(sharedFacts['1_architecture'].hf_listed_size_685B.value);
    expect(weightsAt(params, 'fp8')).toBe(m.weights_fp8_main.value);
    expect(weightsAt(memory.fullModel.withMtpB.value, 'fp8')).toBe(m.weights_fp8_incl_mtp.value);
    expect(weightsAt(params, 'bf16')).toBe(m.weights_bf16_main.value);
    expect(m.weights_bf16_main.note).toContain(`${(weightsAt(params, 'bf16') / 1000).toFixed(2)} TB`);
    expect(weightsAt(params, 'int4')).toBe(335.5);
  });

  it.skipIf(!sharedFacts)('converts to GiB as the fact sheet does (about 625 GiB)', () => {
    const gib = Math.round(gbToGiB(weightsAt(memory.fullModel.paramsB.value, 'fp8')));
    expect(sharedFacts['6_inference_memory'].weights_fp8_main.note).toContain(`About ${gib} GiB`);
  });

  it('adds the allowance as a share, and refuses nonsense', () => {
    expect(withAllowance(100, 0.2)).toBeCloseTo(120, 10);
    expect(withAllowance(100, 0)).toBe(100);
    expect(() => withAllowance(-1, 0.2)).toThrow(RangeError);
    expect(() => withAllowance(1, -0.2)).toThrow(RangeError);
  });
});

describe('what fits where', () => {
  it('pools several GPUs and counts how many are needed', () => {
    expect(pooledGB(8, 80)).toBe(640);
    expect(devicesNeeded(671, 80)).toBe(9);
    expect(devicesNeeded(640, 80)).toBe(8);
    expect(() => pooledGB(0, 80)).toThrow(RangeError);
    expect(fits(80, 80)).toBe(true);
    expect(fits(80.01, 80)).toBe(false);
  });

  it('picks the best format that fits, or none', () => {
    // 70B: BF16 168, FP8 84, 4-bit 42 with +20%.
    expect(bestFit(70, 80, 0.2)).toBe('int4');
    expect(bestFit(70, 640, 0.2)).toBe('bf16');
    // 32B at BF16 + 20% is 76.8 GB: just fits an 80 GB GPU.
    expect(bestFit(32, 80, 0.2)).toBe('bf16');
    expect(bestFit(32, 16, 0.2)).toBeNull();
    // Without an allowance 671B at FP8 (671 GB) still does not fit 640 GB.
    expect(bestFit(671, 640, 0)).toBe('int4');
    expect(bestFit(671, 80, 0.2)).toBeNull();
  });

  it('the 8-GPU server in the data is 8 × the H100’s memory, computed, and the full model at FP8 exceeds it', () => {
    const h100 = hardware.items.find((h) => h.id === 'h100')!;
    const server = hardware.items.find((h) => h.id === 'server-8x-h100')!;
    expect(server.memoryGB).toBeUndefined();
    const serverRow = scene.data.hardware.find((h) => h.id === 'server-8x-h100')!;
    expect(serverRow.memoryGB).toBe(server.devices!.value * h100.memoryGB!);
    expect(weightsAt(memory.fullModel.paramsB.value, 'fp8')).toBeGreaterThan(serverRow.memoryGB);
  });

  it('the matrix covers every model and machine, and bigger machines never fit less', () => {
    const m = fitMatrix(scene.data);
    expect(m).toHaveLength(distilled.models.length + 1);
    const rank = (p: string | null) => (p === 'bf16' ? 3 : p === 'fp8' ? 2 : p === 'int4' ? 1 : 0);
    const order = [...scene.data.hardware].sort((a, b) => a.memoryGB - b.memoryGB).map((h) => h.id);
    for (const row of m) {
      const ranks = order.map((id) => rank(row.cells.find((c) => c.hw.id === id)!.best));
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
  });
});

describe('memory-fit scene', () => {
  const size = { width: 640, height: 480 };
  const texts = (step: string) =>
    scene
      .layout(scene.data, step, size, textOf(scene))
      .marks.filter((m): m is TextMark => m.kind === 'text')
      .map((t) => t.text);

  it('labels the allowance as an illustrative assumption wherever it is drawn', () => {
    for (const step of ['allowance', 'distilled', 'what-fits']) {
      expect(texts(step).join(' '), step).toMatch(/illustrative|assumption/);
    }
    expect(memory.allowance.assumption).toBe(true);
  });

  it('never presents the unverified "800 GB" claim as a figure (axis ticks aside)', () => {
    const words = (step: string) =>
      scene
        .layout(scene.data, step, size, textOf(scene))
        .marks.filter((m): m is TextMark => m.kind === 'text' && m.className !== 'tick-label')
        .map((t) => t.text);
    for (const s of scene.steps) expect(words(s.id).join(' ')).not.toMatch(/800 GB/);
    expect(memory.unverifiedClaims.find((c) => c.id === '800gb-hbm')!.status).toBe('unverified');
  });

  it('shows the hardware sizes with their names', () => {
    const t = texts('hardware').join(' ');
    for (const h of scene.data.hardware) expect(t).toContain(`${h.memoryGB.toLocaleString('en-US')} GB`);
  });
});

describe('derived memory facts for prose', () => {
  it('are computed from the parameter counts, with sources', () => {
    expect(derived['memory.fp8-full']!.value).toBe(671);
    expect(derived['memory.bf16-full']!.value).toBeCloseTo(1.342, 10);
    expect(derived['memory.demo-gpus']!.value).toBe(memory.serving.demoNodes.value * memory.serving.demoGpusPerNode.value);
    for (const f of Object.values(derived)) expect(f.source).toMatch(/^[A-Z0-9_]+$/);
  });
});
