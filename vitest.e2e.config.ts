import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium and Firefox. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: two cores do not run two browsers and the tests steadily.
    fileParallelism: false,
  },
});
