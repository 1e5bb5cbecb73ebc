/**
 * `npm run build` as one pipeline: content:check → astro build into staging →
 * later stages (search index, feeds, link check) → atomic publish. A failure at any
 * stage leaves the previous `dist/` exactly as it was.
 */
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runContentCheck } from '../run-check.ts';
import { formatChinaDateTime, toChinaIso } from '../../../src/lib/china-time.ts';
import { nextScheduled } from '../../../src/lib/site/publish.ts';
import { t } from '../../../src/i18n/zh-CN.ts';
import {
  acquireBuildLock,
  createStaging,
  discardStaging,
  linkTree,
  liveRelease,
  liveReleasePath,
  publishStaging,
  releasesDirFor,
  waitForLock,
} from './release.ts';
import { assembleRelease, codeDigest, entryDigests, listSiteFiles, prepareAstroCache, readManifest, writeManifest } from './incremental.ts';
import type { CheckedSiteModel } from '../../../src/lib/site/checked-model.ts';
import { allPageRoutes } from '../../../src/lib/site/page-routes.ts';
import { planRebuild, routeDigests, type RouteRecord } from '../../../src/lib/site/rebuild-plan.ts';
import { SITE } from '../../../src/site.config.ts';
import { childEnv, type BuildEnv } from '../../../src/env.ts';
import type { RenderPlan } from '../../../src/node/render-plan.ts';

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
}

export class BuildFailed extends Error {}

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
        env: childEnv({ CONTENT_DIR: env.contentDir, SITE_NOW: env.now.toISOString(), ...extraEnv }),
      },
    );
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new BuildFailed(t('build.astroFailed', { reason: signal ?? t('build.exitCode', { code: String(code) }) }))),
    );
  });
  return { promise, kill: () => void child?.kill('SIGTERM') };
}

export async function runPipeline(options: PipelineOptions): Promise<string> {
  const unlock = acquireBuildLock(options.dist);
  try {
    return await pipeline(options);
  } finally {
    unlock();
  }
}

async function pipeline({ root, dist, env, stages = [], log = console.log, faultAt }: PipelineOptions): Promise<string> {
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
  // Astro starts at once and works on its own (start-up, content sync, bundling) while
  // content:check and the plan run here; its pages wait for the plan file (src/astro/site.ts).
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
  // A failure here is reported below, after the plan (or by the check that stops the build first).
  astro.promise.catch(() => undefined);
  const abort = (error: unknown): never => {
    astro.kill();
    discardStaging(staging);
    rmSync(planFile, { force: true });
    throw error;
  };

  const report = await timed('content:check', () => runContentCheck(env.contentDir, env.now, root, log)).catch(abort);
  if (report.errors > 0) abort(new BuildFailed(t('build.checkFailed', { errors: report.errors })));
  const next = nextScheduled(report.model.news);
  // A static site publishes a scheduled article only when rebuilt: say when that must happen.
  log(
    next?.data.publishedAt
      ? t('build.nextScheduled', { time: formatChinaDateTime(next.data.publishedAt), iso: toChinaIso(next.data.publishedAt), file: next.file.path })
      : t('build.noneScheduled'),
  );

  const site = report.site;
  const { digests, plan, before } = await timed('plan', () => {
    const routes = allPageRoutes(site);
    const entries = entryDigests(report.model, env.contentDir);
    const digests = routeDigests(routes, (key) => entries.get(key) ?? 'missing');
    const before = previous && existsSync(previous) ? readManifest(cacheDir, liveRelease(dist)) : undefined;
    return { digests, plan: planRebuild(before, code, digests), before };
  }).catch(abort);
  log(
    plan.full
      ? `[pipeline] rendering all ${plan.render.length} content pages${before ? ' (code or config changed)' : ''}`
      : `[pipeline] rendering ${plan.render.length} changed content pages, ` +
          `${plan.reuse.length} unchanged taken from the live release, ${plan.removed.length} removed`,
  );
  // Written whole, then renamed: Astro's pages wait for the name to appear.
  const renderPlan: RenderPlan = {
    render: plan.full ? null : plan.render,
    sitemap: [...digests.keys()].filter((url) => url.endsWith('/')).map((url) => new URL(url, SITE.url).href),
  };
  try {
    writeFileSync(`${planFile}.tmp`, JSON.stringify(renderPlan));
    renameSync(`${planFile}.tmp`, planFile);
  } catch (error) {
    abort(error);
  }

  const rendered = new Set<string>();
  let files: string[] | undefined;
  const context: StageContext = { site, env, log, previous, cacheDir, rendered, files: () => (files ??= listSiteFiles(staging)) };
  const following = previous ? stages.filter((stage) => stage.follows?.(context)) : [];
  let records: RouteRecords;
  try {
    // Stages run one after another: beside `astro build` on 2 cores, Pagefind's helper made both slower (docs/performance.md).
    await astro.promise;
    log(`[pipeline] astro build: ${((performance.now() - astroStart) / 1000).toFixed(2)}s`);
    rmSync(planFile, { force: true });
    const assembled = await timed('assemble', () => assembleRelease(staging, previous, before, digests, new Set(plan.reuse)));
    records = assembled.routes;
    for (const file of assembled.rendered) rendered.add(file);
    for (const stage of stages) {
      if (following.includes(stage)) {
        if (previous && stage.output && existsSync(join(previous, stage.output))) linkTree(join(previous, stage.output), join(staging, stage.output));
        continue;
      }
      await runStage(stage, staging, context);
    }
  } catch (error) {
    discardStaging(staging);
    rmSync(planFile, { force: true });
    throw error;
  }
  let release = await timed('publish', () => publishStaging(dist, staging, stamp));
  writeManifest(cacheDir, { version: 1, release, code, routes: records });
  log(`[pipeline] published ${release} → dist/`);
  log(`[pipeline] pages live after ${since()}s${following.length > 0 ? ` (${following.map((s) => s.name).join(', ')} follows)` : ''}`);

  if (following.length > 0) {
    // The second step: a copy of the live release (hard links) with the following stages' work, published whole.
    const live = join(releasesDirFor(dist), release);
    const next = createStaging(dist);
    let followFiles: string[] | undefined;
    const followContext: StageContext = { ...context, previous: live, files: () => (followFiles ??= listSiteFiles(next)) };
    try {
      await timed('copy live release', () => linkTree(live, next));
      for (const stage of following) await runStage(stage, next, followContext);
    } catch (error) {
      discardStaging(next);
      throw new BuildFailed(
        t('build.afterPublish', { detail: error instanceof Error ? error.message : String(error), stages: following.map((s) => s.name).join('、') }),
        { cause: 'after-publish' },
      );
    }
    release = await timed('publish again', () => publishStaging(dist, next, `${stamp}-2`));
    writeManifest(cacheDir, { version: 1, release, code, routes: records });
    log(`[pipeline] published ${release} → dist/`);
    log(`[pipeline] ${following.map((s) => s.name).join(', ')} caught up after ${since()}s`);
  }
  return release;

  async function runStage(stage: Stage, dir: string, stageContext: StageContext): Promise<void> {
    await timed(stage.name, () => stage.run(dir, stageContext));
    if (faultAt === stage.name) throw new BuildFailed(`SHEQU_FAULT: ${stage.name} failed on purpose`);
  }
}
