import type { APIRoute } from 'astro';
import { allFeedInfos } from '../lib/feeds/site-feeds.ts';
import { getSiteModel } from '../astro/site.ts';
import { t } from '../i18n/zh-CN.ts';
import { opml } from '../lib/feeds/rss-items.ts';
import { SITE } from '../site.config.ts';

export const GET: APIRoute = async () =>
  new Response(opml(t('feed.opmlTitle', { site: SITE.name }), allFeedInfos(await getSiteModel())), {
    headers: { 'Content-Type': 'text/x-opml; charset=utf-8' },
  });
