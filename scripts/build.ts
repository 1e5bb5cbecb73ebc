/**
 * `npm run build`: the whole pipeline for the content folder in CONTENT_DIR
 * (default ./content), published to OUT_DIR (default ./dist).
 */
import { resolve } from 'node:path';
import { BuildFailed, runPipeline } from './lib/pipeline.ts';
import { feedsStage } from './lib/stages/feeds.ts';
import { linksStage } from './lib/stages/links.ts';
import { searchStage } from './lib/stages/search.ts';
import { resolveBuildEnv } from '../src/node/content-files.ts';
import { t } from '../src/i18n/zh-CN.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
try {
  const env = resolveBuildEnv(process.env, process.cwd());
  const root = process.cwd();
  await runPipeline({ root, dist: resolve(root, process.env['OUT_DIR'] || 'dist'), env, stages: [searchStage, feedsStage, linksStage], faultAt: process.env['SHEQU_FAULT'] });
} catch (error) {
  console.error(error instanceof BuildFailed ? error.message : error);
  // A search index that failed after the pages went live: the pages are published, say so.
  if (!(error instanceof BuildFailed && error.cause === 'after-publish')) console.error(t('build.failed'));
  process.exitCode = 1;
}
