/**
 * Atomic publishing. Each build renders into its own folder under `.releases/`;
 * only a build that passed every stage is published, by pointing the `dist`
 * symlink at it with a single rename(2). At every instant `dist` is either the
 * old release or the new one, whole, even if the build is killed mid-way.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { t } from '../../../src/i18n/zh-CN.ts';
const STAGING_PREFIX = 'staging-';
const RELEASE_PREFIX = 'release-';
const TRASH_PREFIX = 'trash-';
/** Releases kept besides the live one, for a quick manual rollback. */
const KEEP_PREVIOUS = 1;

/** Where releases are kept: `.releases/` beside the `dist` link. */
export function releasesDirFor(dist: string): string {
  return join(dirname(dist), '.releases');
}

/**
 * One build at a time per site folder, from its start to its last publish (the search
 * index may follow the pages): a second build would reuse the staging folder under the
 * first. A lock left by a killed build (its process is gone) is taken over. Returns the
 * release function.
 */
export function acquireBuildLock(dist: string): () => void {
  const dir = releasesDirFor(dist);
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'build.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch {
      const holder = Number(readFileSync(lock, 'utf8')) || 0;
      if (holder > 0 && isAlive(holder)) throw new Error(t('build.locked', { pid: holder }));
      rmSync(lock, { force: true });
    }
  }
  throw new Error(t('build.noLock', { path: lock }));
}

/**
 * Waits until this process holds `lock` (a file naming its holder's process; a dead
 * holder's is taken over), saying once that it waits. Returns the release function.
 */
export async function waitForLock(lock: string, onWait: () => void): Promise<() => void> {
  mkdirSync(dirname(lock), { recursive: true });
  for (let said = false; ;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let text: string;
    try {
      text = readFileSync(lock, 'utf8');
    } catch {
      continue; // released meanwhile
    }
    // An empty file is a holder that has not written its number yet: alive.
    const holder = Number(text || 'NaN');
    if (Number.isInteger(holder) && holder > 0 && !isAlive(holder)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (!said) onWait();
    said = true;
    await sleep(200);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A fresh staging folder (one per site folder); leftovers of killed builds are removed first. */
export function createStaging(dist: string): string {
  const dir = releasesDirFor(dist);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.startsWith(STAGING_PREFIX)) rmSync(join(dir, name), { recursive: true, force: true });
  const staging = join(dir, `${STAGING_PREFIX}build`);
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

/** The folder of the live release, if `dist` points at one. */
export function liveReleasePath(dist: string): string | undefined {
  const name = liveRelease(dist);
  return name === undefined ? undefined : join(releasesDirFor(dist), name);
}

/**
 * Hard-links a folder of an earlier release into the staged one: releases are
 * never changed once written, so sharing their unchanged files is safe and free.
 */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkFile(source, target);
  }
}

/** One file of an earlier release into the staged one: a hard link, or a copy where links are not possible. */
export function linkFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
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

/**
 * Old releases are renamed out of the way at once and deleted by a detached
 * `rm` (a release is tens of thousands of files: measured 10–28 s with
 * `rmSync` right after a 10,000-article build), so publishing never waits.
 */
function prune(dir: string, live: string): void {
  // Another site whose `dist` link sits in the same folder shares `.releases/`: never prune what any link there serves.
  const served = liveReleases(dirname(dir));
  const older = readdirSync(dir)
    .filter((name) => name.startsWith(RELEASE_PREFIX) && name !== live && !served.has(name))
    .sort()
    .reverse();
  for (const name of older.slice(KEEP_PREVIOUS)) renameSync(join(dir, name), join(dir, `${TRASH_PREFIX}${name}`));
  removeLater(dir);
}

/** Names of the releases that links in `parent` point to (each is a site being served). */
function liveReleases(parent: string): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(parent, { withFileTypes: true })) {
    if (entry.isSymbolicLink()) names.add(basename(readlinkSync(join(parent, entry.name))));
  }
  return names;
}

/** Deletes every trashed folder in `dir` in a detached process (or here, where there is no `rm`). */
function removeLater(dir: string): void {
  const trash = readdirSync(dir)
    .filter((name) => name.startsWith(TRASH_PREFIX))
    .map((name) => join(dir, name));
  if (trash.length === 0) return;
  // At the lowest priority: a resident publisher's next publish may already be running beside it.
  const child = spawn('nice', ['-n', '19', 'rm', '-rf', ...trash], { detached: true, stdio: 'ignore' });
  // No `rm` here (spawn reports that as an event, not by throwing): delete in this process instead.
  child.on('error', () => {
    for (const path of trash) rmSync(path, { recursive: true, force: true });
  });
  child.unref();
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
