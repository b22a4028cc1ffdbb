import { defineConfig } from 'vitest/config';

// Unit tests: plain modules and plugins on small fixtures. Browser tests have their own config.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
  },
});
