import type { APIRoute, GetStaticPaths } from 'astro';
import { communityFeed } from '../../../data/feed-links.ts';
import { newsFeed } from '../../../data/feeds.ts';
import { getSiteModel, type CommunityItem } from '../../../data/site.ts';

export const getStaticPaths = (async () => {
  const { communities } = await getSiteModel();
  return communities.map((community) => ({ params: { id: community.id }, props: { community } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ community: CommunityItem }> = ({ props: { community } }) => newsFeed(communityFeed(community), community.news);
