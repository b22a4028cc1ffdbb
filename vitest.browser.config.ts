import { defineConfig } from 'vitest/config';

// Site tests: the built dist/ — static checks on every page, and real Debian chromium driven by
// playwright-core against nginx serving it with the deploy configuration.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
