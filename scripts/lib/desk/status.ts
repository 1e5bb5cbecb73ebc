/**
 * What the desk shows clerks about saves beyond the one they just made: those
 * waiting to be pushed (with the last push's outcome), those a restart
 * recovered, and offline edits set aside because they clashed with the remote.
 */
import { git } from './git.ts';
import type { DeskRepo, ParkedSave, PushState, RecoveredSave } from './repo.ts';

export interface WaitingSave {
  commit: string;
  clerk: string;
  at: string;
  subject: string;
  paths: string[];
}

export interface DeskStatus {
  waiting: WaitingSave[];
  lastPush: PushState | null;
  recovered: RecoveredSave[];
  parked: ParkedSave[];
}

/** Read in the queue: never between a save's commit and its push. */
export function deskStatus(repo: DeskRepo): Promise<DeskStatus> {
  return repo.serialize(async () => ({
    waiting: await waitingSaves(repo),
    lastPush: repo.lastPush ?? null,
    recovered: repo.recovered,
    parked: repo.parked,
  }));
}

/** Commits the remote has not got yet, newest first. */
export async function waitingSaves(repo: DeskRepo): Promise<WaitingSave[]> {
  const out = await git(repo.repoDir, [
    'log',
    '-z',
    '--name-only',
    '--format=%x01%H%x00%an%x00%aI%x00%s%x00',
    `refs/remotes/origin/${repo.branch}..HEAD`,
  ]).catch(() => '');
  return out
    .split('\x01')
    .filter(Boolean)
    .map((record) => {
      const [commit = '', clerk = '', at = '', subject = '', ...rest] = record.split('\0');
      return { commit, clerk, at, subject, paths: rest.map((p) => p.replace(/^\n/, '')).filter(Boolean) };
    });
}
