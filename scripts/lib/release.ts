/**
 * Atomic publishing. Each build renders into its own folder under `.releases/`;
 * only a build that passed every stage is published, by pointing the `dist`
 * symlink at it with a single rename(2). At every instant `dist` is either the
 * old release or the new one, whole, even if the build is killed mid-way.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
const STAGING_PREFIX = 'staging-';
const RELEASE_PREFIX = 'release-';
/** Releases kept besides the live one, for a quick manual rollback. */
const KEEP_PREVIOUS = 1;

/** Where releases are kept: `.releases/` beside the `dist` link. */
export function releasesDirFor(dist: string): string {
  return join(dirname(dist), '.releases');
}

/** A fresh staging folder; leftovers of killed builds are removed first. */
export function createStaging(dist: string, stamp: string): string {
  const dir = releasesDirFor(dist);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.startsWith(STAGING_PREFIX)) rmSync(join(dir, name), { recursive: true, force: true });
  const staging = join(dir, `${STAGING_PREFIX}${stamp}`);
  mkdirSync(staging);
  return staging;
}

/** Drops a staging folder after a failed stage; `dist` was never touched. */
export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

/** The release folder `dist` points at, if any. */
export function liveRelease(dist: string): string | undefined {
  if (!isSymlink(dist)) return undefined;
  return basename(readlinkSync(dist));
}

/** Makes the staged build the live `dist`, then prunes old releases. */
export function publishStaging(dist: string, staging: string, stamp: string): string {
  const dir = releasesDirFor(dist);
  const release = `${RELEASE_PREFIX}${stamp}`;
  renameSync(staging, join(dir, release));
  if (existsSync(dist) && !isSymlink(dist)) {
    // A plain dist/ from an older setup: keep it as a release so the swap below stays one rename.
    renameSync(dist, join(dir, `${RELEASE_PREFIX}legacy-${stamp}`));
  }
  const link = join(dirname(dist), `.dist-${stamp}`);
  symlinkSync(relative(dirname(dist), join(dir, release)), link);
  renameSync(link, dist);
  prune(dir, release);
  return release;
}

function prune(dir: string, live: string): void {
  const older = readdirSync(dir)
    .filter((name) => name.startsWith(RELEASE_PREFIX) && name !== live)
    .sort()
    .reverse();
  for (const name of older.slice(KEEP_PREVIOUS)) rmSync(join(dir, name), { recursive: true, force: true });
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
