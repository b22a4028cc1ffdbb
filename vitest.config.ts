import { defineConfig } from 'vitest/config';

// Unit tests: plain modules and plugins on small fixtures. Tests of the built site (tests/site,
// tests/browser) have their own config and run after the build.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/site/**', 'node_modules/**'],
  },
});
