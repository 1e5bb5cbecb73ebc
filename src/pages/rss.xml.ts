import type { APIRoute } from 'astro';
import { newsFeed } from '../data/feeds.ts';
import { getSiteModel } from '../data/site.ts';
import { t } from '../i18n/zh-CN.ts';
import { siteFeedUrl } from '../lib/routes.ts';
import { SITE } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { news } = await getSiteModel();
  return newsFeed({ title: t('feed.site', { name: SITE.name }), description: t('feed.siteDescription', { name: SITE.name }), path: siteFeedUrl() }, news);
};
