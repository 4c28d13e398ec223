import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { configDefaults, defineConfig } from 'vitest/config';

/** The longest files (they build, install and spawn processes) start first, so they never end a run alone. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const weight = (file: TestSpecification) => (/packaging\.test|process\.test|deploy\.test/.test(file.moduleId) ? 0 : 1);
    return [...sorted].sort((a, b) => weight(a) - weight(b));
  }
}

/**
 * Three projects. Vitest does not run files in name order, so the Pact consumer tests (which
 * write pacts/) run as group 1, and the provider verification (which reads pacts/) runs in
 * group 2, next to the unit and HTTP tests. Not group 0: vitest moves an isolated single-worker
 * project of group 0 into a "sequential" group that runs after all others.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    env: { PACT_DO_NOT_TRACK: 'true' },
    // several files mostly wait on child processes (npm, tsc, the CLI): more workers than cores pays
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    // the JSON report is what .ci/run counts (one file for all projects)
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/contract/**'],
          // Every test builds its own app, so files can share one module cache: 30 s instead of 80 s.
          pool: 'threads',
          isolate: false,
          setupFiles: ['test/support/stop-children.ts'],
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'pact-consumer',
          include: ['test/contract/consumer/**/*.test.ts'],
          // Pact merges into existing files: remove stale pacts first; one file at a time writes them.
          globalSetup: ['test/contract/consumer/clean-pacts.ts'],
          pool: 'forks',
          isolate: false,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'pact-provider',
          include: ['test/contract/provider/**/*.test.ts'],
          // The pact core is a native library: a process of its own rather than a worker thread.
          pool: 'forks',
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
