/**
 * The desk's path guard: every path Decap sends must stay inside the
 * repository's content/ folder, as plain names a build on Windows or Linux
 * reads the same way. Strings only: no regular expression is built from input.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative } from 'node:path';
import { formatOfExtension } from '../../../src/lib/check/photo-file.ts';
import { isValidSlug } from '../../../src/lib/text/slug.ts';
import { t } from '../../../src/i18n/zh-CN.ts';
import { DeskError } from './desk-error.ts';

export const CONTENT_FOLDER = 'content';

/** Characters Windows refuses in names, and that no content file needs. */
const RESERVED = '<>:"|?*\\';
/** Names Windows keeps for devices, with or without an extension: a commit holding one breaks checkouts there. */
const DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.[^.]*)?$/i;
/** File systems allow 255 bytes a name; a Chinese character is 3 in UTF-8, and git adds its own suffixes. */
export const MAX_NAME_BYTES = 150;

/** Whether one path component is a name the desk will read or write. */
export function isPlainName(name: string): boolean {
  if (name === '' || name.startsWith('.') || name.endsWith(' ') || name.endsWith('.')) return false;
  if (Buffer.byteLength(name) > MAX_NAME_BYTES || DEVICE.test(name)) return false;
  // Control characters (a newline in a file name would split git's and the clerk's lists), and Windows' reserved ones.
  return ![...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || RESERVED.includes(c));
}

/**
 * `path` (repository-relative, POSIX) normalized, when it lies inside content/
 * (the folder itself too when `folder` is set), also after following symbolic
 * links, and every component is a plain name (no `.git`, no hidden files);
 * otherwise a 422 DeskError.
 */
export function guardPath(repoDir: string, path: unknown, { folder = false } = {}): string {
  if (typeof path !== 'string' || path.includes('\0') || path.includes('\\') || posix.isAbsolute(path)) throw refuse(path);
  const normal = posix.normalize(path).replace(/\/$/, '');
  const inside = normal.startsWith(`${CONTENT_FOLDER}/`) || (folder && normal === CONTENT_FOLDER);
  if (!inside || !normal.split('/').every(isPlainName)) throw refuse(path);
  const content = realpathSync(join(repoDir, CONTENT_FOLDER));
  let existing = join(repoDir, normal);
  while (!existsSync(existing)) existing = dirname(existing);
  const rel = relative(content, realpathSync(existing));
  // Inside content/ by name, outside by a link: say so, the clerk cannot see links.
  if (rel.startsWith('..') || isAbsolute(rel)) throw new DeskError(422, `${t('desk.error.linkOutside')}${normal}`);
  return normal;
}

function refuse(path: unknown): DeskError {
  return new DeskError(422, `${t('desk.error.outside')}${JSON.stringify(String(path))}`);
}

/**
 * A photo's path: in an entry's `images/` folder, with a photo's extension.
 * Uploads and deletions go nowhere else (never onto an article or topics.yaml).
 */
export function guardPhotoPath(repoDir: string, path: unknown): string {
  const normal = guardPath(repoDir, path);
  const parts = normal.split('/');
  if (parts.length < 3 || parts.at(-2) !== 'images' || formatOfExtension(normal) === undefined)
    throw new DeskError(422, `${t('desk.error.notPhoto')}${normal}`);
  return normal;
}

/**
 * An entry's path has its collection's shape — `content/news/<year>/<slug>.md`,
 * `content/honors/<year>/<slug>.md`, `content/communities/<slug>.yaml` — and its
 * file name (without extension) is a URL slug.
 */
export function guardEntryPath(path: string): void {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  const stem = dot === -1 ? name : name.slice(0, dot);
  const ext = dot === -1 ? '' : name.slice(dot + 1);
  const isYear = (s: string | undefined) => s !== undefined && s.length === 4 && [...s].every((c) => c >= '0' && c <= '9');
  const shaped =
    (parts.length === 4 && parts[1] === 'news' && isYear(parts[2]) && (ext === 'md' || ext === 'mdx')) ||
    (parts.length === 4 && parts[1] === 'honors' && isYear(parts[2]) && ext === 'md') ||
    (parts.length === 3 && parts[1] === 'communities' && (ext === 'yaml' || ext === 'yml'));
  if (!shaped) throw new DeskError(422, `${t('desk.error.notEntry')}${path}`);
  if (!isValidSlug(stem)) throw new DeskError(422, `${t('desk.error.badSlug')}${name}`);
}

/** `content/news/2024/a.md` → `content/news/2024/images` */
export function imagesFolderOf(entryPath: string): string {
  return `${entryPath.slice(0, entryPath.lastIndexOf('/'))}/images`;
}
