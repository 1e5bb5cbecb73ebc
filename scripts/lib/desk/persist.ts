/**
 * Decap's persistEntry, the desk's way: merge into the original bytes, name
 * the uploaded photos, check with content:check's own rules, and only then
 * write, commit in the clerk's name and push. Nothing is written when the
 * check finds an error.
 */
import { readFrontmatter } from '../../../src/lib/frontmatter.ts';
import { keyOrderFor, mergeRaw, rawKindOf } from '../../../src/lib/desk/merge-raw.ts';
import { nameUploads, type Upload } from '../../../src/lib/desk/upload-names.ts';
import { replaceReference } from '../../../src/lib/photo-names.ts';
import { checkSave, collectionOf, type PendingFile } from '../../../src/node/desk-check.ts';
import { DeskError } from './desk-error.ts';
import { namesIn, readBytes, readText, writeAtomic } from './files.ts';
import { commitFiles, discardChanges, GitError, pushBranch, syncClone, unpushed } from './git.ts';
import { commitMessage, DESK_TEXT, entryName } from './messages.ts';
import { guardPath, guardPhotoPath } from './paths.ts';

/** What every write shares: the repository, its branch, and the photos renamed so far. */
export interface DeskRepo {
  repoDir: string;
  branch: string;
  now: () => Date;
  /** Per entry, the upload names its photos were renamed from: Decap's open form still uses them. */
  renamed: Map<string, Map<string, string>>;
}

interface DataFile {
  path: string;
  raw: string;
  newPath?: string;
}

/** Decap sends uploads as base64. */
interface Asset {
  path: string;
  content: string;
}

const CONTENT = 'content/';

export async function persistEntry(repo: DeskRepo, params: Record<string, unknown>, clerk: string): Promise<{ message: string }> {
  const { repoDir } = repo;
  await sync(repo);
  const dataFiles = readDataFiles(repoDir, params);
  const assets = Array.isArray(params['assets']) ? (params['assets'] as Asset[]) : [];
  let uploads: Upload[] = assets
    .map((a) => ({ path: guardPhotoPath(repoDir, a.path), bytes: Buffer.from(String(a.content), 'base64') }))
    // A photo Decap sends again unchanged is no upload.
    .filter((u) => !readBytes(repoDir, u.path)?.equals(u.bytes));

  const files: PendingFile[] = [];
  const renames: [string, { from: string; to: string }[]][] = [];
  let isNew = false;
  for (const file of dataFiles) {
    const original = readText(repoDir, file.path);
    // Decap asks before creating, but two clerks may pick one name: never overwrite an article with a new one.
    if (original !== undefined && (params['options'] as { newEntry?: unknown } | undefined)?.newEntry === true) throw new DeskError(422, `${DESK_TEXT.exists}${file.path}`);
    isNew ||= original === undefined;
    const rel = file.path.slice(CONTENT.length);
    let text = mergeRaw(original, withKnownRenames(repo, file.path, file.raw, uploads), { kind: rawKindOf(rel), keyOrder: keyOrderFor(rel) });
    const named = nameUploads(file.path, text, uploads, namesIn(repoDir, imagesFolder(file.path)));
    text = named.text;
    uploads = named.uploads;
    renames.push([file.path, named.renames]);
    if (text !== original) files.push({ path: file.path, text });
  }

  if (files.length === 0 && uploads.length === 0) {
    if (await unpushed(repoDir, repo.branch)) await push(repo);
    return { message: 'entry persisted' };
  }
  const { errors } = checkSave(repoDir, files, uploads, repo.now());
  if (errors.length > 0) throw new DeskError(422, `${DESK_TEXT.checkFailed}\n${errors.join('\n')}`);

  const [first] = dataFiles;
  const verb = files.some(isDraft) ? 'draft' : isNew ? 'create' : 'update';
  const message = first ? commitMessage(verb, collectionOf(first.path.slice(CONTENT.length)) ?? '', entryName(first.path)) : '';
  await writeAndCommit(repoDir, [...uploads.map((u) => ({ path: u.path, data: u.bytes })), ...files.map((f) => ({ path: f.path, data: f.text }))], clerk, message);
  for (const [path, list] of renames) rememberRenames(repo, path, list);
  await push(repo);
  return { message: 'entry persisted' };
}

/**
 * Writes and commits as one step: if the commit fails, the written files are
 * put back as they were, so a retry is not mistaken for "nothing changed".
 */
export async function writeAndCommit(repoDir: string, writes: readonly { path: string; data: string | Uint8Array }[], clerk: string, message: string): Promise<boolean> {
  const paths = writes.map((w) => w.path);
  try {
    for (const w of writes) writeAtomic(repoDir, w.path, w.data);
    return await commitFiles(repoDir, paths, clerk, message);
  } catch (error) {
    await discardChanges(repoDir, paths);
    throw error instanceof GitError ? new DeskError(500, `${DESK_TEXT.internal}${error.output}`) : error;
  }
}

/**
 * Level with the remote before a save, so it is checked against, and pushed onto,
 * what the server has. Offline, the save goes ahead on the local copy and its push
 * failing tells the clerk; the next save replays it.
 */
export async function sync(repo: DeskRepo): Promise<void> {
  await syncClone(repo.repoDir, repo.branch);
}

/** Pushes, turning git's refusal into the answer the clerk sees; the commit stays and goes with the next save. */
export async function push(repo: DeskRepo): Promise<void> {
  try {
    await pushBranch(repo.repoDir, repo.branch);
  } catch (error) {
    const detail = error instanceof GitError ? error.output : String(error);
    throw new DeskError(500, `${DESK_TEXT.pushFailed}${detail}`);
  }
}

function readDataFiles(repoDir: string, params: Record<string, unknown>): DataFile[] {
  const list = params['dataFiles'] ?? (params['entry'] === undefined ? undefined : [params['entry']]);
  if (!Array.isArray(list) || list.length === 0) throw new DeskError(422, `${DESK_TEXT.badRequest}dataFiles`);
  return (list as DataFile[]).map((file) => {
    const path = guardPath(repoDir, file.path);
    if (collectionOf(path.slice(CONTENT.length)) === undefined) throw new DeskError(422, `${DESK_TEXT.notEntry}${path}`);
    if (file.newPath !== undefined && file.newPath !== file.path) throw new DeskError(422, DESK_TEXT.moved);
    if (typeof file.raw !== 'string') throw new DeskError(422, `${DESK_TEXT.badRequest}raw`);
    return { path, raw: file.raw };
  });
}

/** `content/news/2024/a.md` → `content/news/2024/images` */
function imagesFolder(entryPath: string): string {
  return `${entryPath.slice(0, entryPath.lastIndexOf('/'))}/images`;
}

function isDraft(file: PendingFile): boolean {
  const fm = readFrontmatter(file.text);
  return fm.ok && (fm.data as { draft?: unknown }).draft === true;
}

/**
 * Decap keeps the names a clerk's photos were uploaded under until the entry is
 * opened again, and sends them with the next save; they are the renamed files.
 */
function withKnownRenames(repo: DeskRepo, entryPath: string, raw: string, uploads: readonly Upload[]): string {
  let text = raw;
  for (const [from, to] of repo.renamed.get(entryPath) ?? []) {
    const path = `${imagesFolder(entryPath)}/${from}`;
    // A new upload or a file on disk under that name is that file, not the renamed one.
    if (uploads.some((u) => u.path === path) || readBytes(repo.repoDir, path) !== undefined) continue;
    for (const src of [`./images/${from}`, `images/${from}`]) text = replaceReference(text, src, `./images/${to}`);
  }
  return text;
}

function rememberRenames(repo: DeskRepo, entryPath: string, renames: readonly { from: string; to: string }[]): void {
  if (renames.length === 0) return;
  const known = repo.renamed.get(entryPath) ?? new Map<string, string>();
  for (const { from, to } of renames) known.set(from, to);
  repo.renamed.set(entryPath, known);
}
