/** Reading and writing the desk's repository in the JSON shapes decap-server answers with. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../../../src/node/write-atomic.ts';

/** An entry's id as served: what the browser sends back as the version its form was opened on. */
export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** decap-server's entry: the raw text, or `data: null` when the file cannot be read. */
export interface EntryFile {
  data: string | null;
  file: { path: string; label?: string; id: string | null };
}

export function readEntry(repoDir: string, path: string, label?: string): EntryFile {
  const meta = label === undefined ? { path } : { path, label };
  try {
    const bytes = readFileSync(join(repoDir, path));
    return { data: bytes.toString('utf8'), file: { ...meta, id: sha256(bytes) } };
  } catch {
    return { data: null, file: { ...meta, id: null } };
  }
}

/** decap-server's media file: the bytes as base64. */
export interface MediaFile {
  id: string;
  content: string;
  encoding: 'base64';
  path: string;
  name: string;
}

export function readMedia(repoDir: string, path: string): MediaFile {
  const bytes = readFileSync(join(repoDir, path));
  return { id: sha256(bytes), content: bytes.toString('base64'), encoding: 'base64', path, name: basename(path) };
}

/** Repository-relative paths of files under `folder` ending in `extension`, `depth` folders deep (decap-server's listRepoFiles). */
export function listFolder(repoDir: string, folder: string, extension: string, depth: number): string[] {
  if (depth <= 0) return [];
  let entries;
  try {
    entries = readdirSync(join(repoDir, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => {
      const path = `${folder}/${e.name}`;
      if (e.isDirectory()) return listFolder(repoDir, path, extension, depth - 1);
      return e.isFile() && path.endsWith(extension) ? [path] : [];
    })
    .sort();
}

/** The file's text, or undefined when it does not exist. */
export function readText(repoDir: string, path: string): string | undefined {
  try {
    return readFileSync(join(repoDir, path), 'utf8');
  } catch {
    return undefined;
  }
}

/** The file's bytes, or undefined when it does not exist. */
export function readBytes(repoDir: string, path: string): Buffer | undefined {
  try {
    return readFileSync(join(repoDir, path));
  } catch {
    return undefined;
  }
}

/** Names in a repository folder ([] when it does not exist). */
export function namesIn(repoDir: string, folder: string): string[] {
  try {
    return readdirSync(join(repoDir, folder));
  } catch {
    return [];
  }
}

/**
 * Writes through a temporary file and a rename, so the build never reads half a
 * file, and never through a symbolic link anywhere below the repository.
 */
export function writeAtomic(repoDir: string, path: string, content: string | Uint8Array): void {
  writeFileAtomic(join(repoDir, path), content, { root: repoDir });
}
