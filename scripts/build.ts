/**
 * `npm run build`: the whole pipeline for the content folder in CONTENT_DIR
 * (default ./content), published to OUT_DIR (default ./dist).
 */
import { BuildFailed, runPipeline } from './lib/build/pipeline.ts';
import { feedsStage } from './lib/build/stages/check-feeds.ts';
import { linksStage } from './lib/build/stages/check-links.ts';
import { searchStage } from './lib/build/stages/search-index.ts';
import { wechatPhotosStage } from './lib/build/stages/wechat-photos.ts';
import { t } from '../src/i18n/zh-CN.ts';
import { EnvError, readEnv } from '../src/env.ts';

try {
  const env = readEnv();
  await runPipeline({ root: process.cwd(), dist: env.outDir, env, stages: [searchStage, feedsStage, linksStage, wechatPhotosStage], faultAt: env.fault });
} catch (error) {
  console.error(error instanceof BuildFailed || error instanceof EnvError ? error.message : error);
  // A search index that failed after the pages went live: the pages are published, say so.
  if (!(error instanceof BuildFailed && error.cause === 'after-publish')) console.error(t('build.failed'));
  process.exitCode = 1;
}
