import { defineConfig } from 'vitest/config';

// Browser tests: one build of the sample site, served over HTTP, shared by every spec.
// Two spec files run side by side (each with its own Chromium): most of a spec's time is
// the browser's. The few that build a site of their own take turns (runBuild's lock).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
