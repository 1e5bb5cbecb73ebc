import type { APIRoute } from 'astro';
import { newsFeedResponse } from '../../../astro/feed-responses.ts';
import { staticPaths, type NewsItem } from '../../../astro/site.ts';
import type { SiteFeed } from '../../../lib/feeds/site-feeds.ts';
import { topicFeedRoutes } from '../../../lib/site/page-routes.ts';

export const getStaticPaths = () => staticPaths(topicFeedRoutes);

export const GET: APIRoute<{ feed: SiteFeed; news: NewsItem[] }> = ({ props: { feed, news } }) => newsFeedResponse(feed, news);
