import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    env: { TZ: 'UTC' },
    // Whole-corpus tests (exports of the real content, the fixture corpus) take seconds alone and far longer on a
    // loaded 2-core CI machine; a time-out is not what these tests check.
    testTimeout: 120_000,
  },
});
