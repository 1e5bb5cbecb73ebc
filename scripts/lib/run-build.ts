/**
 * Runs the real build pipeline (`scripts/build.ts`) as a child process, one
 * build at a time: for the build and browser tests and for `npm run screenshots`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from '../../src/env.ts';
import { ROOT } from './repo-root.ts';
import { PIPELINE_HEAP_FLAG } from './build/heap.ts';

/** The clock the sample site is built at for the browser tests and the screenshots, so their pages agree. */
export const SITE_NOW = '2026-11-22T12:00:00+08:00';

export interface BuildRun {
  status: number | null;
  output: string;
}

/**
 * The environment a child build, dev server or script gets, as a shell would give it: the
 * test runner's own variables removed (Astro serves nothing under VITEST=true, and Vite's
 * MODE/DEV/PROD/SSR leak into the environment and would change what Astro builds), then `extra`.
 */
const RUNNER_VARIABLES = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

export function cleanChildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(childEnv()).filter(([k]) => !k.startsWith('VITEST') && !RUNNER_VARIABLES.has(k)));
  return { ...env, ...extra };
}

/**
 * Test files running side by side take turns through this lock (util-linux flock) for each
 * whole build. The pipeline itself keeps builds of one checkout apart (a cache per content
 * folder, and `astro build` one at a time); this lock only keeps two whole builds from
 * competing for the machine's two cores.
 */
const BUILD_LOCK = join(tmpdir(), `shequ-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);

/** Runs `npm run build`'s script with the given environment, one build at a time. */
export function runBuild(env: Record<string, string>): BuildRun {
  const run = spawnSync('flock', [BUILD_LOCK, process.execPath, PIPELINE_HEAP_FLAG, 'scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: cleanChildEnv(env),
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** A fresh temporary folder. */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `shequ-${label}-`));
}
