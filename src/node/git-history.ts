/**
 * When each news file entered the repository, read from git for the audit's
 * 发稿日期核对 (src/lib/audit/publish-dates.ts holds the rule). One `git log`
 * over the whole news folder rather than one `--follow` per file: 20,000
 * articles would be 20,000 processes. Renames are followed by hand (`-M`,
 * oldest first), so a file keeps the time it was first added under any name.
 */
import { spawnSync } from 'node:child_process';
import { parseChinaTime } from '../lib/china-time.ts';
import type { HistoryGap } from '../lib/audit/report.ts';

export type NewsHistory =
  | { kind: 'unavailable'; gap: HistoryGap }
  | {
      kind: 'available';
      /** Content-relative path (`news/2026/a.md`) → commit time of its oldest add. */
      added: ReadonlyMap<string, Date>;
      /** The oldest commit that added anything under news/, even a file since removed. */
      firstAdd: Date | undefined;
    };

const MARK = '\u0001';

function git(cwd: string, args: readonly string[]): { status: number | null; stdout: string; missing: boolean } {
  const run = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const missing = (run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  return { status: run.status, stdout: run.stdout ?? '', missing };
}

/** The news folder's add times; says why not when the history is missing or cut short. */
export function readNewsHistory(contentDir: string): NewsHistory {
  const shallow = git(contentDir, ['rev-parse', '--is-shallow-repository']);
  if (shallow.missing) return { kind: 'unavailable', gap: 'noGit' };
  if (shallow.status !== 0) return { kind: 'unavailable', gap: 'notRepo' };
  // A shallow clone starts at a cut: every file looks added there, which would be a guess.
  if (shallow.stdout.trim() === 'true') return { kind: 'unavailable', gap: 'shallow' };
  // A repository with no commit yet: nothing was added.
  if (git(contentDir, ['rev-parse', '--verify', '--quiet', 'HEAD']).status !== 0) return { kind: 'available', added: new Map(), firstAdd: undefined };
  const log = git(contentDir, ['log', '--reverse', '--relative', '-M', '--diff-filter=AR', '--name-status', `--format=${MARK}%cI`, '--', 'news']);
  if (log.status !== 0) return { kind: 'unavailable', gap: 'notRepo' };
  return { kind: 'available', ...parseAddLog(log.stdout) };
}

/** Reads `git log --reverse --name-status --format=<MARK>%cI` output (oldest commit first). */
export function parseAddLog(text: string): { added: Map<string, Date>; firstAdd: Date | undefined } {
  const added = new Map<string, Date>();
  let firstAdd: Date | undefined;
  let time: Date | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith(MARK)) {
      time = parseChinaTime(line.slice(MARK.length)) ?? undefined;
      continue;
    }
    const [status = '', from = '', to] = line.split('\t');
    if (!time || from === '') continue;
    if (status === 'A') {
      firstAdd ??= time;
      if (!added.has(from)) added.set(from, time);
    } else if (status.startsWith('R') && to) {
      added.set(to, added.get(from) ?? time);
    }
  }
  return { added, firstAdd };
}
