import { defineConfig } from 'vitest/config';

// Browser tests: real Debian chromium driven by playwright-core, against the built dist/.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
