import type { APIRoute } from 'astro';
import { siteFeedInfo } from '../lib/feeds/site-feeds.ts';
import { newsFeedResponse } from '../astro/feed-responses.ts';
import { getSiteModel } from '../astro/site.ts';

export const GET: APIRoute = async () => newsFeedResponse(siteFeedInfo(), (await getSiteModel()).news);
