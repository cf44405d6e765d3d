import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/render/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/vitest-setup.ts'],
  },
});
