import { defineConfig } from 'vitest/config';

// Browser tests: one browser at a time on a 2-core machine; generous per-test bounds so a hung
// browser fails the test instead of stalling the run (CI also wraps the whole run in `timeout`).
// The Firefox run (vitest.e2e.firefox.config.ts) reuses these bounds.
export const browserRunBounds = {
  environment: 'node',
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 60_000,
  teardownTimeout: 20_000,
} as const;

export const alias = { '@': new URL('.', import.meta.url).pathname };

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // Firefox has its own run (vitest.e2e.firefox.config.ts).
    exclude: ['tests/e2e/firefox/**'],
    ...browserRunBounds,
  },
  resolve: { alias },
});
