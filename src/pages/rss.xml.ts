import type { APIRoute } from 'astro';
import { allNewsFeed } from '../lib/feeds/site-feeds.ts';
import { newsFeed } from '../astro/feed-responses.ts';
import { getSiteModel } from '../astro/site.ts';

export const GET: APIRoute = async () => newsFeed(allNewsFeed(), (await getSiteModel()).news);
