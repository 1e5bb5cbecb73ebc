import type { APIRoute } from 'astro';
import { newsFeed } from '../../../astro/feed-responses.ts';
import { staticPaths, type NewsItem } from '../../../astro/site.ts';
import type { SiteFeed } from '../../../lib/feeds/rss-items.ts';
import { communityFeedRoutes } from '../../../lib/site/page-routes.ts';

export const getStaticPaths = () => staticPaths(communityFeedRoutes);

export const GET: APIRoute<{ feed: SiteFeed; news: NewsItem[] }> = ({ props: { feed, news } }) => newsFeed(feed, news);
