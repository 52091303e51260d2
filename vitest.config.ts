import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep file-level parallelism modest so browser and CLI tests do not starve.
    maxWorkers: 2,
  },
});
