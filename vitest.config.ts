import { defineConfig } from 'vitest/config';

/** Unit tests: pure code and jsdom, in parallel. */
export default defineConfig({
  test: { include: ['test/unit/**/*.test.ts'], environment: 'node' },
});
