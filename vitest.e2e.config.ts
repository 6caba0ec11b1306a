import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium at a time on a 2-core machine; generous per-test bounds so a hung
// browser fails the test instead of stalling the run (CI also wraps the whole run in `timeout`).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // Firefox has its own run (vitest.e2e.firefox.config.ts).
    exclude: ['tests/e2e/firefox/**'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
});
