/**
 * The desk's per-save check (#25) on the bench corpus: one article edited and
 * checked as the desk does, first with nothing cached (cold), then several
 * saves in a row (steady state), against the old full two-pass check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { forgetContent, RACY_MS } from '../../../src/node/content-cache.ts';
import { checkSave } from '../../../src/node/desk-check.ts';
import { checkSaveFull } from './plain-save-check.ts';
import type { CorpusArticle } from './corpus.ts';
import { median } from './stats.ts';

/** Saves timed after the first; the steady figure is their median. */
const STEADY_SAVES = 7;

export interface DeskSaveTimes {
  coldMs: number;
  steadyMs: number;
  /** The old approach: the whole site read and checked before and after. */
  fullMs: number;
  saves: number;
  /** Whether the fast and the full check gave the same lines (they must). */
  agree: boolean;
  /** Resident memory of the bench process after the saves (the cache included). */
  rssMb: number;
}

const ms = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

/** `repoDir` holds `content/`; `article` is edited in memory only, never written. */
export function measureDeskSave(repoDir: string, article: CorpusArticle, now: Date): DeskSaveTimes {
  const path = `content/${article.rel}`;
  const original = readFileSync(join(repoDir, path), 'utf8');
  const save = (i: number) => [{ path, text: `${original}\n（第 ${i} 次保存补记。）\n` }];
  // Files written in the last RACY_MS are read every save: a corpus just generated would time that, not the desk after a pull settles.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RACY_MS + 100);
  forgetContent();
  const coldMs = ms(() => checkSave(repoDir, save(0), [], now));
  const steady = Array.from({ length: STEADY_SAVES }, (_, i) => ms(() => checkSave(repoDir, save(i + 1), [], now)));
  const rssMb = process.memoryUsage().rss / 1048576;
  let full: unknown;
  const fullMs = ms(() => (full = checkSaveFull(repoDir, save(0), [], now)));
  const agree = JSON.stringify(full) === JSON.stringify(checkSave(repoDir, save(0), [], now));
  return { coldMs, steadyMs: median(steady), fullMs, saves: STEADY_SAVES, agree, rssMb };
}
