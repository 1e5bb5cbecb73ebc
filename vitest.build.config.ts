import { defineConfig } from 'vitest/config';

/**
 * Build tests run real `npm run build` pipelines, each a few cores' worth of work, and
 * `astro dev` (dev-preview) shares Astro's files in the checkout's `.astro/`: the files
 * that build run one at a time (project `builds`). The rest (the desk's server, the
 * editors' commands, the audit) spawn lighter processes: `npm test` runs that project
 * (`commands`) beside the first, also one file at a time. (Vitest runs projects one
 * after the other, so scripts/test.sh starts two runs.)
 */
const BUILDS = [
  'tests/build/build.test.ts',
  'tests/build/dev-preview.test.ts',
  'tests/build/editor-files.test.ts',
  'tests/build/incremental.test.ts',
  'tests/build/photos.test.ts',
  'tests/build/publish.test.ts',
  'tests/build/publisher.test.ts',
  'tests/build/rebuild-touched.test.ts',
  'tests/build/wechat-cli.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 300_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'builds', include: BUILDS, maxWorkers: 1 } },
      { extends: true, test: { name: 'commands', include: ['tests/build/**/*.test.ts'], exclude: BUILDS, maxWorkers: 1 } },
    ],
  },
});
