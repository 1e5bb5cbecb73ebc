import type { APIRoute } from 'astro';
import { allNewsFeed } from '../lib/site/feed-links.ts';
import { newsFeed } from '../data/feeds.ts';
import { getSiteModel } from '../data/site.ts';

export const GET: APIRoute = async () => newsFeed(allNewsFeed(), (await getSiteModel()).news);
