/**
 * The build's first step: a fresh staging folder with `astro build` already running into it,
 * and the one way to give up before publishing (`abort`).
 */
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../../src/i18n/zh-CN.ts';
import { childEnv, type BuildEnv } from '../../../src/env.ts';
import { createStaging, discardStaging, liveReleasePath, releasesDirFor, waitForLock } from './release.ts';
import { codeDigest, prepareAstroCache } from './incremental.ts';
import type { PipelineOptions } from './pipeline.ts';
import type { CheckReport } from '../run-check.ts';

/** A failure the build reports as its message alone (a check error, Astro failing, a stage failing), without a stack. */
export class BuildFailed extends Error {}

/** The plan found nothing to render or remove and the build was asked to skip such a publish (PipelineOptions.skipUnchanged). */
export class NothingToPublish extends Error {}

/**
 * `astro build` in a child process: its memory (module graph, content store,
 * rendered pages) is returned to the system before the search index is built,
 * so the two never sit in memory together (measured: 4.4 GB → see docs/performance.md).
 * It is started before content:check and waits for the render plan only when it
 * reaches the pages, so its start-up and content sync overlap the check.
 */
function astroBuild(root: string, outDir: string, env: BuildEnv, extraEnv: Parameters<typeof childEnv>[0]): { promise: Promise<void>; kill: () => void } {
  let child: ReturnType<typeof spawn> | undefined;
  const promise = new Promise<void>((resolve, reject) => {
    // Node's default heap (~4.5 GB here) is too small for Astro's content store and pages past ~50,000 articles.
    child = spawn(
      process.execPath,
      ['--max-old-space-size-percentage=75', join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, '--silent'],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: childEnv({ CONTENT_DIR: env.contentDir, SITE_NOW: env.now.toISOString(), SHEQU_PIPELINE_PID: String(process.pid), ...extraEnv }),
      },
    );
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new BuildFailed(t('build.astroFailed', { reason: signal ?? t('build.exitCode', { code: String(code) }) }))),
    );
  });
  return { promise, kill: () => void child?.kill('SIGTERM') };
}

/** A build under way: where it stages, its Astro child, and how it logs, times and gives up. */
export interface Build {
  root: string;
  dist: string;
  env: BuildEnv;
  log: (line: string) => void;
  faultAt: string | undefined;
  /** content:check from the parsed files this process kept (PipelineOptions.warmCheck). */
  warmCheck: boolean;
  skipUnchanged: boolean;
  onChecked: ((report: CheckReport) => void) | undefined;
  /** Names this build's release and render plan. */
  stamp: string;
  cacheDir: string;
  /** The live release's folder, if there is one. */
  previous: string | undefined;
  planFile: string;
  staging: string;
  /** The code digest: a change to it renders every page. */
  code: string;
  astro: ReturnType<typeof astroBuild>;
  astroStart: number;
  /** Pages and feeds this build renders, filled when the release is assembled (the stages' `rendered`). */
  rendered: Set<string>;
  /** Seconds since the build started. */
  since: () => string;
  timed: <T>(name: string, work: () => Promise<T> | T) => Promise<T>;
  /** Kills Astro, removes the staging folder and the plan, and throws `error`: nothing of this build is left. */
  abort: (error: unknown) => never;
}

/**
 * Creates the staging folder and starts `astro build` into it at once: Astro's start-up,
 * content sync and bundling overlap the check and the plan, and its pages wait for the
 * plan file (src/astro/site.ts). Holds the checkout's Astro lock until Astro exits.
 */
export async function startBuild({
  root,
  dist,
  env,
  log = console.log,
  faultAt,
  warmCheck = false,
  skipUnchanged = false,
  onChecked,
}: PipelineOptions): Promise<Build> {
  const started = performance.now();
  const since = (): string => ((performance.now() - started) / 1000).toFixed(2);
  const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const result = await work();
    log(`[pipeline] ${name}: ${((performance.now() - start) / 1000).toFixed(2)}s`);
    return result;
  };

  const stamp = new Date().toISOString().replace(/[-:.TZ]/g, '') + `-${process.pid}`;
  const cacheDir = join(releasesDirFor(dist), 'cache');
  const previous = liveReleasePath(dist);
  mkdirSync(cacheDir, { recursive: true });
  const planFile = join(cacheDir, `render-plan-${stamp}.json`);
  const staging = createStaging(dist);
  // Astro keeps some of a build's files in the checkout's `.astro/`, whatever its cacheDir
  // (prepareAstroCache says which): one `astro build` per checkout at a time.
  const unlockAstro = await waitForLock(join(root, '.astro', 'build.lock'), () =>
    log('[pipeline] waiting for another build in this checkout to finish astro build'),
  );
  const astroStart = performance.now();
  const code = codeDigest(root, env);
  // The code digest also keys Astro's stored entries: a fix to the Markdown plugins or schemas reaches every article.
  const astro = astroBuild(root, staging, env, {
    SHEQU_RENDER_PLAN: planFile,
    SHEQU_CODE_DIGEST: code,
    SHEQU_ASTRO_CACHE_DIR: prepareAstroCache(root, cacheDir, env.contentDir),
  });
  void astro.promise.then(unlockAstro, unlockAstro);
  // A failure here is reported when the pipeline waits for Astro, after the plan (or by the check that stops the build first).
  astro.promise.catch(() => undefined);
  const abort = (error: unknown): never => {
    // Killing an Astro that has already exited does nothing.
    astro.kill();
    discardStaging(staging);
    rmSync(planFile, { force: true });
    throw error;
  };
  const rendered = new Set<string>();
  return {
    root,
    dist,
    env,
    log,
    faultAt,
    warmCheck,
    skipUnchanged,
    onChecked,
    stamp,
    cacheDir,
    previous,
    planFile,
    staging,
    code,
    astro,
    astroStart,
    rendered,
    since,
    timed,
    abort,
  };
}
