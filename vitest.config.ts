import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/render/**/*.test.ts'],
    environment: 'node',
    // The PNG downloads and link-preview cards draw with the subset IBM Plex Sans TTFs.
    globalSetup: ['tests/setup/fonts.ts'],
  },
});
