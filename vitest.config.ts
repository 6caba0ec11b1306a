import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Some finders are checked on pages of ~13,000 elements in happy-dom; a loaded 2-core CI machine
    // needs more than the default 5 s for them. This bounds a hung test; it measures nothing.
    testTimeout: 30_000,
  },
});
