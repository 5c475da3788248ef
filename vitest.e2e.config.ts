import { defineConfig } from 'vitest/config';

// End-to-end tests: the built test extensions (.output/chrome-mv3-e2e, .output/firefox-mv2-e2e) in
// real headless Chromium and Firefox ESR.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
