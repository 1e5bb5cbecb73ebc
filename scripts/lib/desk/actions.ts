/**
 * Decap's proxy backend actions over the desk's repository, with the JSON
 * shapes decap-server answers with (packages/decap-server/src/middlewares/localFs).
 * Writes need the clerk's name; persistEntry is in persist.ts.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { collectionOf } from '../../../src/node/desk-check.ts';
import { DeskError } from './desk-error.ts';
import { listFolder, readEntry, readMedia, writeAtomic } from './files.ts';
import { commitFiles } from './git.ts';
import { commitMessage, DESK_TEXT, entryName } from './messages.ts';
import { guardPath } from './paths.ts';
import { persistEntry, push, type DeskRepo } from './persist.ts';

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
      const target = guardPath(repoDir, asset.path);
      writeAtomic(repoDir, target, Buffer.from(String(asset.content ?? ''), 'base64'));
      await commitAndPush(repo, [target], need(clerk), commitMessage('media', '', target));
      return readMedia(repoDir, target);
    }
    case 'deleteFile':
    case 'deleteFiles': {
      const paths = (action === 'deleteFile' ? [params['path']] : Array.isArray(params['paths']) ? params['paths'] : []).map((p) => guardPath(repoDir, p));
      const who = need(clerk);
      // decap-server ignores files already gone; so does git add, given only the ones that were there.
      const present = paths.filter((p) => existsSync(join(repoDir, p)));
      for (const p of present) rmSync(join(repoDir, p));
      const first = present[0] ?? '';
      if (present.length > 0) await commitAndPush(repo, present, who, commitMessage('delete', collectionOf(first.slice('content/'.length)) ?? '', entryName(first)));
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

async function commitAndPush(repo: DeskRepo, paths: string[], clerk: string, message: string): Promise<void> {
  if (await commitFiles(repo.repoDir, paths, clerk, message)) await push(repo);
}

function readFileOr404<T>(read: () => T): T {
  try {
    return read();
  } catch {
    throw new DeskError(404, DESK_TEXT.notFound);
  }
}
