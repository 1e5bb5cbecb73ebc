/**
 * The site's view of the collections, computed once per build in one pass and
 * shared by every page: sorted news, related articles, prev/next, topics,
 * communities with their news and honors, the archive. Pages only pick from it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { BUILD_ENV } from '../env.ts';
import { SITE } from '../site.config.ts';
import { groupByYearMonth, type YearGroup } from '../lib/archive.ts';
import { groupBy, honorRolls, type HonorYear } from '../lib/groupings.ts';
import { compareNewestFirst, publishState, type PublishState } from '../lib/publish.ts';
import { relatedArticles } from '../lib/related.ts';
import { honorUrl, newsUrl } from '../lib/routes.ts';
import { summarize } from '../lib/summary.ts';
import type { Topic } from '../lib/topics.ts';
import { loadTopicIndex } from '../node/content-files.ts';

export interface NewsItem {
  id: string;
  entry: CollectionEntry<'news'>;
  url: string;
  title: string;
  summary: string;
  /** Publish time; a draft previewed in dev may have none yet. */
  publishedAt: Date | undefined;
  community: { id: string; name: string } | undefined;
  topics: Topic[];
  /** Only `published` in a build; dev previews drafts and scheduled articles too. */
  state: PublishState;
}

/** What an article page needs besides the article: its neighbours in time and related articles. */
export interface ArticleView {
  item: NewsItem;
  newer: NewsItem | undefined;
  older: NewsItem | undefined;
  related: NewsItem[];
}

export interface HonorItem {
  id: string;
  entry: CollectionEntry<'honors'>;
  url: string;
  name: string;
  year: number;
  category: string;
  community: { id: string; name: string };
}

export interface CommunityItem {
  id: string;
  entry: CollectionEntry<'communities'>;
  name: string;
  news: NewsItem[];
  honors: HonorYear<HonorItem>[];
}

export interface TopicItem extends Topic {
  news: NewsItem[];
}

export interface SiteModel {
  /** All news, newest first. */
  news: NewsItem[];
  /** Article id → its related articles, best first. */
  related: Map<string, NewsItem[]>;
  /** Article id → the newer and older article. */
  neighbours: Map<string, { newer: NewsItem | undefined; older: NewsItem | undefined }>;
  /** Topics, most used first. */
  topics: TopicItem[];
  /** Communities in name order. */
  communities: CommunityItem[];
  honors: HonorItem[];
  /** All honor rolls, newest year first. */
  honorYears: HonorYear<HonorItem>[];
  /** News by China-time year and month, newest first. */
  archive: YearGroup<NewsItem>[];
}

let cached: Promise<SiteModel> | undefined;

/** The site model, built on first use and reused by every page of the build. */
export function getSiteModel(): Promise<SiteModel> {
  cached ??= buildModel();
  return cached;
}

async function buildModel(): Promise<SiteModel> {
  const [newsEntries, honorEntries, communityEntries] = await Promise.all([getCollection('news'), getCollection('honors'), getCollection('communities')]);
  const names = new Map(communityEntries.map((c) => [c.id, c.data.name]));
  const communityRef = (id: string | undefined) => (id === undefined || !names.has(id) ? undefined : { id, name: names.get(id) ?? id });
  const topicIndex = loadTopicIndex(BUILD_ENV.contentDir);
  const now = BUILD_ENV.now;

  const news = newsEntries
    .map((entry): NewsItem => ({
      id: entry.id,
      entry,
      url: newsUrl(entry.id),
      title: entry.data.title,
      summary: summarize(entry.body ?? '', entry.data.summary, SITE.summaryLength),
      publishedAt: entry.data.publishedAt,
      community: communityRef(entry.data.community),
      topics: uniqueTopics((entry.data.topics ?? []).map((name) => topicIndex.resolve(name))),
      state: publishState(entry.data, now),
    }))
    .sort((a, b) => compareNewestFirst({ id: a.id, publishedAt: a.publishedAt ?? now }, { id: b.id, publishedAt: b.publishedAt ?? now }));

  const byId = new Map(news.map((n) => [n.id, n]));
  const relatedIds = relatedArticles(news.map((n) => ({ id: n.id, time: n.publishedAt?.getTime() ?? now.getTime(), community: n.community?.id, topics: n.topics.map((t) => t.slug) })));
  const related = new Map([...relatedIds].map(([id, ids]) => [id, ids.flatMap((r) => byId.get(r) ?? [])]));
  const neighbours = new Map(news.map((n, i) => [n.id, { newer: news[i - 1], older: news[i + 1] }]));

  const topicGroups = groupBy(news, (n) => n.topics.map((t) => t.slug));
  const topics = [...topicGroups]
    .map(([slug, list]): TopicItem => ({ slug, name: list[0]?.topics.find((t) => t.slug === slug)?.name ?? slug, news: list }))
    .sort((a, b) => b.news.length - a.news.length || a.name.localeCompare(b.name, 'zh-CN'));

  const honors = honorEntries
    .map((entry): HonorItem => ({
      id: entry.id,
      entry,
      url: honorUrl(entry.data.year, entry.id),
      name: entry.data.name,
      year: entry.data.year,
      category: entry.data.category,
      community: communityRef(entry.data.community) ?? { id: entry.data.community, name: entry.data.community },
    }))
    .sort((a, b) => b.year - a.year || a.url.localeCompare(b.url));
  const nameOf = (h: HonorItem) => h.name;
  const honorYears = honorRolls(honors, SITE.honorCategories, nameOf);

  const newsByCommunity = groupBy(news, (n) => (n.community ? [n.community.id] : []));
  const honorsByCommunity = groupBy(honors, (h) => [h.community.id]);
  const communities = communityEntries
    .map((entry): CommunityItem => ({
      id: entry.id,
      entry,
      name: entry.data.name,
      news: newsByCommunity.get(entry.id) ?? [],
      honors: honorRolls(honorsByCommunity.get(entry.id) ?? [], SITE.honorCategories, nameOf),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));

  const dated = news.filter((n): n is NewsItem & { publishedAt: Date } => n.publishedAt !== undefined);
  const archive = groupByYearMonth(dated, (n) => n.publishedAt);
  return { news, related, neighbours, topics, communities, honors, honorYears, archive };
}

/** An article tagged with a topic under both its old and new name lists it once. */
function uniqueTopics(topics: Topic[]): Topic[] {
  return [...new Map(topics.map((t) => [t.slug, t])).values()];
}
