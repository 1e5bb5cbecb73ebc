import type { APIRoute } from 'astro';
import { honorsFeed } from '../../lib/feeds/site-feeds.ts';
import { honorFeed } from '../../astro/feed-responses.ts';
import { getSiteModel } from '../../astro/site.ts';

export const GET: APIRoute = async () => honorFeed(honorsFeed(), (await getSiteModel()).honors);
