/**
 * Real-browser tests (`npm run test:e2e`): Debian Chromium + playwright-core against the e2e fixture site, built once
 * by test/e2e/global-setup.ts and served on 127.0.0.1. Two test files run at a time, each with its own browser.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    env: { TZ: 'UTC' },
    pool: 'forks',
    maxWorkers: 2,
    // Tests that walk every page (axe, 360 px, no-JS) need minutes on a loaded 2-core machine; a limit, not a
    // timing. KINERJA_E2E_TIMEOUT: longer runs such as the accessibility audit of the real site (npm run audit:a11y).
    testTimeout: Number(process.env.KINERJA_E2E_TIMEOUT ?? 300_000),
    hookTimeout: 60_000,
    // A failing browser test prints its own findings; retrying would only hide flakiness.
    retry: 0,
  },
});
