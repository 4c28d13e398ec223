import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // the JSON report is what .ci/run counts
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
