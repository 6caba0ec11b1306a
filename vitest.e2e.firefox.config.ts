import { defineConfig } from 'vitest/config';
import { alias, browserRunBounds } from './vitest.e2e.config';

// The Firefox build in firefox-esr (tests/e2e/firefox/), with the Chromium run's bounds so a hung
// Firefox fails a test instead of stalling the run.
export default defineConfig({
  test: { include: ['tests/e2e/firefox/**/*.e2e.ts'], ...browserRunBounds },
  resolve: { alias },
});
