import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/render/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/vitest-setup.ts', 'tests/setup/fonts.ts'],
    // No test here is about speed; on a loaded 2-core machine a CPU-bound one (the router's
    // balancing run) can pass 5 s, the default, without anything being wrong.
    testTimeout: 30_000,
    // One module graph per worker, not per file: every file passes the same with or without isolation,
    // and re-importing the site's data and scene modules for each of ~60 files was two thirds of the
    // run (76 CPU-s isolated, 30 without, on 2 cores). So a file that fakes timers or stubs globals must
    // restore them after each test (slices and mark-tween do: vi.useRealTimers, vi.unstubAllGlobals).
    isolate: false,
    // d3-timer takes its clock and frame function when it loads. Inlined (run by Vite, not loaded by
    // Node once per worker), it loads anew after vi.resetModules(), so each file that fakes time
    // (mark-tween, scene-player) gives it that file's fake clock.
    server: { deps: { inline: ['d3-timer'] } },
    // The PNG downloads and link-preview cards draw with the subset IBM Plex Sans TTFs (tests/setup/fonts.ts).
  },
});
