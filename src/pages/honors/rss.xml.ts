import type { APIRoute } from 'astro';
import { honorsFeedInfo } from '../../lib/feeds/site-feeds.ts';
import { honorsFeedResponse } from '../../astro/feed-responses.ts';
import { getSiteModel } from '../../astro/site.ts';

export const GET: APIRoute = async () => honorsFeedResponse(honorsFeedInfo(), (await getSiteModel()).honors);
