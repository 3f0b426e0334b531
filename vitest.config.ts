import { defineConfig } from 'vitest/config';

/** Unit tests: pure code and jsdom, in parallel. */
export default defineConfig({
  // Real pages and the 1,350-paragraph live blog take seconds in jsdom, over the 5 s default on a
  // machine shared with other jobs.
  test: { include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
});
