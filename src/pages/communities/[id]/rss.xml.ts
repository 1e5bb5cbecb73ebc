import type { APIRoute, GetStaticPaths } from 'astro';
import { newsFeed } from '../../../data/feeds.ts';
import { getSiteModel, type CommunityItem } from '../../../data/site.ts';
import { t } from '../../../i18n/zh-CN.ts';
import { communityFeedUrl } from '../../../lib/routes.ts';
import { SITE } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { communities } = await getSiteModel();
  return communities.map((community) => ({ params: { id: community.id }, props: { community } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ community: CommunityItem }> = ({ props: { community } }) =>
  newsFeed({ title: t('feed.community', { name: community.name, site: SITE.name }), description: t('feed.communityDescription', { name: community.name }), path: communityFeedUrl(community.id) }, community.news);
