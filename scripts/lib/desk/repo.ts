/**
 * The desk's repository as the server holds it: where it is, how long git may
 * take, the one queue every git command and write goes through, and what the
 * clerks should be told about (saves waiting to be pushed, saves a restart
 * recovered, offline edits that clashed with the remote).
 */
import { readEnv } from '../../../src/env.ts';
import { DEFAULT_TIMEOUTS, type GitTimeouts } from './git.ts';

/** A save that was interrupted (Ctrl+C, a kill, a power cut) and what the restart made of it. */
export interface RecoveredSave {
  paths: string[];
  clerk: string;
  startedAt: string;
  /** committed: the commit exists and goes out with the next push; rolledBack: nothing of it was kept. */
  outcome: 'committed' | 'rolledBack';
}

/** An offline save that could not be replayed on the remote's newer version of the same lines. */
export interface ParkedSave {
  /** The commit, kept under refs/desk/parked/ so nothing is lost. */
  commit: string;
  paths: string[];
  clerk: string;
  savedAt: string;
  /** Who changed the file on the remote, and when (China time is the client's to format). */
  changedBy: string;
  changedAt: string;
}

export interface PushState {
  ok: boolean;
  at: string;
  error?: string;
}

export interface DeskRepo {
  repoDir: string;
  branch: string;
  now: () => Date;
  timeouts: GitTimeouts;
  /** Per entry, the upload names its photos were renamed from: Decap's open form still uses them. */
  renamed: Map<string, Map<string, string>>;
  /** New entries the desk filed under their publish year: the open form still saves to the old path. */
  moved: Map<string, string>;
  /** Texts served to clerks by their id (sha-256), so a refused save can say which fields another changed. */
  served: Map<string, string>;
  recovered: RecoveredSave[];
  parked: ParkedSave[];
  lastPush?: PushState;
  /** Runs `job` after every job queued before it: one save, one git command sequence at a time. */
  serialize: <T>(job: () => Promise<T>) => Promise<T>;
}

export interface DeskRepoOptions {
  repoDir: string;
  branch: string;
  /** The desk's clock for publish states and times (default readEnv().clock: SITE_NOW when set). */
  now?: () => Date;
  timeouts?: Partial<GitTimeouts>;
}

export function openDeskRepo({ repoDir, branch, now = readEnv().clock, timeouts = {} }: DeskRepoOptions): DeskRepo {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    repoDir,
    branch,
    now,
    timeouts: { ...DEFAULT_TIMEOUTS, ...timeouts },
    renamed: new Map(),
    moved: new Map(),
    served: new Map(),
    recovered: [],
    parked: [],
    serialize<T>(job: () => Promise<T>): Promise<T> {
      const next = queue.then(job, job);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/** Remembers a served text (bounded: the oldest go first). */
export function rememberServed(repo: DeskRepo, id: string, text: string): void {
  repo.served.delete(id);
  repo.served.set(id, text);
  while (repo.served.size > 2000) repo.served.delete(repo.served.keys().next().value as string);
}
