/**
 * Keeping the desk's clone level with the remote the site is built from.
 * Developers and other desks push to the same branch; the desk's own commits
 * may be waiting for a push (the remote was down). Before a save the desk
 * fetches and replays its waiting commits on the remote's branch one by one;
 * one that clashes with a newer change of the same lines is set aside
 * (refs/desk/parked/…, listed for the clerk) instead of stopping every save.
 *
 *   levelWithRemote(repo) → { online }   fetch, fast-forward or replay
 *   pushPending(repo) → PushState         push what is waiting, remember how it went
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../src/node/write-atomic.ts';
import { DESK_COMMITTER, fetchBranch, git, GitError, pushBranch, revParse, unpushedCommits } from './git.ts';
import type { DeskRepo, ParkedSave, PushState } from './repo.ts';
import { deskStateDir } from './working-copy.ts';

const parkedPath = (repoDir: string) => join(deskStateDir(repoDir), 'parked.json');

/** The parked saves a previous run recorded. */
export function loadParked(repo: DeskRepo): void {
  try {
    const list = JSON.parse(readFileSync(parkedPath(repo.repoDir), 'utf8')) as ParkedSave[];
    if (Array.isArray(list)) repo.parked = list;
  } catch {
    repo.parked = [];
  }
}

function saveParked(repo: DeskRepo): void {
  writeFileAtomic(parkedPath(repo.repoDir), JSON.stringify(repo.parked, null, 1));
}

/**
 * Fetches; when the remote moved on, the clone follows it, with the desk's
 * waiting commits replayed on top. Offline (or a remote that does not answer
 * in time) the clone stays as it is and `online` is false.
 */
export async function levelWithRemote(repo: DeskRepo): Promise<{ online: boolean }> {
  const { repoDir, branch } = repo;
  try {
    await fetchBranch(repoDir, branch, repo.timeouts);
  } catch {
    return { online: false };
  }
  const remote = `refs/remotes/origin/${branch}`;
  const remoteHead = await revParse(repoDir, remote);
  if (remoteHead === undefined) return { online: true };
  const waiting = await unpushedCommits(repoDir, branch);
  const behind = !(await git(repoDir, ['merge-base', '--is-ancestor', remote, 'HEAD']).then(
    () => true,
    () => false,
  ));
  if (!behind) return { online: true };
  if (waiting.length === 0) {
    await git(repoDir, ['reset', '-q', '--hard', remote]);
    return { online: true };
  }
  // Replay on a detached HEAD: if the desk dies half way, the branch still holds every commit.
  await git(repoDir, ['checkout', '-q', '--detach', remote]);
  for (const commit of waiting) await replay(repo, commit);
  await git(repoDir, ['checkout', '-q', '-B', branch]);
  return { online: true };
}

async function replay(repo: DeskRepo, commit: string): Promise<void> {
  const { repoDir } = repo;
  try {
    await git(repoDir, ['cherry-pick', '--allow-empty', '--keep-redundant-commits', commit], { env: DESK_COMMITTER });
    // The same change already on the remote (a push whose answer was lost): nothing to keep.
    const changed = await git(repoDir, ['diff', '--name-only', 'HEAD~1', 'HEAD']);
    if (changed.trim() === '') await git(repoDir, ['reset', '-q', '--hard', 'HEAD~1']);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    await git(repoDir, ['cherry-pick', '--abort']).catch(() => '');
    await git(repoDir, ['reset', '-q', '--hard', 'HEAD']);
    await park(repo, commit);
  }
}

/** Keeps `commit` under refs/desk/parked/ and lists it with who changed its files on the remote. */
async function park(repo: DeskRepo, commit: string): Promise<void> {
  const { repoDir, branch } = repo;
  await git(repoDir, ['update-ref', `refs/desk/parked/${commit}`, commit]);
  const [clerk = '', savedAt = ''] = (await git(repoDir, ['show', '-s', '--format=%an%x00%aI', commit])).trim().split('\0');
  const paths = (await git(repoDir, ['diff-tree', '--no-commit-id', '--name-only', '-r', '-z', commit])).split('\0').filter(Boolean);
  const last = await git(repoDir, ['log', '-1', '--format=%an%x00%aI', `refs/remotes/origin/${branch}`, '--', ...paths]);
  const [changedBy = '', changedAt = ''] = last.trim().split('\0');
  repo.parked = [...repo.parked.filter((p) => p.commit !== commit), { commit, paths, clerk, savedAt, changedBy, changedAt }];
  saveParked(repo);
}

/** The text a parked save holds for `path`, for the clerk to copy into the current version. */
export async function parkedText(repo: DeskRepo, commit: string, path: string): Promise<string | undefined> {
  if (!repo.parked.some((p) => p.commit === commit && p.paths.includes(path))) return undefined;
  return git(repo.repoDir, ['show', `${commit}:${path}`]).catch(() => undefined);
}

/** Removes a parked save from the list once the clerk has dealt with it (the ref stays in git). */
export function dismissParked(repo: DeskRepo, commit: string): boolean {
  const before = repo.parked.length;
  repo.parked = repo.parked.filter((p) => p.commit !== commit);
  if (repo.parked.length !== before) saveParked(repo);
  return repo.parked.length !== before;
}

/** Pushes the waiting commits (if any) and records the outcome for the desk's status. */
export async function pushPending(repo: DeskRepo): Promise<PushState> {
  const waiting = await unpushedCommits(repo.repoDir, repo.branch);
  const at = repo.now().toISOString();
  if (waiting.length === 0) return (repo.lastPush = { ok: true, at });
  try {
    await pushBranch(repo.repoDir, repo.branch, repo.timeouts);
    // The remote-tracking branch moves with a push only when git says so; fetch would cost a round trip.
    await git(repo.repoDir, ['update-ref', `refs/remotes/origin/${repo.branch}`, 'HEAD']);
    return (repo.lastPush = { ok: true, at });
  } catch (error) {
    return (repo.lastPush = { ok: false, at, error: error instanceof GitError ? error.output : String(error) });
  }
}
