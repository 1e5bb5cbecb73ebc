/**
 * The site's view of the collections, computed once per build and shared by
 * every page (a page never re-sorts or re-summarises the whole collection).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { BUILD_ENV } from '../env.ts';
import { SITE } from '../site.config.ts';
import { compareNewestFirst, publishState, type PublishState } from '../lib/publish.ts';
import { newsUrl } from '../lib/routes.ts';
import { summarize } from '../lib/summary.ts';

export interface NewsItem {
  id: string;
  entry: CollectionEntry<'news'>;
  url: string;
  title: string;
  summary: string;
  /** Publish time; a draft previewed in dev may have none yet. */
  publishedAt: Date | undefined;
  community: { id: string; name: string } | undefined;
  /** Only `published` in a build; dev previews drafts and scheduled articles too. */
  state: PublishState;
}

let cached: Promise<NewsItem[]> | undefined;

/** All news in the store, newest first. */
export function getNewsItems(): Promise<NewsItem[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<NewsItem[]> {
  const [entries, communities] = await Promise.all([getCollection('news'), getCommunityNames()]);
  const now = BUILD_ENV.now;
  return entries
    .map((entry): NewsItem => {
      const { data } = entry;
      const communityName = data.community === undefined ? undefined : communities.get(data.community);
      return {
        id: entry.id,
        entry,
        url: newsUrl(entry.id),
        title: data.title,
        summary: summarize(entry.body ?? '', data.summary, SITE.summaryLength),
        publishedAt: data.publishedAt,
        community: data.community !== undefined && communityName !== undefined ? { id: data.community, name: communityName } : undefined,
        state: publishState(data, now),
      };
    })
    .sort((a, b) => compareNewestFirst({ id: a.id, publishedAt: a.publishedAt ?? now }, { id: b.id, publishedAt: b.publishedAt ?? now }));
}

/** Community id → display name. */
export async function getCommunityNames(): Promise<Map<string, string>> {
  const communities = await getCollection('communities');
  return new Map(communities.map((c) => [c.id, c.data.name]));
}
