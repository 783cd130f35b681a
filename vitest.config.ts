import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the CLI several times each; on a busy two-core machine one
    // spawn alone can take seconds, and a timeout there says nothing about plansync.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // CI also keeps a machine-readable result, from which .ci/run prints a plain summary line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results.json' }]]
      : ['default'],
  },
});
