/**
 * Each static check in `npm test` catches its planted fault (tests/fixtures/planted/),
 * naming the file and the rule: a type error (the type checker astro check runs), a
 * sleep-raced end-to-end assertion (our ESLint config), an unused export (knip). The
 * over-budget page is planted in tests/unit/check-budgets.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = resolve(__dirname, '../..');
const planted = join(root, 'tests/fixtures/planted');

describe('planted faults', { timeout: 120_000 }, () => {
  it('a type error: the type checker names the file, line and the error', () => {
    const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
    const file = join(planted, 'type-error.ts');
    // The project's compiler options on the fixture alone (no type packages: it imports nothing).
    const program = ts.createProgram([file], { ...options, noEmit: true, types: [], lib: ['lib.es2022.d.ts'], skipLibCheck: true });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start!);
      return `${d.file!.fileName.replace(root + '/', '')}:${line + 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(errors).toEqual([expect.stringMatching(/^tests\/fixtures\/planted\/type-error\.ts:4: TS2322 Type 'string' is not assignable to type 'number'/)]);
  });

  it('a sleep then an assertion in an e2e test: ESLint names the file, line and rule', async () => {
    // Linted as if it were an e2e spec (the rule's scope), without type information (it needs none).
    const eslint = new ESLint({ cwd: root, overrideConfig: [{ files: ['tests/e2e/**/*.ts'], ...tseslint.configs.disableTypeChecked }] });
    const text = readFileSync(join(planted, 'sleep-raced.spec.ts'), 'utf8');
    const [result] = await eslint.lintText(text, { filePath: join(root, 'tests/e2e/planted-sleep.spec.ts') });
    const found = result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => `${m.line}: ${m.message}`);
    expect(found).toEqual([expect.stringMatching(/^6: No sleeps in e2e tests: wait on an event or a state/)]);
  });

  it('an unused export: knip names the export and its file', () => {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/knip/bin/knip.js'), '--no-progress', '--no-config-hints'], {
      cwd: join(planted, 'knip-project'),
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/Unused exports \(1\)\s+neverImported\s+function\s+src\/util\.ts:5:17/);
  });
});
