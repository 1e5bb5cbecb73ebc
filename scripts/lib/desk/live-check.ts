/**
 * 已上线: whether a save is on the live site. The resident publisher records the commit
 * each publish was made from (`.releases/publisher.json`, scripts/lib/publisher/status.ts);
 * the save is live when that commit holds the file exactly as it was saved. Compared by
 * the file's text, not by the save's commit: a save replayed onto newer work gets a new
 * commit with the same text, and a later save of the same file makes the earlier one
 * no longer the live text (only the newest save is ever shown as 已上线).
 */
import { readFileSync } from 'node:fs';
import { sha256 } from './files.ts';
import { fetchBranch, git, revParse } from './git.ts';
import type { DeskRepo } from './repo.ts';

export interface LiveAnswer {
  /** False too when the desk does not know where the publisher reports (no `--publisher`). */
  live: boolean;
  /** When the publish that made it live ended (ISO). */
  at?: string | undefined;
  /** Whether asking again can change the answer (a publisher is known). */
  watching: boolean;
}

interface PublisherReport {
  commit?: string;
  publishedAt?: string;
}

/** The publisher's report from a file on this machine or an address; undefined when unreadable. */
async function readReport(source: string): Promise<PublisherReport | undefined> {
  try {
    const text = /^https?:\/\//.test(source) ? await (await fetch(source, { signal: AbortSignal.timeout(5000) })).text() : readFileSync(source, 'utf8');
    const data = JSON.parse(text) as unknown;
    return data !== null && typeof data === 'object' ? (data as PublisherReport) : undefined;
  } catch {
    return undefined;
  }
}

/** Fetches at most this often when the publisher names a commit the desk has not seen. */
const FETCH_EVERY_MS = 10_000;
let lastFetch = 0;

/** Whether the file `path` as saved (its text's sha256 `id`) is what the publisher last published. */
export async function savedIsLive(repo: DeskRepo, source: string | undefined, path: string, id: string): Promise<LiveAnswer> {
  if (source === undefined) return { live: false, watching: false };
  const report = await readReport(source);
  const commit = report?.commit;
  if (!commit || !/^[0-9a-f]{40}$/.test(commit)) return { live: false, watching: true };
  return repo.serialize(async () => {
    if (!(await revParse(repo.repoDir, commit)) && Date.now() - lastFetch > FETCH_EVERY_MS) {
      lastFetch = Date.now();
      await fetchBranch(repo.repoDir, repo.branch).catch(() => undefined);
    }
    const text = await git(repo.repoDir, ['show', `${commit}:${path}`]).catch(() => undefined);
    return text !== undefined && sha256(text) === id ? { live: true, at: report.publishedAt, watching: true } : { live: false, watching: true };
  });
}
