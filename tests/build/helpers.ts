/** Helpers for tests that run the real build pipeline (`scripts/build.ts`). */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;

export interface BuildRun {
  status: number | null;
  output: string;
}

/**
 * The environment a child build or dev server gets: the test runner's own
 * variables removed (Astro serves nothing under VITEST=true, and Vite's
 * MODE/DEV/PROD/SSR leak into process.env and would change what Astro builds).
 */
const RUNNER_VARIABLES = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !RUNNER_VARIABLES.has(k)));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * Builds read and write the project's one Astro cache (node_modules/.astro, whose content
 * store the pages read while they render), so test files running side by side take turns
 * through this lock (util-linux flock) for each whole build.
 */
const BUILD_LOCK = join(tmpdir(), `shequ-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);

/** Runs `npm run build`'s script with the given environment, one build at a time. */
export function runBuild(env: Record<string, string>): BuildRun {
  const run = spawnSync('flock', [BUILD_LOCK, process.execPath, 'scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv(env),
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** A fresh temporary folder. */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `shequ-${label}-`));
}

/** A copy of a fixture folder that a test may change. */
export function copyFixture(name: string): string {
  const dir = tempDir(name);
  cpSync(join(ROOT, 'tests/fixtures', name), dir, { recursive: true });
  return dir;
}

/** Every file under `dir` (following the dist symlink), as relative paths. */
export function listTree(dir: string): string[] {
  const real = realpathSync(dir);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(real, path));
    }
  };
  walk(real);
  return out.sort();
}

/** Relative path → sha256 of every file under `dir`. */
export function treeDigest(dir: string): Map<string, string> {
  const real = realpathSync(dir);
  return new Map(
    listTree(real).map((p) => [
      p,
      createHash('sha256')
        .update(readFileSync(join(real, p)))
        .digest('hex'),
    ]),
  );
}

/** Files under `dir` whose bytes contain `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  const real = realpathSync(dir);
  const bytes = Buffer.from(needle, 'utf8');
  return listTree(real).filter((p) => readFileSync(join(real, p)).includes(bytes));
}

/** Names of files that differ between two tree digests (added, removed or changed). */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => a.get(n) !== b.get(n)).sort();
}
