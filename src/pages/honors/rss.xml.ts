import type { APIRoute } from 'astro';
import { honorsFeed } from '../../lib/site/feed-links.ts';
import { honorFeed } from '../../data/feeds.ts';
import { getSiteModel } from '../../data/site.ts';

export const GET: APIRoute = async () => honorFeed(honorsFeed(), (await getSiteModel()).honors);
