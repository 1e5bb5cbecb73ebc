/**
 * `npm run build`: the whole pipeline for the content folder in CONTENT_DIR
 * (default ./content), published to OUT_DIR (default ./dist).
 */
import { BuildFailed, runPipeline } from './lib/build/pipeline.ts';
import { SITE_STAGES } from './lib/build/site-stages.ts';
import { t } from '../src/i18n/zh-CN.ts';
import { EnvError, readEnv } from '../src/env.ts';

try {
  const env = readEnv();
  await runPipeline({ root: process.cwd(), dist: env.outDir, env, stages: SITE_STAGES, faultAt: env.fault });
} catch (error) {
  console.error(error instanceof BuildFailed || error instanceof EnvError ? error.message : error);
  // A search index that failed after the pages went live: the pages are published, say so.
  if (!(error instanceof BuildFailed && error.cause === 'after-publish')) console.error(t('build.failed'));
  process.exitCode = 1;
}
