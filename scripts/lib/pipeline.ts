/**
 * `npm run build` as one pipeline: content:check → astro build into staging →
 * later stages (search index, feeds, link check) → atomic publish. A failure at any
 * stage leaves the previous `dist/` exactly as it was.
 */
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runContentCheck } from './run-check.ts';
import { formatChinaDateTime, toChinaIso } from '../../src/lib/china-time.ts';
import { nextScheduled } from '../../src/lib/publish.ts';
import { t } from '../../src/i18n/zh-CN.ts';
import { createStaging, discardStaging, liveReleasePath, publishStaging, releasesDirFor } from './release.ts';
import type { ContentModel } from '../../src/lib/check/check-content.ts';
import type { BuildEnv } from '../../src/node/content-files.ts';

/** What a stage gets besides the staged folder: the checked content, read once for the whole build. */
export interface StageContext {
  model: ContentModel;
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
function astroBuild(root: string, outDir: string, env: BuildEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // Node's default heap (~4.5 GB here) is too small for Astro's content store and pages past ~50,000 articles.
    const child = spawn(process.execPath, ['--max-old-space-size-percentage=75', join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, '--silent'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, CONTENT_DIR: env.contentDir, SITE_NOW: env.now.toISOString(), ASTRO_TELEMETRY_DISABLED: '1' },
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
  const staging = createStaging(dist);
  const context: StageContext = { model: report.model, env, log, previous: liveReleasePath(dist), cacheDir: join(releasesDirFor(dist), 'cache') };
  try {
    // Stages run one after another: beside `astro build` on 2 cores, Pagefind's helper made both slower (docs/performance.md).
    await timed('astro build', () => astroBuild(root, staging, env));
    for (const stage of stages) {
      await timed(stage.name, () => stage.run(staging, context));
      if (faultAt === stage.name) throw new BuildFailed(`SHEQU_FAULT: ${stage.name} failed on purpose`);
    }
  } catch (error) {
    discardStaging(staging);
    throw error;
  }
  const release = await timed('publish', () => publishStaging(dist, staging, stamp));
  log(`[pipeline] published ${release} → dist/`);
  return release;
}
