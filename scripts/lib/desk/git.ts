/**
 * The editing desk's git: its own clone of the site's repository, commits in
 * the clerk's name, pushes to the remote the server pulls from.
 *
 *   ensureClone({ remote, dir, branch })   clone when `dir` is absent, else syncClone
 *   syncClone(dir, branch)                  `git pull --rebase`: level with the remote before a save
 *   discardChanges(dir, paths)              undo a write that could not be committed
 *   commitFiles(dir, paths, clerk, message) `git add -- <paths>` + commit; false when nothing changed
 *   pushBranch(dir, branch)                 `git push origin HEAD:<branch>`; throws GitError with git's words
 *   unpushed(dir, branch)                   whether local commits have not reached the remote yet
 */
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The address commits are signed with: the clerk's name is who, the desk is where. */
export const DESK_EMAIL = 'desk@localhost';

/** A git command that failed, with what git printed. */
export class GitError extends Error {
  readonly output: string;

  constructor(args: readonly string[], output: string) {
    super(`git ${args.join(' ')}: ${output}`);
    this.output = output;
  }
}

/** Runs git in `cwd` and returns its standard output. */
export async function git(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout } = await run('git', [...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      // Never wait for a password prompt nobody will see: fail and say so.
      // Paths are paths, never patterns: a `[` or `*` in a file name must not stage other files.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1', LC_ALL: 'C', ...env },
    });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message?: string };
    throw new GitError(args, (e.stderr || e.stdout || e.message || String(error)).trim());
  }
}

export interface CloneOptions {
  /** Where the server pulls from (a URL or a path). */
  remote: string;
  /** The desk's own working copy. */
  dir: string;
  /** The branch the site is built from. */
  branch: string;
}

/** The desk's working copy, up to date: cloned when missing, else fast-forwarded (never merged). */
export async function ensureClone({ remote, dir, branch }: CloneOptions): Promise<void> {
  if (!existsSync(dir)) {
    await git(dirname(dir), ['clone', '--branch', branch, '--', remote, dir]);
    return;
  }
  if (!(await syncClone(dir, branch))) await git(dir, ['pull', '--ff-only', 'origin', branch]);
}

/** Who replays the desk's unpushed commits on top of others' (their authors stay the clerks). */
const DESK_COMMITTER = { GIT_COMMITTER_NAME: '编辑台', GIT_COMMITTER_EMAIL: 'desk@localhost' };

/**
 * Brings the desk's copy level with the remote before a save: others (developers,
 * another desk) push to the same branch, and a save checked against old content
 * or pushed on old history would be refused or wrong. Unpushed desk commits are
 * replayed on top.
 */
export async function syncClone(dir: string, branch: string): Promise<boolean> {
  try {
    await git(dir, ['pull', '--rebase', '--no-autostash', 'origin', branch], DESK_COMMITTER);
    return true;
  } catch {
    // Offline, or a clash git cannot replay: work on the local copy; the push after the save says so.
    await git(dir, ['rebase', '--abort']).catch(() => '');
    return false;
  }
}

/** Undoes a write that could not be committed: tracked paths back to HEAD, new ones removed. */
export async function discardChanges(dir: string, paths: readonly string[]): Promise<void> {
  await git(dir, ['reset', '-q', '--', ...paths]).catch(() => '');
  for (const path of paths) {
    const tracked = await git(dir, ['cat-file', '-e', `HEAD:${path}`]).then(() => true, () => false);
    if (tracked) await git(dir, ['checkout', '-q', 'HEAD', '--', path]);
    else rmSync(join(dir, path), { force: true });
  }
}

/**
 * Commits exactly `paths` (repository-relative; added, changed or deleted)
 * with the clerk as author and committer. Returns false when they hold no change.
 */
export async function commitFiles(dir: string, paths: readonly string[], clerk: string, message: string): Promise<boolean> {
  await git(dir, ['add', '--all', '--', ...paths]);
  const staged = await git(dir, ['diff', '--cached', '--name-only', '--', ...paths]);
  if (staged.trim() === '') return false;
  const who = { GIT_AUTHOR_NAME: clerk, GIT_AUTHOR_EMAIL: DESK_EMAIL, GIT_COMMITTER_NAME: clerk, GIT_COMMITTER_EMAIL: DESK_EMAIL };
  // Only these paths, whatever else the index holds; no hooks or signing prompts on an office computer.
  await git(dir, ['commit', '--no-verify', '--no-gpg-sign', '-m', message, '--', ...paths], who);
  return true;
}

/** Pushes the desk's commits to the branch the server pulls. */
export async function pushBranch(dir: string, branch: string): Promise<void> {
  await git(dir, ['push', 'origin', `HEAD:${branch}`]);
}

/** Whether HEAD has commits the remote branch lacks (a push that failed earlier). */
export async function unpushed(dir: string, branch: string): Promise<boolean> {
  const count = await git(dir, ['rev-list', '--count', `origin/${branch}..HEAD`]).catch(() => '1');
  return Number(count.trim()) > 0;
}
