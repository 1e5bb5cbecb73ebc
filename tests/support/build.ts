/**
 * Helpers for tests that run the real build pipeline: the runner itself lives in
 * scripts/lib (screenshots use it too) and is re-exported here so a test has one import.
 */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../../scripts/lib/repo-root.ts';
import { tempDir } from '../../scripts/lib/run-build.ts';

export { ROOT } from '../../scripts/lib/repo-root.ts';
export { cleanChildEnv, runBuild, SITE_NOW, tempDir, type BuildRun } from '../../scripts/lib/run-build.ts';

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
