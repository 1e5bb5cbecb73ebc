import { defineConfig } from 'vitest/config';

// Unit tests: pure logic, no child processes (those are in the build tier), so files
// run two at a time (vitest's default on two cores is one: cores − 1) in workers reused
// across files (a fresh worker per file cost ~0.6 s each, a third of the tier).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    maxWorkers: 2,
    isolate: false,
    // The property tests (fast-check) take several seconds each; more on a loaded machine.
    testTimeout: 20_000,
  },
});
