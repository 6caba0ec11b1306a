import { defineConfig } from 'vitest/config';

// The Firefox build in firefox-esr (tests/e2e/firefox/): the same bounds as the Chromium run
// (vitest.e2e.config.ts), so a hung Firefox fails a test instead of stalling the run.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
});
