/**
 * Decap's proxy backend actions over the desk's repository, with the JSON
 * shapes decap-server answers with (packages/decap-server/src/middlewares/localFs),
 * plus the desk's own: `deskStatus`, `parkedText`, `dismissParked`.
 * Writes need the clerk's name and go through the repository's queue;
 * persistEntry is in persist.ts.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkSave, collectionOf } from '../../../src/node/desk-check.ts';
import { sha256 } from './conflicts.ts';
import { DeskError } from './desk-error.ts';
import { listFolder, readEntry, readMedia, readText, type EntryFile } from './files.ts';
import { commitMessage, entryName } from './messages.ts';
import { t } from '../../../src/i18n/zh-CN.ts';
import { guardPath, guardPhotoPath } from './paths.ts';
import { asDraft, persistEntry, prepare, publishWaiting, writeAndCommit } from './persist.ts';
import { dismissParked, parkedText } from './remote-sync.ts';
import { rememberServed, type DeskRepo } from './repo.ts';
import { deskStatus } from './status.ts';

type Params = Record<string, unknown>;

/** Actions that change the repository: they need a signed-in clerk. */
export const WRITE_ACTIONS = new Set(['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles', 'dismissParked']);

/**
 * Answers one `POST /api/v1` action; `clerk` is undefined for read-only
 * actions; `signal` aborts when the browser has gone (its save is then dropped).
 */
export async function runAction(repo: DeskRepo, action: string, params: Params, clerk: string | undefined, signal?: AbortSignal): Promise<unknown> {
  const { repoDir } = repo;
  const path = (key = 'path') => guardPath(repoDir, params[key]);
  switch (action) {
    case 'info':
      return { repo: basename(repoDir), publish_modes: ['simple'], type: 'local_fs' };
    case 'entriesByFolder': {
      const folder = guardPath(repoDir, params['folder'], { folder: true });
      const depth = Number(params['depth'] ?? 1);
      return listFolder(repoDir, folder, String(params['extension'] ?? ''), depth).map((p) => served(repo, readEntry(repoDir, p)));
    }
    case 'entriesByFiles': {
      const files = Array.isArray(params['files']) ? (params['files'] as { path: unknown; label?: string }[]) : [];
      return files.map((f) => served(repo, readEntry(repoDir, guardPath(repoDir, f.path), f.label)));
    }
    case 'getEntry':
      return served(repo, readEntry(repoDir, path()));
    case 'getMedia': {
      const folder = guardPath(repoDir, params['mediaFolder'], { folder: true });
      return listFolder(repoDir, folder, '', 1).map((p) => readMedia(repoDir, p));
    }
    case 'getMediaFile':
      return readFileOr404(() => readMedia(repoDir, path()));
    case 'getDeployPreview':
      return null;
    case 'deskStatus':
      return deskStatus(repo);
    case 'parkedText': {
      const text = await repo.serialize(() => parkedText(repo, String(params['commit'] ?? ''), path()));
      if (text === undefined) throw new DeskError(404, t('desk.error.notFound'));
      return { text };
    }
    case 'dismissParked':
      need(clerk);
      return { dismissed: dismissParked(repo, String(params['commit'] ?? '')) };
    case 'persistEntry':
      return persistEntry(repo, params, need(clerk), signal);
    case 'persistMedia':
      need(clerk);
      return persistMedia(repo, params);
    case 'deleteFile':
    case 'deleteFiles': {
      const who = need(clerk);
      const paths = action === 'deleteFile' ? [params['path']] : Array.isArray(params['paths']) ? params['paths'] : [];
      return repo.serialize(() => deleteFiles(repo, paths, who, signal));
    }
    default:
      throw new DeskError(422, `${t('desk.error.unknownAction')}${action}`);
  }
}

function need(clerk: string | undefined): string {
  if (clerk === undefined) throw new DeskError(401, t('desk.error.signIn'));
  return clerk;
}

/** Remembers what a clerk's form was opened on, so a later refused save can say which fields changed. */
function served(repo: DeskRepo, entry: EntryFile): EntryFile {
  if (entry.data !== null && entry.file.id !== null) rememberServed(repo, entry.file.id, entry.data);
  return entry;
}

/**
 * Decap uploads a photo on its own only from the media library with no article
 * open (in an article's form, photos go up with the article's save, where they
 * are named `<slug>-N` in its own images/ folder). A photo with no article is
 * an orphan under a clerk's file name: refused, saying how to add photos.
 */
function persistMedia(repo: DeskRepo, params: Params): never {
  guardPhotoPath(repo.repoDir, ((params['asset'] ?? {}) as { path?: unknown }).path);
  throw new DeskError(422, t('desk.error.mediaNeedsEntry'));
}

/**
 * Photos an article no longer uses are deleted; an article is taken down:
 * marked as a draft (off the site, feeds and search; kept for later), refused
 * while another article links to it — the check's own link rule.
 */
async function deleteFiles(repo: DeskRepo, requested: unknown[], clerk: string, signal: AbortSignal | undefined): Promise<unknown> {
  const { repoDir } = repo;
  const { online } = await prepare(repo, signal);
  const paths = requested.map((p) => guardPath(repoDir, p));
  const entries = paths.filter((p) => collectionOf(p.slice('content/'.length)) === 'news');
  const photos = paths.filter((p) => !entries.includes(p)).map((p) => guardPhotoPath(repoDir, p));
  // decap-server ignores files already gone.
  const present = photos.filter((p) => existsSync(join(repoDir, p)));
  const withdrawn = entries.flatMap((p) => {
    const text = readText(repoDir, p);
    if (text === undefined) return [];
    const next = asDraft(p, text);
    return next === text ? [] : [{ path: p, text: next }];
  });
  // A photo an article still shows cannot go, an article others link to cannot be withdrawn: the check says which.
  const { errors } = checkSave(repoDir, withdrawn, [], repo.now(), present);
  if (errors.length > 0) throw new DeskError(422, `${t('desk.error.checkFailed')}\n${errors.join('\n')}`);
  if (present.length === 0 && withdrawn.length === 0) return { message: 'nothing to delete', state: 'unchanged' };
  const [first] = withdrawn;
  const message = first === undefined ? commitMessage('delete', '', present.join('、')) : commitMessage('withdraw', 'news', entryName(first.path));
  await writeAndCommit(
    repo,
    [...present.map((p) => ({ path: p, data: null })), ...withdrawn.map((w) => ({ path: w.path, data: w.text }))],
    clerk,
    message,
    signal,
  );
  const state = await publishWaiting(repo, online);
  const goesLive = withdrawn.length > 0 ? { goesLive: { kind: 'withdrawn' } } : {};
  return { message: `deleted files ${paths.join(', ')}`, state, ids: Object.fromEntries(withdrawn.map((w) => [w.path, sha256(w.text)])), ...goesLive };
}

function readFileOr404<T>(read: () => T): T {
  try {
    return read();
  } catch {
    throw new DeskError(404, t('desk.error.notFound'));
  }
}
