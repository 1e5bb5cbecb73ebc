import type { APIRoute, GetStaticPaths } from 'astro';
import { newsFeed } from '../../../data/feeds.ts';
import { getSiteModel, type TopicItem } from '../../../data/site.ts';
import { t } from '../../../i18n/zh-CN.ts';
import { topicFeedUrl } from '../../../lib/routes.ts';
import { SITE } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { topics } = await getSiteModel();
  return topics.map((topic) => ({ params: { slug: topic.slug }, props: { topic } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicItem }> = ({ props: { topic } }) =>
  newsFeed({ title: t('feed.topic', { name: topic.name, site: SITE.name }), description: t('feed.topicDescription', { name: topic.name }), path: topicFeedUrl(topic.slug) }, topic.news);
