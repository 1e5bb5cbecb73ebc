/**
 * The editing desk's git: every command with a time limit, in the desk's own
 * clone, never waiting for a prompt, paths always literal.
 *
 *   git(dir, args, options)              one command; throws GitError with git's words
 *   ensureClone({ remote, dir, branch }) clone when `dir` is absent (its parent made first)
 *   clearStaleLocks(dir)                 remove `*.lock` files a killed git left behind
 *   commitFiles(dir, paths, author, message, trailer)
 *   pushBranch(dir, branch)              `git push origin HEAD:<branch>`
 *
 * The desk runs one git command at a time (its queue), so a lock file seen
 * between commands was left by a git that was killed: safe to remove.
 */
import { execFile } from 'node:child_process';
import { childEnv } from '../../../src/env.ts';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { t } from '../../../src/i18n/zh-CN.ts';

/** The address commits are signed with: the clerk's name is who, the desk is where. */
export const DESK_EMAIL = 'desk@localhost';

/** Time limits: local commands are quick; a remote that accepts and never answers must not hold a save for ever. */
export interface GitTimeouts {
  localMs: number;
  networkMs: number;
}

export const DEFAULT_TIMEOUTS: GitTimeouts = { localMs: 60_000, networkMs: 20_000 };

/** A git command that failed, with what git printed; `timedOut` when the desk killed it. */
export class GitError extends Error {
  readonly output: string;
  readonly timedOut: boolean;

  constructor(args: readonly string[], output: string, timedOut = false) {
    super(`git ${args.join(' ')}: ${output}`);
    this.output = output;
    this.timedOut = timedOut;
  }
}

export interface GitOptions {
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Runs git in `cwd` and returns its standard output. */
export function git(cwd: string, args: readonly string[], { env = {}, timeoutMs = DEFAULT_TIMEOUTS.localMs }: GitOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        windowsHide: true,
        env: childEnv(
          {},
          {
            // Never wait for a password prompt nobody will see: fail and say so.
            GIT_TERMINAL_PROMPT: '0',
            GCM_INTERACTIVE: 'never',
            // Paths are paths, never patterns: a `[` or `*` in a file name must not stage other files.
            GIT_LITERAL_PATHSPECS: '1',
            // An HTTP remote that trickles is as dead as one that is silent. (ssh is left as the
            // office configured it — core.sshCommand, plink — and bounded by the timeout.)
            GIT_HTTP_LOW_SPEED_LIMIT: '1000',
            GIT_HTTP_LOW_SPEED_TIME: String(Math.max(1, Math.ceil(timeoutMs / 2000))),
            LC_ALL: 'C',
            ...env,
          },
        ),
      },
      (error, stdout, stderr) => {
        if (error === null) return resolve(stdout);
        const killed = (error as { killed?: boolean }).killed === true;
        const output = (stderr || stdout || error.message).trim();
        reject(new GitError(args, killed ? `timed out after ${timeoutMs} ms` : output, killed));
      },
    );
  });
}

export interface CloneOptions {
  /** Where the server pulls from (a URL or a path). */
  remote: string;
  /** The desk's own working copy. */
  dir: string;
  /** The branch the site is built from. */
  branch: string;
  timeouts?: GitTimeouts;
}

/** Marks a clone as the desk's: it may discard anything uncommitted there (working-copy.ts). */
const OWNED = join('.git', 'desk-owned');

/**
 * Clones the site into `dir` unless a clone is already there (bringing it up to
 * date is the save's job). The desk cleans its clone before every save, so an
 * existing folder it did not clone is taken only when nothing in it is uncommitted:
 * `--dir` pointed at a developer's working copy must not cost them their work.
 */
export async function ensureClone({ remote, dir, branch, timeouts = DEFAULT_TIMEOUTS }: CloneOptions): Promise<void> {
  if (existsSync(join(dir, '.git'))) {
    if (existsSync(join(dir, OWNED))) return;
    const status = await git(dir, ['status', '--porcelain', '--untracked-files=all']);
    if (status.trim() !== '') throw new Error(t('desk.notOwnClone', { dir }));
    writeFileSync(join(dir, OWNED), '');
    return;
  }
  // On a fresh checkout `.desk/` does not exist yet: git cannot start in a missing folder.
  mkdirSync(dirname(dir), { recursive: true });
  try {
    await git(dirname(dir), ['clone', '--branch', branch, '--', remote, dir], { timeoutMs: Math.max(timeouts.networkMs, 10 * 60_000) });
    writeFileSync(join(dir, OWNED), '');
  } catch (error) {
    // Half a clone would be taken for a clone next time.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Lock files git leaves when killed: index.lock, HEAD.lock, refs/…/x.lock, packed-refs.lock, config.lock. */
export function clearStaleLocks(dir: string): string[] {
  const gitDir = join(dir, '.git');
  const removed: string[] = [];
  const walk = (folder: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (name.endsWith('.lock')) {
        rmSync(path, { force: true });
        removed.push(path.slice(gitDir.length + 1));
      } else if (depth > 0 && name !== 'objects' && isFolder(path)) {
        walk(path, depth - 1);
      }
    }
  };
  walk(gitDir, 6);
  return removed;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Who replays the desk's unpushed commits on top of others' (their authors stay the clerks). */
export const DESK_COMMITTER = { GIT_COMMITTER_NAME: t('desk.committerName'), GIT_COMMITTER_EMAIL: DESK_EMAIL };

/**
 * Commits exactly `paths` (repository-relative; added, changed or deleted)
 * with the clerk as author and committer, and a trailer naming the save (how a
 * restart tells a finished save from an interrupted one). False when they hold no change.
 */
export async function commitFiles(dir: string, paths: readonly string[], clerk: string, message: string, trailer?: string): Promise<boolean> {
  await git(dir, ['add', '--all', '--', ...paths]);
  const staged = await git(dir, ['diff', '--cached', '--name-only', '--', ...paths]);
  if (staged.trim() === '') return false;
  const who = { GIT_AUTHOR_NAME: clerk, GIT_AUTHOR_EMAIL: DESK_EMAIL, GIT_COMMITTER_NAME: clerk, GIT_COMMITTER_EMAIL: DESK_EMAIL };
  const full = trailer === undefined ? message : `${message}\n\n${trailer}`;
  // Only these paths, whatever else the index holds; no hooks or signing prompts on an office computer.
  await git(dir, ['commit', '--no-verify', '--no-gpg-sign', '-m', full, '--', ...paths], { env: who });
  return true;
}

/** Pushes the desk's commits to the branch the server pulls. */
export async function pushBranch(dir: string, branch: string, timeouts: GitTimeouts = DEFAULT_TIMEOUTS): Promise<void> {
  await git(dir, ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`], { timeoutMs: timeouts.networkMs });
}

/** Fetches the remote branch into `origin/<branch>`. */
export async function fetchBranch(dir: string, branch: string, timeouts: GitTimeouts = DEFAULT_TIMEOUTS): Promise<void> {
  await git(dir, ['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], { timeoutMs: timeouts.networkMs });
}

/** The commit a revision names, or undefined. */
export async function revParse(dir: string, rev: string): Promise<string | undefined> {
  return git(dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).then(
    (s) => s.trim() || undefined,
    () => undefined,
  );
}

/** Local commits the remote branch lacks, oldest first. */
export async function unpushedCommits(dir: string, branch: string): Promise<string[]> {
  const out = await git(dir, ['rev-list', '--reverse', `refs/remotes/origin/${branch}..HEAD`]).catch(() => '');
  return out.split('\n').filter(Boolean);
}
