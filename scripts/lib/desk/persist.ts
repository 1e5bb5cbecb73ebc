/**
 * A save is a transaction. In the desk's queue: put the clone back to clean,
 * level it with the remote, refuse a save made on an older version than the
 * file now holds, merge into the original bytes, judge and name the uploaded
 * photos, check with content:check's own rules — and only then write (journal
 * first), commit in the clerk's name and push. The answer says how far it got:
 *
 *   published  the commit exists and the remote accepted it
 *   pending    committed here; the push failed and is retried in the background
 *   unchanged  nothing to save (the file already holds this)
 *
 * Anything else is an error, and the clone is exactly as before. A request the
 * browser has given up on (signal aborted) is never committed.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { chinaYear, parseChinaTime } from '../../../src/lib/china-time.ts';
import { readFrontmatter } from '../../../src/lib/text/frontmatter.ts';
import { goesLive, type GoesLive } from '../../../src/lib/desk/goes-live.ts';
import { keyOrderFor, mergeRaw, rawKindOf } from '../../../src/lib/desk/merge-raw.ts';
import { nameUploads, type Upload } from '../../../src/lib/desk/upload-names.ts';
import { TO_STRING } from '../../../src/lib/desk/yaml-splice.ts';
import { replaceReference } from '../../../src/lib/photos/photo-names.ts';
import { UnsafeWriteError } from '../../../src/node/write-atomic.ts';
import { checkSave, collectionOf, type PendingFile } from '../../../src/node/desk-check.ts';
import { checkError } from './check-error.ts';
import { refuseStale, sha256 } from './conflicts.ts';
import { DeskError } from './desk-error.ts';
import { namesIn, readBytes, readText, writeAtomic } from './files.ts';
import { commitFiles, GitError } from './git.ts';
import { commitMessage, entryName } from './messages.ts';
import { t } from '../../../src/i18n/zh-CN.ts';
import { guardEntryPath, guardPath, guardPhotoPath, imagesFolderOf } from './paths.ts';
import { levelWithRemote, pushPending } from './remote-sync.ts';
import type { DeskRepo } from './repo.ts';
import { acceptUpload } from './uploads.ts';
import { beginSave, endSave, restoreClean } from './working-copy.ts';

export type SaveState = 'published' | 'pending' | 'unchanged';

export interface SaveAnswer {
  message: string;
  state: SaveState;
  /** The saved files' new ids, for the browser's next save. */
  ids: Record<string, string>;
  /** Where a new article was filed, when not where Decap put it. */
  movedTo?: string;
  /** The save's id, in its commit's `Desk-Save:` trailer (kept when the commit is replayed). */
  save?: string;
  /** Uploaded photos the text does not show (a Markdown link broken by a space, an image removed): not saved. */
  unusedPhotos?: string[];
  /** When the entry shows on the site (a future publish time, a draft, or the next build). */
  goesLive?: GoesLive;
}

interface DataFile {
  path: string;
  raw: string;
  /** The path the browser knows the entry by (differs once the desk filed a new article elsewhere). */
  asked: string;
}

const CONTENT = 'content/';

/** Decap's persistEntry, in the desk's queue. */
export function persistEntry(repo: DeskRepo, params: Record<string, unknown>, clerk: string, signal?: AbortSignal): Promise<SaveAnswer> {
  return repo.serialize(() => saveEntry(repo, params, clerk, signal));
}

async function saveEntry(repo: DeskRepo, params: Record<string, unknown>, clerk: string, signal: AbortSignal | undefined): Promise<SaveAnswer> {
  const { repoDir } = repo;
  const { online } = await prepare(repo, signal);
  const isNewEntry = (params['options'] as { newEntry?: unknown } | undefined)?.newEntry === true;
  const baseIds = readBaseIds(params);
  const dataFiles = readDataFiles(repo, params, isNewEntry);

  const files: PendingFile[] = [];
  const renames: [string, { from: string; to: string }[]][] = [];
  const received = await readUploads(repo, params, dataFiles);
  let uploads = received.uploads;
  let isNew = false;
  let movedTo: string | undefined;
  const unusedPhotos: string[] = [];
  for (const requested of dataFiles) {
    let file = requested;
    let original = readText(repoDir, file.path);
    // Decap asks before creating, but two clerks may pick one name: never overwrite an article with a new one.
    if (original !== undefined && isNewEntry) throw new DeskError(422, `${t('desk.error.exists')}${file.path}`);
    await refuseStale(repo, file.path, original, baseIds[file.asked]);
    if (original === undefined) {
      const filed = fileByPublishYear(repo, file);
      if (filed !== file.path) {
        if (readText(repoDir, filed) !== undefined) throw new DeskError(422, `${t('desk.error.exists')}${filed}`);
        uploads = uploads.map((u) =>
          u.path.startsWith(`${imagesFolderOf(file.path)}/`)
            ? { ...u, path: `${imagesFolderOf(filed)}/${u.path.slice(imagesFolderOf(file.path).length + 1)}` }
            : u,
        );
        file = { ...file, path: filed };
        movedTo = filed;
        original = undefined;
      }
    }
    isNew ||= original === undefined;
    const rel = file.path.slice(CONTENT.length);
    let raw = withKnownRenames(repo, file.path, file.raw, uploads);
    for (const [from, to] of received.converted) for (const src of [`./images/${from}`, `images/${from}`]) raw = replaceReference(raw, src, `./images/${to}`);
    let text = mergeRaw(original, raw, { kind: rawKindOf(rel), keyOrder: keyOrderFor(rel) });
    const named = nameUploads(file.path, text, uploads, namesIn(repoDir, imagesFolderOf(file.path)));
    text = named.text;
    uploads = named.uploads;
    unusedPhotos.push(...named.unused);
    renames.push([file.path, named.renames]);
    if (text !== original) files.push({ path: file.path, text });
  }

  const ids = Object.fromEntries(files.map((f) => [f.path, sha256(f.text)]));
  if (files.length === 0 && uploads.length === 0) {
    const state = await publishWaiting(repo, online);
    return {
      message: 'entry persisted',
      state: state === 'published' ? 'unchanged' : state,
      ids: idsOf(repo, dataFiles),
      ...unusedOf(unusedPhotos),
      ...goesLiveOf(entryText(repo, dataFiles), repo.now()),
    };
  }
  const check = checkSave(repoDir, files, uploads, repo.now());
  if (check.errors.length > 0)
    throw checkError(
      repoDir,
      check,
      files.map((f) => f.path),
    );

  const [first] = files;
  const verb = files.some(isDraft) ? 'draft' : isNew ? 'create' : 'update';
  const message = first
    ? commitMessage(verb, collectionOf(first.path.slice(CONTENT.length)) ?? '', entryName(first.path))
    : commitMessage('media', '', uploads.map((u) => u.path).join('、'));
  const save = await writeAndCommit(
    repo,
    [...uploads.map((u) => ({ path: u.path, data: u.bytes })), ...files.map((f) => ({ path: f.path, data: f.text }))],
    clerk,
    message,
    signal,
  );
  for (const [path, list] of renames) rememberRenames(repo, path, list);
  for (const f of files) repo.served.set(sha256(f.text), f.text);
  if (movedTo !== undefined) repo.moved.set(dataFiles[0]?.path ?? '', movedTo);
  const state = await publishWaiting(repo, online);
  return {
    message: 'entry persisted',
    state,
    ids,
    save,
    ...(movedTo === undefined ? {} : { movedTo }),
    ...unusedOf(unusedPhotos),
    ...goesLiveOf(first?.text ?? entryText(repo, dataFiles), repo.now()),
  };
}

/**
 * Every save starts from a clean clone level with the remote. A request whose
 * browser already gave up is dropped here, before anything is written.
 */
export async function prepare(repo: DeskRepo, signal: AbortSignal | undefined): Promise<{ online: boolean }> {
  refuseAbandoned(signal);
  const recovered = await restoreClean(repo);
  repo.recovered.push(...recovered);
  const result = await levelWithRemote(repo);
  refuseAbandoned(signal);
  return result;
}

function refuseAbandoned(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new DeskError(499, t('desk.error.abandoned'));
}

/** Pushes when the remote answered the fetch; says what the clerk should be told. */
export async function publishWaiting(repo: DeskRepo, online: boolean): Promise<'published' | 'pending'> {
  if (!online) {
    repo.lastPush = { ok: false, at: repo.now().toISOString(), error: t('desk.error.offline') };
    return 'pending';
  }
  return (await pushPending(repo)).ok ? 'published' : 'pending';
}

/**
 * Writes and commits as one step, under a journal: if anything fails (or the
 * browser gives up before the commit), the clone goes back to its last commit.
 * Returns the save's id.
 */
export async function writeAndCommit(
  repo: DeskRepo,
  writes: readonly { path: string; data: string | Uint8Array | null }[],
  clerk: string,
  message: string,
  signal?: AbortSignal,
): Promise<string> {
  const paths = writes.map((w) => w.path);
  const { id, trailer } = beginSave(repo, paths, clerk);
  try {
    for (const w of writes) {
      if (w.data === null) removeFile(repo, w.path);
      else writeAtomic(repo.repoDir, w.path, w.data);
    }
    refuseAbandoned(signal);
    await commitFiles(repo.repoDir, paths, clerk, message, trailer);
    endSave(repo);
    return id;
  } catch (error) {
    await restoreClean(repo);
    if (error instanceof UnsafeWriteError) throw new DeskError(422, `${t('desk.error.unsafePath')}${error.path.slice(repo.repoDir.length + 1)}`);
    if (error instanceof GitError) throw new DeskError(500, `${t('desk.error.internal')}${error.output}`);
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') throw new DeskError(507, t('desk.error.diskFull'));
    if ((error as NodeJS.ErrnoException).code === 'ENAMETOOLONG') throw new DeskError(422, `${t('desk.error.nameTooLong')}${paths.join('、')}`);
    throw error;
  }
}

/** A removal under the journal too: a rollback (git reset) brings the file back. */
function removeFile(repo: DeskRepo, path: string): void {
  rmSync(join(repo.repoDir, path), { force: true });
}

function readDataFiles(repo: DeskRepo, params: Record<string, unknown>, isNewEntry: boolean): DataFile[] {
  const list = params['dataFiles'] ?? (params['entry'] === undefined ? undefined : [params['entry']]);
  if (!Array.isArray(list) || list.length === 0) throw new DeskError(422, `${t('desk.error.badRequest')}dataFiles`);
  return (list as { path?: unknown; raw?: unknown; newPath?: unknown }[]).map((file) => {
    // The open form of an article the desk filed elsewhere still saves to where Decap put it.
    const asked = typeof file.path === 'string' && !isNewEntry ? (repo.moved.get(file.path) ?? file.path) : file.path;
    const path = guardPath(repo.repoDir, asked);
    if (collectionOf(path.slice(CONTENT.length)) === undefined) throw new DeskError(422, `${t('desk.error.notEntry')}${path}`);
    guardEntryPath(path);
    if (file.newPath !== undefined && file.newPath !== file.path) throw new DeskError(422, t('desk.error.moved'));
    if (typeof file.raw !== 'string') throw new DeskError(422, `${t('desk.error.badRequest')}raw`);
    return { path, raw: file.raw, asked: String(file.path) };
  });
}

/** The ids of the versions the browser's form was opened on (the client adds them; null for a new entry). */
function readBaseIds(params: Record<string, unknown>): Record<string, string | null> {
  const value = params['baseIds'];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, id]) => id === null || (typeof id === 'string' && /^[0-9a-f]{64}$/.test(id))));
}

/**
 * The uploads, each only into its own entry's images/ folder, judged and
 * converted. `converted` lists names the text must follow: HEIC → JPEG, and an
 * upload whose bytes are already in the folder → that file (Decap sends a
 * photo again with every save of an open form, under its upload name; saved
 * once, it must not become `-2`, `-3` …).
 */
async function readUploads(
  repo: DeskRepo,
  params: Record<string, unknown>,
  dataFiles: readonly DataFile[],
): Promise<{ uploads: Upload[]; converted: [string, string][] }> {
  const assets = Array.isArray(params['assets']) ? (params['assets'] as { path?: unknown; content?: unknown }[]) : [];
  const folders = new Set(dataFiles.map((f) => `${imagesFolderOf(f.path)}/`));
  const uploads: Upload[] = [];
  const converted: [string, string][] = [];
  for (const asset of assets) {
    const path = guardPhotoPath(repo.repoDir, asset.path);
    if (![...folders].some((folder) => path.startsWith(folder) && !path.slice(folder.length).includes('/')))
      throw new DeskError(422, `${t('desk.error.notOwnImages')}${path}`);
    const bytes = Buffer.from(typeof asset.content === 'string' ? asset.content : '', 'base64');
    // A photo Decap sends again unchanged is no upload.
    if (readBytes(repo.repoDir, path)?.equals(bytes) === true) continue;
    const accepted = await acceptUpload(path, bytes);
    const name = path.slice(path.lastIndexOf('/') + 1);
    const folder = path.slice(0, path.lastIndexOf('/'));
    const same = namesIn(repo.repoDir, folder).find((n) => readBytes(repo.repoDir, `${folder}/${n}`)?.equals(accepted.bytes) === true);
    if (same !== undefined) {
      if (same !== name) converted.push([name, same]);
      continue;
    }
    uploads.push({ path: accepted.path, bytes: accepted.bytes });
    if (accepted.path !== path) converted.push([name, accepted.path.slice(accepted.path.lastIndexOf('/') + 1)]);
  }
  return { uploads, converted };
}

/** A new article goes into the folder of its publish year (China time), not the year it was typed in. */
function fileByPublishYear(repo: DeskRepo, file: DataFile): string {
  const match = /^content\/news\/(\d{4})\/([^/]+)$/.exec(file.path);
  if (match === null) return file.path;
  const fm = readFrontmatter(file.raw);
  const published = fm.ok ? (fm.data as { publishedAt?: unknown }).publishedAt : undefined;
  const date = typeof published === 'string' ? parseChinaTime(published) : published instanceof Date ? published : null;
  const year = date === null ? chinaYear(repo.now()) : chinaYear(date);
  return `content/news/${year}/${match[2]}`;
}

const entryText = (repo: DeskRepo, files: readonly DataFile[]) => (files[0] === undefined ? undefined : readText(repo.repoDir, files[0].path));

/** From an article's or 红榜 entry's front matter; a YAML entry (a community) has no publish time and goes live with the next build. */
function goesLiveOf(text: string | undefined, now: Date): { goesLive?: GoesLive } {
  if (text === undefined) return {};
  const fm = readFrontmatter(text);
  return { goesLive: fm.ok && fm.data !== null && typeof fm.data === 'object' ? goesLive(fm.data as Record<string, unknown>, now) : { kind: 'next-build' } };
}

const unusedOf = (names: readonly string[]) => (names.length === 0 ? {} : { unusedPhotos: [...names] });

function idsOf(repo: DeskRepo, files: readonly DataFile[]): Record<string, string> {
  return Object.fromEntries(
    files.flatMap((f) => {
      const text = readText(repo.repoDir, f.path);
      return text === undefined ? [] : [[f.path, sha256(text)]];
    }),
  );
}

function isDraft(file: PendingFile): boolean {
  const fm = readFrontmatter(file.text);
  return fm.ok && (fm.data as { draft?: unknown }).draft === true;
}

/** The article's text with `draft: true`, only that line changed (taking it down keeps it for later). */
export function asDraft(path: string, text: string): string {
  const fm = readFrontmatter(text);
  if (!fm.ok) throw new DeskError(422, `${t('desk.error.notEntry')}${path}`);
  const proposed = `---\n${stringify({ ...(fm.data as object), draft: true }, TO_STRING)}---\n${fm.body}`;
  const rel = path.slice(CONTENT.length);
  return mergeRaw(text, proposed, { kind: rawKindOf(rel), keyOrder: keyOrderFor(rel) });
}

/**
 * Decap keeps the names a clerk's photos were uploaded under until the entry is
 * opened again, and sends them with the next save; they are the renamed files.
 */
function withKnownRenames(repo: DeskRepo, entryPath: string, raw: string, uploads: readonly Upload[]): string {
  let text = raw;
  for (const [from, to] of repo.renamed.get(entryPath) ?? []) {
    const path = `${imagesFolderOf(entryPath)}/${from}`;
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
