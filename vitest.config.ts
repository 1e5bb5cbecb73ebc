import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some unit tests run an editor script in a child process (about 1–2 s); a loaded
    // two-core machine needs more than vitest's 5 s default.
    testTimeout: 20_000,
  },
});
