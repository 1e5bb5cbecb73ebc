import { defineConfig } from 'vitest/config';

// Browser tests: one build of the sample site, served over HTTP, shared by every spec.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
