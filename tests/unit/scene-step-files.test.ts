/**
 * Issue 16: one file per step, and no scene source file over about 300 lines. A scene's
 * steps live in src/scenes/<name>/steps/<id>.ts, gathered by steps/index.ts into `stepsById`
 * (a record keyed by the scene's StepId union, so `tsc` already rejects a missing or misspelled
 * id there); this test checks the rest: the files in steps/ are exactly the scene's step order,
 * and each id in stepsById is the `step` its own file exports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sceneNames, scenes } from '../../src/scenes/registry';

const MAX_LINES = 300;

const stepFiles = import.meta.glob<{ step?: unknown }>('../../src/scenes/*/steps/*.ts', { eager: true });
const indexes = import.meta.glob<{ stepsById?: Record<string, unknown> }>('../../src/scenes/*/steps/index.ts', { eager: true });

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

describe('one file per step', () => {
  for (const name of sceneNames) {
    const ids = scenes[name]!.steps.map((s) => s.id);
    const dir = `src/scenes/${name}/steps`;
    const files = Object.keys(stepFiles)
      .filter((p) => p.startsWith(`../../${dir}/`))
      .map((p) => p.slice(`../../${dir}/`.length, -'.ts'.length))
      .filter((f) => f !== 'index');
    it(`${name}: the files in ${dir}/ are exactly its steps`, () => {
      expect([...files].sort()).toEqual([...ids].sort());
    });
    it(`${name}: steps/index.ts maps each id, in the step order, to the step its own file exports`, () => {
      const byId = indexes[`../../${dir}/index.ts`]?.stepsById;
      expect(byId, `${dir}/index.ts must export stepsById`).toBeDefined();
      expect(Object.keys(byId!)).toEqual(ids);
      for (const id of ids) {
        const own = stepFiles[`../../${dir}/${id}.ts`]?.step;
        expect(own, `${dir}/${id}.ts must export \`step\``).toBeDefined();
        expect(byId![id], `stepsById["${id}"] is not the step exported by ${dir}/${id}.ts`).toBe(own);
      }
    });
  }
});

describe(`no scene source file is over ${MAX_LINES} lines`, () => {
  const files = sourceFiles('src/scenes').map((p) => relative('.', p).split('\\').join('/'));
  const count = (p: string) => readFileSync(p, 'utf8').split('\n').length - 1;

  it('every file is short enough', () => {
    // The walk must see the scenes' files (a wrong root would pass with nothing to check).
    expect(files).toContain('src/scenes/moe-routing/layout.ts');
    const long = files.filter((p) => count(p) > MAX_LINES).map((p) => `${p}: ${count(p)} lines`);
    expect(long, 'split these files (a shared module of the scene, or one file per step)').toEqual([]);
  });
});
