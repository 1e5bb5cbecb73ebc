/**
 * The desk's clone is the desk's alone, so between saves it is always clean:
 * exactly the branch's last commit. A save writes a journal first; whatever
 * interrupts it (Ctrl+C, a kill, a power cut, a full disk), `restoreClean`
 * puts the clone back — the save's commit either exists (it goes out with the
 * next push) or nothing of it is kept — and says which articles it touched.
 *
 *   beginSave(repo, paths, clerk) → trailer   before the first write
 *   endSave(repo)                             after the commit, or after a rollback
 *   restoreClean(repo) → RecoveredSave[]      before every save and at start
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../src/node/write-atomic.ts';
import { clearStaleLocks, git } from './git.ts';
import type { DeskRepo, RecoveredSave } from './repo.ts';

interface Journal {
  id: string;
  paths: string[];
  clerk: string;
  startedAt: string;
}

const TRAILER = 'Desk-Save';

/** The desk's own folder inside the clone's .git: never committed, never seen by the build. */
export function deskStateDir(repoDir: string): string {
  return join(repoDir, '.git', 'desk');
}

const journalPath = (repoDir: string) => join(deskStateDir(repoDir), 'save.json');

/** Records that a save of `paths` is starting; returns its id and the commit trailer that marks it done. */
export function beginSave(repo: DeskRepo, paths: readonly string[], clerk: string): { id: string; trailer: string } {
  const journal: Journal = { id: randomBytes(8).toString('hex'), paths: [...paths], clerk, startedAt: repo.now().toISOString() };
  mkdirSync(deskStateDir(repo.repoDir), { recursive: true });
  writeFileAtomic(journalPath(repo.repoDir), JSON.stringify(journal));
  return { id: journal.id, trailer: `${TRAILER}: ${journal.id}` };
}

export function endSave(repo: DeskRepo): void {
  rmSync(journalPath(repo.repoDir), { force: true });
}

function readJournal(repoDir: string): Journal | undefined {
  try {
    const value = JSON.parse(readFileSync(journalPath(repoDir), 'utf8')) as Journal;
    return typeof value.id === 'string' && Array.isArray(value.paths) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Back to the branch's last commit, whatever was left: lock files of a killed
 * git, a rebase or cherry-pick stopped half way, a detached HEAD, written or
 * staged files. Returns the interrupted save the journal names, if any.
 */
export async function restoreClean(repo: DeskRepo): Promise<RecoveredSave[]> {
  const { repoDir, branch } = repo;
  clearStaleLocks(repoDir);
  const gitDir = join(repoDir, '.git');
  if (existsSync(join(gitDir, 'rebase-merge')) || existsSync(join(gitDir, 'rebase-apply'))) await git(repoDir, ['rebase', '--abort']).catch(() => '');
  if (existsSync(join(gitDir, 'CHERRY_PICK_HEAD'))) await git(repoDir, ['cherry-pick', '--abort']).catch(() => '');
  if (existsSync(join(gitDir, 'MERGE_HEAD'))) await git(repoDir, ['merge', '--abort']).catch(() => '');
  for (const leftover of ['rebase-merge', 'rebase-apply', 'CHERRY_PICK_HEAD', 'MERGE_HEAD', 'sequencer'])
    rmSync(join(gitDir, leftover), { recursive: true, force: true });
  const attached = await git(repoDir, ['symbolic-ref', '-q', 'HEAD']).then(
    (ref) => ref.trim() === `refs/heads/${branch}`,
    () => false,
  );
  // A replay stopped half way leaves HEAD detached; the branch still points at the commits it had.
  if (!attached) await git(repoDir, ['checkout', '-q', '-f', branch]);
  const dirty = (await git(repoDir, ['status', '--porcelain', '-z', '--untracked-files=all'])).length > 0;
  if (dirty) {
    await git(repoDir, ['reset', '-q', '--hard', 'HEAD']);
    await git(repoDir, ['clean', '-q', '-f', '-d']);
  }
  const journal = readJournal(repoDir);
  endSave(repo);
  if (journal === undefined) return [];
  const done = await git(repoDir, ['log', '-1', '-F', `--grep=${TRAILER}: ${journal.id}`, '--format=%H', 'HEAD']).then(
    (s) => s.trim() !== '',
    () => false,
  );
  return [{ paths: journal.paths, clerk: journal.clerk, startedAt: journal.startedAt, outcome: done ? 'committed' : 'rolledBack' }];
}
