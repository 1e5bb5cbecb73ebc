/**
 * Decap's proxy backend actions over the desk's repository, with the JSON
 * shapes decap-server answers with (packages/decap-server/src/middlewares/localFs).
 * Writes need the clerk's name; persistEntry is in persist.ts.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkSave } from '../../../src/node/desk-check.ts';
import { DeskError } from './desk-error.ts';
import { listFolder, readEntry, readMedia } from './files.ts';
import { commitFiles, discardChanges } from './git.ts';
import { commitMessage, DESK_TEXT } from './messages.ts';
import { guardPath, guardPhotoPath } from './paths.ts';
import { persistEntry, push, sync, writeAndCommit, type DeskRepo } from './persist.ts';

type Params = Record<string, unknown>;

/** Actions that change the repository: they need a signed-in clerk. */
export const WRITE_ACTIONS = new Set(['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles']);

/** Answers one `POST /api/v1` action; `clerk` is undefined for read-only actions. */
export async function runAction(repo: DeskRepo, action: string, params: Params, clerk: string | undefined): Promise<unknown> {
  const { repoDir } = repo;
  const path = (key = 'path') => guardPath(repoDir, params[key]);
  switch (action) {
    case 'info':
      return { repo: basename(repoDir), publish_modes: ['simple'], type: 'local_fs' };
    case 'entriesByFolder': {
      const folder = guardPath(repoDir, params['folder'], { folder: true });
      const depth = Number(params['depth'] ?? 1);
      return listFolder(repoDir, folder, String(params['extension'] ?? ''), depth).map((p) => readEntry(repoDir, p));
    }
    case 'entriesByFiles': {
      const files = Array.isArray(params['files']) ? (params['files'] as { path: unknown; label?: string }[]) : [];
      return files.map((f) => readEntry(repoDir, guardPath(repoDir, f.path), f.label));
    }
    case 'getEntry':
      return readEntry(repoDir, path());
    case 'getMedia': {
      const folder = guardPath(repoDir, params['mediaFolder'], { folder: true });
      return listFolder(repoDir, folder, '', 1).map((p) => readMedia(repoDir, p));
    }
    case 'getMediaFile':
      return readFileOr404(() => readMedia(repoDir, path()));
    case 'getDeployPreview':
      return null;
    case 'persistEntry':
      return persistEntry(repo, params, need(clerk));
    case 'persistMedia': {
      const asset = (params['asset'] ?? {}) as { path?: unknown; content?: unknown };
      const who = need(clerk);
      await sync(repo);
      const target = guardPhotoPath(repoDir, asset.path);
      if (existsSync(join(repoDir, target))) throw new DeskError(422, `${DESK_TEXT.photoExists}${target}`);
      if (await writeAndCommit(repoDir, [{ path: target, data: Buffer.from(String(asset.content ?? ''), 'base64') }], who, commitMessage('media', '', target))) await push(repo);
      return readMedia(repoDir, target);
    }
    case 'deleteFile':
    case 'deleteFiles': {
      const who = need(clerk);
      await sync(repo);
      // Only photos: articles are never deleted from the desk (their collections say so too).
      const paths = (action === 'deleteFile' ? [params['path']] : Array.isArray(params['paths']) ? params['paths'] : []).map((p) => guardPhotoPath(repoDir, p));
      // decap-server ignores files already gone; so does git add, given only the ones that were there.
      const present = paths.filter((p) => existsSync(join(repoDir, p)));
      // A photo an article still shows cannot go: the check says which.
      const { errors } = checkSave(repoDir, [], [], repo.now(), present);
      if (errors.length > 0) throw new DeskError(422, `${DESK_TEXT.checkFailed}\n${errors.join('\n')}`);
      for (const p of present) rmSync(join(repoDir, p));
      if (present.length > 0) await commitAndPush(repo, present, who, commitMessage('delete', '', present.join('、')));
      return { message: `deleted files ${paths.join(', ')}` };
    }
    default:
      throw new DeskError(422, `${DESK_TEXT.unknownAction}${action}`);
  }
}

function need(clerk: string | undefined): string {
  if (clerk === undefined) throw new DeskError(401, DESK_TEXT.signIn);
  return clerk;
}

/** Commits removals (put back if the commit fails) and pushes them. */
async function commitAndPush(repo: DeskRepo, paths: string[], clerk: string, message: string): Promise<void> {
  let committed: boolean;
  try {
    committed = await commitFiles(repo.repoDir, paths, clerk, message);
  } catch (error) {
    await discardChanges(repo.repoDir, paths);
    throw error;
  }
  if (committed) await push(repo);
}

function readFileOr404<T>(read: () => T): T {
  try {
    return read();
  } catch {
    throw new DeskError(404, DESK_TEXT.notFound);
  }
}
