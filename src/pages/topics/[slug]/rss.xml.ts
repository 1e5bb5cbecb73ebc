import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeed } from '../../../data/feed-links.ts';
import { newsFeed } from '../../../data/feeds.ts';
import { getSiteModel, type TopicItem } from '../../../data/site.ts';

export const getStaticPaths = (async () => {
  const { topics } = await getSiteModel();
  return topics.map((topic) => ({ params: { slug: topic.slug }, props: { topic } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicItem }> = ({ props: { topic } }) => newsFeed(topicFeed(topic), topic.news);
