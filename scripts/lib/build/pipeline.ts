/**
 * `npm run build` as one pipeline, one function per step: start Astro into a staging folder
 * (start-build.ts) → content:check and the render plan (check-and-plan.ts) → render and
 * assemble, run the stages → publish atomically → the following stages, published again.
 * A failure before the publish leaves the previous `dist/` exactly as it was.
 */
import { performance } from 'node:perf_hooks';
import { existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { t } from '../../../src/i18n/zh-CN.ts';
import { acquireBuildLock, createStaging, discardStaging, linkTree, publishStaging, releasesDirFor } from './release.ts';
import { assembleRelease, listSiteFiles, writeManifest } from './incremental.ts';
import type { CheckedSiteModel } from '../../../src/lib/site/checked-model.ts';
import type { RouteRecord } from '../../../src/lib/site/rebuild-plan.ts';
import type { BuildEnv } from '../../../src/env.ts';
import { BuildFailed, NothingToPublish, startBuild, type Build } from './start-build.ts';
import type { CheckReport } from '../run-check.ts';
import { checkAndPlan, type Planned } from './check-and-plan.ts';

export { BuildFailed, NothingToPublish };

type RouteRecords = Record<string, RouteRecord>;

/** What a stage gets besides the staged folder: the checked content, read once for the whole build. */
export interface StageContext {
  /** The site the pages show, from the same model the pages use. */
  site: CheckedSiteModel;
  env: BuildEnv;
  log: (line: string) => void;
  /** The live release (what `dist` points at), for stages that reuse unchanged work. */
  previous: string | undefined;
  /** Where stages keep what they learnt for the next build (beside the releases, never published). */
  cacheDir: string;
  /** Pages and feeds rendered by this build (the rest were taken unchanged from the live release, checked when they were made). */
  rendered: ReadonlySet<string>;
  /** Every file of the staged site, listed on first use (after the search index is written). */
  files: () => readonly string[];
}

/** A stage that works on the staged site before it is published. */
export interface Stage {
  name: string;
  run: (staging: string, context: StageContext) => Promise<void>;
  /**
   * Whether this stage's work may follow the pages: they are published first with the
   * live release's copy of what the stage writes, then the stage runs on a copy of that
   * release and publishes it again (the search index, slow to rebuild, see docs/decisions.md).
   */
  follows?: (context: StageContext) => boolean;
  /** What the stage writes, relative to the site folder, to carry over while it follows. */
  output?: string;
}

export interface PipelineOptions {
  /** The Astro project. */
  root: string;
  /** The published site: a symlink to the live release. */
  dist: string;
  env: BuildEnv;
  /** Stages after `astro build`, in order. */
  stages?: readonly Stage[];
  log?: (line: string) => void;
  /** Makes the named stage fail, to prove a failure anywhere publishes nothing (SHEQU_FAULT, tests only). */
  faultAt?: string | undefined;
  /** Keep the parsed content between builds of this process (the resident publisher): unchanged files are not read again. */
  warmCheck?: boolean;
  /** Publish nothing when no page, feed or entry changed since the live release (the publisher, woken by a touch that changed nothing). */
  skipUnchanged?: boolean;
  /** Told what content:check found, before the build goes on or stops (the publisher keeps the errors and the next scheduled time). */
  onChecked?: (report: CheckReport) => void;
}

/** Runs the whole build under the site's build lock, released however the build ends. */
export async function runPipeline(options: PipelineOptions): Promise<string> {
  const unlock = acquireBuildLock(options.dist);
  try {
    return await pipeline(options);
  } finally {
    unlock();
  }
}

/**
 * The steps in order; each says what it leaves behind when it fails. Until `publish`
 * nothing of this build is visible: a failure removes the staging folder and `dist`
 * keeps the live release.
 */
async function pipeline(options: PipelineOptions): Promise<string> {
  const { stages = [] } = options;
  const build = await startBuild(options);
  let planned: Planned;
  try {
    planned = await checkAndPlan(build);
  } catch (error) {
    if (!(error instanceof NothingToPublish) || !build.previous) throw error;
    build.log('[pipeline] nothing changed since the live release: nothing published');
    return basename(build.previous);
  }
  const context = stageContext(build, planned.site);
  const following = build.previous ? stages.filter((stage) => stage.follows?.(context)) : [];
  const records = await renderAndAssemble(build, planned, context, stages, following);
  const release = await publish(build, 'publish', build.staging, build.stamp, records);
  build.log(`[pipeline] pages live after ${build.since()}s${following.length > 0 ? ` (${names(following, ', ')} follows)` : ''}`);
  return following.length > 0 ? await publishFollowing(build, context, following, release, records) : release;
}

/** The context the stages share; its `rendered` is filled once the release is assembled. */
function stageContext({ env, log, previous, cacheDir, staging, rendered }: Build, site: CheckedSiteModel): StageContext {
  let files: string[] | undefined;
  return { site, env, log, previous, cacheDir, rendered, files: () => (files ??= listSiteFiles(staging)) };
}

/**
 * Waits for Astro, assembles the release in the staging folder (unchanged pages linked from
 * the live release) and runs the stages that do not follow; a following stage's output is
 * carried over from the live release. Any error aborts the build before anything is published.
 */
async function renderAndAssemble(
  build: Build,
  { digests, plan, before }: Planned,
  context: StageContext,
  stages: readonly Stage[],
  following: readonly Stage[],
): Promise<RouteRecords> {
  const { log, staging, previous, timed } = build;
  try {
    // Stages run one after another: beside `astro build` on 2 cores, Pagefind's helper made both slower (docs/performance.md).
    await build.astro.promise;
    log(`[pipeline] astro build: ${((performance.now() - build.astroStart) / 1000).toFixed(2)}s`);
    rmSync(build.planFile, { force: true });
    const assembled = await timed('assemble', () => assembleRelease(staging, previous, before, digests, new Set(plan.reuse)));
    for (const file of assembled.rendered) build.rendered.add(file);
    for (const stage of stages) {
      if (following.includes(stage)) {
        if (previous && stage.output && existsSync(join(previous, stage.output))) linkTree(join(previous, stage.output), join(staging, stage.output));
        continue;
      }
      await runStage(build, stage, staging, context);
    }
    return assembled.routes;
  } catch (error) {
    return build.abort(error);
  }
}

/** Publishes a staged folder whole (`dist` is the old release or this one at every instant) and records its manifest. */
async function publish(build: Build, step: string, folder: string, stamp: string, records: RouteRecords): Promise<string> {
  const release = await build.timed(step, () => publishStaging(build.dist, folder, stamp));
  writeManifest(build.cacheDir, { version: 1, release, code: build.code, routes: records });
  build.log(`[pipeline] published ${release} → dist/`);
  return release;
}

/**
 * The second publish: the following stages run on a copy of the live release (hard links),
 * published whole. If they fail, the copy is removed and the pages published first stay live.
 */
async function publishFollowing(build: Build, context: StageContext, following: readonly Stage[], release: string, records: RouteRecords): Promise<string> {
  const live = join(releasesDirFor(build.dist), release);
  const next = createStaging(build.dist);
  let files: string[] | undefined;
  const followContext: StageContext = { ...context, previous: live, files: () => (files ??= listSiteFiles(next)) };
  try {
    await build.timed('copy live release', () => linkTree(live, next));
    for (const stage of following) await runStage(build, stage, next, followContext);
  } catch (error) {
    discardStaging(next);
    throw new BuildFailed(t('build.afterPublish', { detail: error instanceof Error ? error.message : String(error), stages: names(following, '、') }), {
      cause: 'after-publish',
    });
  }
  const again = await publish(build, 'publish again', next, `${build.stamp}-2`, records);
  build.log(`[pipeline] ${names(following, ', ')} caught up after ${build.since()}s`);
  return again;
}

/** Runs one stage, timed; `faultAt` makes it fail afterwards (tests only). */
async function runStage({ timed, faultAt }: Build, stage: Stage, dir: string, context: StageContext): Promise<void> {
  await timed(stage.name, () => stage.run(dir, context));
  if (faultAt === stage.name) throw new BuildFailed(`SHEQU_FAULT: ${stage.name} failed on purpose`);
}

function names(stages: readonly Stage[], separator: string): string {
  return stages.map((s) => s.name).join(separator);
}
