/**
 * What the desk does with its clone before serving, and while it serves:
 * recover whatever an interrupted save left, catch up with the remote, push
 * saves still waiting — and keep retrying those in the background. The desk
 * always starts: an unreachable remote or a clashing offline edit is
 * reported, never fatal.
 */
import { t } from '../../../src/i18n/zh-CN.ts';
import { loadParked, levelWithRemote, pushPending } from './remote-sync.ts';
import type { DeskRepo } from './repo.ts';
import { waitingSaves } from './status.ts';
import { restoreClean } from './working-copy.ts';

/** Readies the clone; returns the lines to print for the person starting the desk. */
export function readyClone(repo: DeskRepo): Promise<string[]> {
  return repo.serialize(async () => {
    loadParked(repo);
    const parkedBefore = repo.parked.length;
    const recovered = await restoreClean(repo);
    repo.recovered.push(...recovered);
    const lines = recovered.map((r) =>
      t(r.outcome === 'committed' ? 'desk.start.recoveredCommitted' : 'desk.start.recoveredRolledBack', { paths: r.paths.join('、'), clerk: r.clerk }),
    );
    const { online } = await levelWithRemote(repo);
    if (!online) lines.push(t('desk.start.offline'));
    for (const p of repo.parked.slice(parkedBefore)) lines.push(t('desk.start.parked', { paths: p.paths.join('、'), clerk: p.clerk, by: p.changedBy }));
    if (online && (await waitingSaves(repo)).length > 0) {
      const push = await pushPending(repo);
      lines.push(push.ok ? t('desk.start.pushed') : t('desk.start.pushFailed', { error: push.error ?? '' }));
    }
    return lines;
  });
}

/** Retries waiting pushes every `intervalMs` while the desk runs; returns the function that stops it. */
export function keepPushing(repo: DeskRepo, intervalMs = 30_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    repo
      .serialize(async () => {
        if ((await waitingSaves(repo)).length === 0) return;
        await restoreClean(repo);
        if ((await levelWithRemote(repo)).online) await pushPending(repo);
      })
      .catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
