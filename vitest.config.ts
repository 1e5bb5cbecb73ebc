import { defineConfig } from 'vitest/config';

// Unit tests: pure logic, no child processes (those are in the build tier), so files
// run two at a time (vitest's default on two cores is one: cores − 1).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    maxWorkers: 2,
  },
});
