/**
 * Writing a file so that no reader (a build, git) ever sees half of it, and
 * never through a symbolic link: a link committed by anyone with push access
 * arrives with the next pull, and following it would write outside the
 * repository (the desk's own pull brings such links to an office computer).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** A write refused because a path component or the target is a link (or not a plain file/folder). */
export class UnsafeWriteError extends Error {
  readonly path: string;

  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.path = path;
  }
}

/**
 * Writes `data` to `path` through a temporary file created exclusively (random
 * name, `wx`: it can never be an existing file or link) beside it, then renamed
 * over `path`. When `root` is given, every folder from `root` down to `path`
 * must be a real folder (missing ones are created one by one) and `path`
 * itself, when present, a plain file. `mode` is the new file's (0600 for secrets).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, { root, mode = 0o644 }: { root?: string; mode?: number } = {}): void {
  const folder = dirname(path);
  if (root === undefined) mkdirSync(folder, { recursive: true });
  else ensureRealFolders(root, folder);
  refuseLink(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode);
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      // A power cut after the rename must not leave an empty file under the real name.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    refuseLink(path);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Throws when `path` exists and is anything but a plain file. */
function refuseLink(path: string): void {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) throw new UnsafeWriteError(path, 'is a symbolic link');
  if (!stat.isFile()) throw new UnsafeWriteError(path, 'is not a plain file');
}

/** Creates `folder` under `root` one level at a time, refusing any level that is a link or a file. */
function ensureRealFolders(root: string, folder: string): void {
  const rel = relative(root, folder);
  if (rel.startsWith('..')) throw new UnsafeWriteError(folder, 'is outside its root');
  let current = root;
  for (const part of rel.split(sep).filter(Boolean)) {
    current = join(current, part);
    let stat;
    try {
      stat = lstatSync(current);
    } catch {
      mkdirSync(current);
      continue;
    }
    if (!stat.isDirectory()) throw new UnsafeWriteError(current, stat.isSymbolicLink() ? 'is a symbolic link' : 'is not a folder');
  }
}
