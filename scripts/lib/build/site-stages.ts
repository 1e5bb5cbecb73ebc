/** The stages after `astro build`, in order: the batch build and the resident publisher run the same ones. */
import type { Stage } from './pipeline.ts';
import { feedsStage } from './stages/check-feeds.ts';
import { linksStage } from './stages/check-links.ts';
import { searchStage } from './stages/search-index.ts';
import { wechatPhotosStage } from './stages/wechat-photos.ts';

export const SITE_STAGES: readonly Stage[] = [searchStage, feedsStage, linksStage, wechatPhotosStage];
