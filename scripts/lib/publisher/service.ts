/**
 * The resident publisher (`npm run publisher`): one long-running process that publishes
 * the site whenever its content changes — a file saved in the content folder (a desk's
 * save pulled in, an edit by hand), a commit pulled from the content repository, a
 * scheduled article coming due, or a periodic sweep — through the same pipeline as
 * `npm run build`, so each release is what a cold build of the same content makes.
 * What it keeps warm between publishes: the parsed content (content:check reads only
 * the files that changed) and the live release's manifest (only touched pages are
 * rendered). Astro itself runs as a child per publish: see docs/performance.md
 * ("The resident publisher") for why and what that costs.
 */
import { spawnSync } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import { relative, sep } from 'node:path';
import { formatProblem } from '../../../src/lib/check/problem.ts';
import { nextScheduled } from '../../../src/lib/site/publish.ts';
import type { ProjectEnv } from '../../../src/env.ts';
import { runPipeline } from '../build/pipeline.ts';
import { liveRelease } from '../build/release.ts';
import { SITE_STAGES } from '../build/site-stages.ts';
import { runQueue, type RunQueue } from './run-queue.ts';
import { writeStatus, type PublisherStatus } from './status.ts';
import { timerDelay } from './timer-delay.ts';

export interface PublisherOptions {
  /** The site's checkout (the Astro project). */
  root: string;
  env: ProjectEnv;
  log?: (line: string) => void;
  /** Seconds between `git pull`s of the checkout while idle; 0: never (the content arrives some other way). */
  pullEvery?: number;
  /** Minutes between publishes nobody asked for: a net under a missed file event. */
  sweepEvery?: number;
  /** Quiet time after a file event before publishing: a save writes an article and its photos one after another. */
  settleMs?: number;
  /** Called when a pull brought code, not only content: this process runs the old code and must be restarted. */
  onCodeChanged?: () => void;
}

export interface Publisher {
  queue: RunQueue;
  /** Stops watching and waking; a publish under way is left to finish or to be killed with the process. */
  stop: () => void;
}

/** The content folder's git commit, when it is in a repository. */
function commitOf(dir: string): string | undefined {
  const run = spawnSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

export function startPublisher({ root, env, log = console.log, pullEvery = 0, sweepEvery = 10, settleMs = 300, onCodeChanged }: PublisherOptions): Publisher {
  const dist = env.outDir;
  const status: PublisherStatus = {
    pid: process.pid,
    state: 'starting',
    runs: 0,
    release: liveRelease(dist),
    publishedAt: undefined,
    commit: undefined,
    error: undefined,
    nextScheduled: undefined,
    rss: process.memoryUsage().rss,
    updatedAt: new Date().toISOString(),
  };
  const save = (change: Partial<PublisherStatus>) => {
    Object.assign(status, change, { updatedAt: new Date().toISOString() });
    writeStatus(dist, status);
  };
  let scheduledTimer: NodeJS.Timeout | undefined;

  const publish = async (reasons: readonly string[]): Promise<void> => {
    const commit = commitOf(env.contentDir);
    save({ state: 'building', runs: status.runs + 1 });
    log(`[publisher] publishing (${[...new Set(reasons)].join(', ')})`);
    let errors: string[] = [];
    let next: Date | undefined;
    try {
      await runPipeline({
        root,
        dist,
        env: { ...env, now: env.clock() },
        stages: SITE_STAGES,
        log,
        warmCheck: true,
        skipUnchanged: true,
        onChecked: (report) => {
          errors = report.problems.filter((p) => p.severity === 'error').map(formatProblem);
          next = nextScheduled(report.content.news)?.data.publishedAt;
        },
      });
      const release = liveRelease(dist);
      const published = release !== status.release;
      save({ state: 'idle', release, commit, error: undefined, ...(published ? { publishedAt: new Date().toISOString() } : {}) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`[publisher] nothing published: ${message}`);
      // The pages may have gone live before a following stage failed.
      save({ state: 'failed', release: liveRelease(dist), error: [message, ...errors].join('\n') });
    } finally {
      clearTimeout(scheduledTimer);
      if (next) scheduledTimer = setTimeout(() => void queue.request('scheduled'), timerDelay(next, env.clock()));
      save({ nextScheduled: next?.toISOString(), rss: process.memoryUsage().rss });
    }
  };
  const queue = runQueue(publish);

  // File events: one publish per quiet spell.
  let settle: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(env.contentDir, { recursive: true }, (_event, name) => {
      if (name?.startsWith('.git')) return;
      clearTimeout(settle);
      settle = setTimeout(() => void queue.request('change'), settleMs);
    });
    watcher.on('error', (error) => log(`[publisher] watching ${env.contentDir} stopped (${error.message}); the sweep every ${sweepEvery} min goes on`));
  } catch (error) {
    log(`[publisher] cannot watch ${env.contentDir} (${(error as Error).message}); publishing on the sweep every ${sweepEvery} min`);
  }

  const sweep = setInterval(() => void queue.request('sweep'), sweepEvery * 60_000);
  const pull =
    pullEvery > 0
      ? setInterval(() => {
          // Never under a running publish: git rewrites the files it reads.
          if (!queue.busy()) pullOnce(root, env.contentDir, log, queue, onCodeChanged);
        }, pullEvery * 1000)
      : undefined;

  void queue.request('start');
  return {
    queue,
    stop: () => {
      watcher?.close();
      clearTimeout(settle);
      clearTimeout(scheduledTimer);
      clearInterval(sweep);
      clearInterval(pull);
      save({ state: 'stopped' });
    },
  };
}

/** Pulls the checkout; content changes are published, code changes ask for a restart. */
function pullOnce(root: string, contentDir: string, log: (line: string) => void, queue: RunQueue, onCodeChanged: (() => void) | undefined): void {
  const before = commitOf(root);
  const run = spawnSync('git', ['-C', root, 'pull', '--ff-only', '--quiet'], { encoding: 'utf8' });
  if (run.status !== 0) {
    log(`[publisher] git pull failed: ${run.stderr.trim()}`);
    return;
  }
  const after = commitOf(root);
  if (!before || !after || before === after) return;
  const changed = spawnSync('git', ['-C', root, 'diff', '--name-only', before, after], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  const content = relative(root, contentDir).split(sep).join('/');
  if (changed.some((file) => !file.startsWith(`${content}/`))) {
    log(`[publisher] pulled ${after.slice(0, 10)} with code changes: restarting to run the new code`);
    onCodeChanged?.();
    return;
  }
  void queue.request('pull');
}
