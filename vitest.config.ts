import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/render/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/vitest-setup.ts', 'tests/setup/fonts.ts'],
    // No test here is about speed; on a loaded 2-core machine a CPU-bound one (the router's
    // balancing run) can pass 5 s, the default, without anything being wrong.
    testTimeout: 30_000,
    // The PNG downloads and link-preview cards draw with the subset IBM Plex Sans TTFs (tests/setup/fonts.ts).
  },
});
