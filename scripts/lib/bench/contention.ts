/**
 * Keeping measurements clean on a shared 2-core machine: wait while someone
 * else's build, Hugo or Pagefind runs, and repeat a cold build that overlapped one.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { foreignHeavyProcesses, readAllStats } from './proc.ts';

const IDLE_POLL_MS = 10_000;
const IDLE_WAIT_MS = 30 * 60_000;
/** Extra attempts for a cold build that shared the machine with another heavy process. */
const CONTENDED_RETRIES = 1;

type Log = (line: string) => void;

/** Waits (up to 30 min) while another build, Hugo or Pagefind runs: two heavy jobs on 2 cores make both numbers wrong. */
export async function waitForIdle(log: Log): Promise<void> {
  const deadline = Date.now() + IDLE_WAIT_MS;
  for (;;) {
    const busy = foreignHeavyProcesses(readAllStats(), new Set());
    if (busy.length === 0) return;
    if (Date.now() > deadline) {
      log(`[bench] still busy after ${IDLE_WAIT_MS / 60_000} min, measuring anyway (results will be flagged): ${busy[0]}`);
      return;
    }
    log(`[bench] waiting for another heavy process to finish: ${busy[0]}`);
    await sleep(IDLE_POLL_MS);
  }
}

/**
 * Runs a cold build again when another heavy process ran during it: on 2 cores
 * that measures the other job too. (Warm rebuilds cannot be re-run from the same
 * state, so they are only flagged.)
 */
export async function uncontended<T>(what: string, work: () => Promise<T>, contended: (result: T) => string[], log: Log): Promise<T> {
  let result = await work();
  for (let i = 0; i < CONTENDED_RETRIES && contended(result).length > 0; i++) {
    log(`[bench] ${what} shared the machine with ${contended(result)[0]}: running it again`);
    await waitForIdle(log);
    result = await work();
  }
  return result;
}
