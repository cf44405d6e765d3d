// ESLint: rules that catch bugs, not style (Prettier owns the layout). Type-aware
// typescript-eslint rules are on for the TypeScript sources, because the bugs worth a
// linter here (a promise nobody awaits, a switch that misses a case) need type information.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default defineConfig(
  globalIgnores([
    'dist/**',
    'dist-subpath/**',
    '.astro/**',
    '.cache/**',
    'test-results/**',
    'playwright-report/**',
    'bench-results/**',
    'screenshots/**',
    // Planted faults: linted on purpose, one at a time, by tests/unit/static-checks.test.ts.
    'tests/fixtures/planted/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Browser code, Node scripts and tests share the repository; TypeScript checks
    // undefined names in .ts files, so these globals matter for the .mjs/.js files.
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise whose rejection nobody sees, a promise used as a condition, awaiting a non-promise.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      // A switch over a union that forgets a member (a new mark kind, a new step) falls through silently.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-undef': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read JSON and foreign shapes; `any` there does not reach the site.
      '@typescript-eslint/no-explicit-any': 'off',
      // Playwright fixtures with no dependencies are written `async ({}, use) => …`.
      'no-empty-pattern': 'off',
    },
  },
  {
    // A sleep followed by a check that nothing changed also passes when the handler is
    // merely slow. Wait on an event or a state instead.
    files: ['tests/e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitForTimeout']",
          message: 'No sleeps in e2e tests: wait on an event or a state (expect(…).toHaveAttribute, expect.poll, page.waitForFunction).',
        },
        {
          selector: "NewExpression[callee.name='Promise'] > ArrowFunctionExpression > CallExpression[callee.name='setTimeout']",
          message: 'No sleeps in e2e tests: wait on an event or a state (expect(…).toHaveAttribute, expect.poll, page.waitForFunction).',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
