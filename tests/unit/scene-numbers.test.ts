/**
 * Numbers in scene copy come from the data. Two checks, each proved on a planted
 * fault kept in tests/fixtures/copy-numbers/:
 *  1. every quantity a scene shows (titles, descriptions, labels, presenter notes,
 *     table cells, at wide and narrow sizes) is a number some data file or fact
 *     holds, at some scale and rounding; a wrong or stale figure has none;
 *  2. no scene source types a quantity into its copy (a string literal, the fixed part
 *     of a template, or `.replace('15.6%', …)`): a typed number that is right today
 *     does not follow the data tomorrow.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenes, sceneNames } from '../../src/scenes/registry';
import { allFacts } from '../../src/data/fact-registry';
import { NumberPool, quantities, strayNumbers } from '../../src/lib/copy-numbers';
import { frameStrings, literalNumbers, sceneCopy } from '../helpers/scene-copy';
import type { Frame } from '../../src/scenes/contract';

const SIZES = [
  { width: 640, height: 500 },
  { width: 358, height: 420 },
];

const dataFiles = import.meta.glob('../../src/data/**/*.json', { eager: true, import: 'default' });

function poolFor(sceneData: unknown): NumberPool {
  const pool = new NumberPool();
  for (const json of Object.values(dataFiles)) pool.addAll(json);
  for (const f of Object.values(allFacts)) if (typeof f.value === 'number') pool.add(f.value);
  pool.addAll(sceneData);
  return pool;
}

describe('quantities()', () => {
  it('finds quantities and skips names, years and source locators', () => {
    const q = (s: string) => quantities(s).map((x) => x.raw);
    expect(q('R1-Zero went from 15.6% to 71.0% on AIME 2024, close to o1-0912 (pass@1).')).toEqual(['15.6', '71.0']);
    expect(q('671B parameters x 2 bytes (BF16) = 1,342 GB; an 8-GPU server')).toEqual(['671', '1,342', '8']);
    expect(q('R1 paper, Table 6; V3 report sec. 3.1; Figure 3; January 2025; on 27 January 2025')).toEqual([]);
    expect(q('MATH-500, GPT-4o, Qwen2.5-Math-1.5B, an RTX 4090, Codeforces rating 2029')).toEqual(['2029']);
  });
});

describe('numbers in scene copy come from the data', () => {
  for (const name of sceneNames) {
    const scene = scenes[name]!;
    it(`${name}: every quantity in its copy (notes, labels, titles, captions) is a number in the data`, () => {
      const pool = poolFor(scene.data);
      const stray = sceneCopy(scene, SIZES).flatMap((s) => strayNumbers(s.text, pool).map((q) => `${s.where}: "${q.raw}" in …${q.context}…`));
      expect(stray, 'numbers no data file or fact holds (take them from the data, or fix the data)').toEqual([]);
    });
    it(`${name}: its source types no number into its copy`, () => {
      const dir = join('src/scenes', name);
      const found = readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) =>
          literalNumbers(readFileSync(join(dir, f), 'utf8'), f).map((l) => `${dir}/${f}:${l.line}: ${l.found.map((q) => q.raw).join(', ')} in "${l.text}"`),
        );
      expect(found, 'build these numbers from the data or a fact (see src/scenes/kit/facts.ts)').toEqual([]);
    });
  }

  it('catches a planted literal: steps notes with typed numbers and a .replace patch', () => {
    const code = readFileSync('tests/fixtures/copy-numbers/typed-numbers.ts', 'utf8');
    const found = literalNumbers(code).flatMap((l) => l.found.map((q) => q.raw));
    expect(found).toContain('1,342');
    expect(found).toContain('15.6');
    expect(found).not.toContain('2024');
  });

  it('catches a planted stale number in a frame', async () => {
    const { frame } = await import('../fixtures/copy-numbers/stale-frame');
    const pool = poolFor({});
    const stray = frameStrings(frame as Frame, 'fixture').flatMap((s) => strayNumbers(s.text, pool).map((q) => q.raw));
    expect(stray).toEqual(['15.7', '1,343']);
  });
});
