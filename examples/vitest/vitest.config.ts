import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // one simulator per file (beforeAll), a tenant per test: files may run in parallel
    environment: 'node',
  },
});
