/**
 * `npm run build` as one pipeline: content:check → astro build into staging →
 * later stages (search index, feeds, link check) → atomic publish. A failure at any
 * stage leaves the previous `dist/` exactly as it was.
 */
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runContentCheck } from './run-check.ts';
import { formatChinaDateTime, toChinaIso } from '../../src/lib/china-time.ts';
import { nextScheduled } from '../../src/lib/publish.ts';
import { t } from '../../src/i18n/zh-CN.ts';
import { createStaging, discardStaging, liveRelease, liveReleasePath, publishStaging, releasesDirFor } from './release.ts';
import { assembleRelease, codeDigest, entryDigests, readManifest, writeManifest } from './incremental.ts';
import type { ContentModel } from '../../src/lib/check/check-content.ts';
import { checkedSiteModel, type CheckedSiteModel } from '../../src/lib/site/checked-model.ts';
import { allPageRoutes } from '../../src/lib/site/page-routes.ts';
import { planRebuild, routeDigests, type RebuildPlan } from '../../src/lib/site/rebuild-plan.ts';
import { SITE } from '../../src/site.config.ts';
import type { BuildEnv } from '../../src/node/content-files.ts';

/** What a stage gets besides the staged folder: the checked content, read once for the whole build. */
export interface StageContext {
  model: ContentModel;
  /** The site the pages show, from the same model the pages use. */
  site: CheckedSiteModel;
  /** Which pages this build renders and which it takes from the live release. */
  plan: RebuildPlan;
  env: BuildEnv;
  log: (line: string) => void;
  /** The live release (what `dist` points at), for stages that reuse unchanged work. */
  previous: string | undefined;
  /** Where stages keep what they learnt for the next build (beside the releases, never published). */
  cacheDir: string;
}

/** A stage that works on the staged site before it is published. */
export interface Stage {
  name: string;
  run: (staging: string, context: StageContext) => Promise<void>;
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
 */
function astroBuild(root: string, outDir: string, env: BuildEnv, extraEnv: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    // Node's default heap (~4.5 GB here) is too small for Astro's content store and pages past ~50,000 articles.
    const child = spawn(process.execPath, ['--max-old-space-size-percentage=75', join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, '--silent'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, CONTENT_DIR: env.contentDir, SITE_NOW: env.now.toISOString(), ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new BuildFailed(`astro build 失败（${signal ?? `退出码 ${code}`}），未发布（dist/ 保持原样）`))));
  });
}

export async function runPipeline({ root, dist, env, stages = [], log = console.log, faultAt }: PipelineOptions): Promise<string> {
  const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const result = await work();
    log(`[pipeline] ${name}: ${((performance.now() - start) / 1000).toFixed(2)}s`);
    return result;
  };

  const report = await timed('content:check', () => runContentCheck(env.contentDir, env.now, root, log));
  if (report.errors > 0) throw new BuildFailed(`内容检查发现 ${report.errors} 个错误，未发布（dist/ 保持原样）`);
  const next = nextScheduled(report.model.news);
  // A static site publishes a scheduled article only when rebuilt: say when that must happen.
  log(next?.data.publishedAt ? t('build.nextScheduled', { time: formatChinaDateTime(next.data.publishedAt), iso: toChinaIso(next.data.publishedAt), file: next.file.path }) : t('build.noneScheduled'));

  const stamp = new Date().toISOString().replace(/[-:.TZ]/g, '') + `-${process.pid}`;
  const cacheDir = join(releasesDirFor(dist), 'cache');
  const previous = liveReleasePath(dist);
  const site = checkedSiteModel(report.model, env.now);
  const { code, digests, plan, before } = await timed('plan', () => {
    const code = codeDigest(root, env);
    const routes = allPageRoutes(site);
    const entries = entryDigests(report.model, env.contentDir);
    const digests = routeDigests(routes, (key) => entries.get(key) ?? 'missing');
    const before = previous && existsSync(previous) ? readManifest(cacheDir, liveRelease(dist)) : undefined;
    return { code, digests, plan: planRebuild(before, code, digests), before };
  });
  log(plan.full ? `[pipeline] rendering all ${plan.render.length} content pages${before ? ' (code or config changed)' : ''}` : `[pipeline] rendering ${plan.render.length} changed content pages, ${plan.reuse.length} unchanged taken from the live release, ${plan.removed.length} removed`);

  // Astro reads the pages to render and the sitemap's full list from files (a list of 100,000 URLs is too long for the environment).
  mkdirSync(cacheDir, { recursive: true });
  const sitemapFile = join(cacheDir, 'sitemap-pages.json');
  writeFileSync(sitemapFile, JSON.stringify([...digests.keys()].filter((url) => url.endsWith('/')).map((url) => new URL(url, SITE.url).href)));
  const extraEnv: Record<string, string> = { SHEQU_SITEMAP_PAGES: sitemapFile };
  if (!plan.full) {
    extraEnv['SHEQU_RENDER_ONLY'] = join(cacheDir, 'render-only.json');
    writeFileSync(extraEnv['SHEQU_RENDER_ONLY'], JSON.stringify(plan.render));
  }

  const staging = createStaging(dist);
  const context: StageContext = { model: report.model, site, plan, env, log, previous, cacheDir };
  let records: ReturnType<typeof assembleRelease>;
  try {
    // Stages run one after another: beside `astro build` on 2 cores, Pagefind's helper made both slower (docs/performance.md).
    await timed('astro build', () => astroBuild(root, staging, env, extraEnv));
    records = await timed('assemble', () => assembleRelease(staging, previous, before, digests, new Set(plan.reuse)));
    for (const stage of stages) {
      await timed(stage.name, () => stage.run(staging, context));
      if (faultAt === stage.name) throw new BuildFailed(`SHEQU_FAULT: ${stage.name} failed on purpose`);
    }
  } catch (error) {
    discardStaging(staging);
    throw error;
  }
  const release = await timed('publish', () => publishStaging(dist, staging, stamp));
  writeManifest(cacheDir, { version: 1, release, code, routes: records });
  log(`[pipeline] published ${release} → dist/`);
  return release;
}
