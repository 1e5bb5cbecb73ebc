import { defineConfig } from 'vitest/config';

// Build tests run real `npm run build` pipelines, each a few cores' worth of work
// (and tests/build/dev-preview.test.ts shares Astro's default cache), so they run
// one file at a time.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
