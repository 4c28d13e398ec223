import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Every test builds its own app, so files can share one module cache: 30 s instead of 80 s.
    pool: 'threads',
    isolate: false,
    // the JSON report is what .ci/run counts
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
