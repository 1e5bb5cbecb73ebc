/** The desk's path guard: every path Decap sends must stay inside the repository's content/ folder. */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative } from 'node:path';
import { formatOfExtension } from '../../../src/lib/check/photo-file.ts';
import { DESK_TEXT } from './messages.ts';
import { DeskError } from './desk-error.ts';

export const CONTENT_FOLDER = 'content';

/**
 * `path` (repository-relative, POSIX) normalized, when it lies inside content/
 * (the folder itself too when `folder` is set), also after following symbolic
 * links; otherwise a 422 DeskError.
 */
export function guardPath(repoDir: string, path: unknown, { folder = false } = {}): string {
  if (typeof path !== 'string' || path.includes('\0') || path.includes('\\') || posix.isAbsolute(path)) throw refuse(path);
  const normal = posix.normalize(path).replace(/\/$/, '');
  const inside = normal.startsWith(`${CONTENT_FOLDER}/`) || (folder && normal === CONTENT_FOLDER);
  if (!inside || normal.split('/').includes('..')) throw refuse(path);
  const content = realpathSync(join(repoDir, CONTENT_FOLDER));
  let existing = join(repoDir, normal);
  while (!existsSync(existing)) existing = dirname(existing);
  const rel = relative(content, realpathSync(existing));
  if (rel.startsWith('..') || isAbsolute(rel)) throw refuse(path);
  return normal;
}

function refuse(path: unknown): DeskError {
  return new DeskError(422, `${DESK_TEXT.outside}${String(path)}`);
}

/**
 * A photo's path: in an entry's `images/` folder, with a photo's extension.
 * Uploads and deletions go nowhere else (never onto an article or topics.yaml).
 */
export function guardPhotoPath(repoDir: string, path: unknown): string {
  const normal = guardPath(repoDir, path);
  if (!/\/images\/[^/]+$/.test(normal) || formatOfExtension(normal) === undefined) throw new DeskError(422, `${DESK_TEXT.notPhoto}${normal}`);
  return normal;
}
