/**
 * The site model: every list, neighbour, related article, topic, community
 * page, honor roll and archive year the site shows, computed once per build in
 * one pass. Pure: the pages feed it Astro's collection entries
 * (`src/data/site.ts`), the build pipeline feeds it content:check's entries, and
 * both get the same lists, so the pipeline can tell which pages an edit touches.
 */
import { groupByYearMonth, type YearGroup } from '../archive.ts';
import { groupBy, honorRolls, type HonorYear } from '../groupings.ts';
import { compareNewestFirst, type PublishState } from '../publish.ts';
import { relatedArticles } from '../related.ts';
import { honorUrl, newsUrl } from '../routes.ts';
import { summarize } from '../summary.ts';
import type { Topic, TopicIndex } from '../topics.ts';
import { toChinaDay } from '../china-time.ts';

/** The entry types the model carries through untouched, for pages to render. */
export interface EntryTypes {
  news: unknown;
  honor: unknown;
  community: unknown;
}

/** What the model reads of an article. */
export interface NewsSource<E> {
  id: string;
  entry: E;
  title: string;
  publishedAt: Date | undefined;
  community: string | undefined;
  topics: readonly string[];
  /** The editor's summary, if any (else one is made from the body). */
  summary: string | undefined;
  body: string;
  state: PublishState;
}

export interface HonorSource<E> {
  id: string;
  entry: E;
  name: string;
  year: number;
  category: string;
  community: string;
  draft: boolean;
}

export interface CommunitySource<E> {
  id: string;
  entry: E;
  name: string;
}

export interface SiteInput<T extends EntryTypes> {
  news: readonly NewsSource<T['news']>[];
  honors: readonly HonorSource<T['honor']>[];
  communities: readonly CommunitySource<T['community']>[];
  topics: TopicIndex;
  /**
   * Slugs of the topics that are columns of the nav (通知公告, 政策文件): they have a page,
   * empty until an article uses them, so the nav never links to nothing.
   */
  columnTopics?: readonly string[];
  now: Date;
  /** Keep drafts and scheduled articles (the editors' dev preview); never in a build. */
  preview: boolean;
  summaryLength: number;
  honorCategories: readonly string[];
}

export interface CommunityRef {
  id: string;
  name: string;
}

export interface NewsItem<T extends EntryTypes = EntryTypes> {
  id: string;
  entry: T['news'];
  url: string;
  title: string;
  summary: string;
  /** Publish time; a draft previewed in dev may have none yet. */
  publishedAt: Date | undefined;
  community: CommunityRef | undefined;
  topics: Topic[];
  /** Only `published` in a build; dev previews drafts and scheduled articles too. */
  state: PublishState;
}

export interface HonorItem<T extends EntryTypes = EntryTypes> {
  id: string;
  entry: T['honor'];
  url: string;
  name: string;
  year: number;
  category: string;
  community: CommunityRef;
}

export interface CommunityItem<T extends EntryTypes = EntryTypes> {
  id: string;
  entry: T['community'];
  name: string;
  news: NewsItem<T>[];
  honors: HonorYear<HonorItem<T>>[];
}

export interface TopicItem<T extends EntryTypes = EntryTypes> extends Topic {
  news: NewsItem<T>[];
}

export interface SiteModel<T extends EntryTypes = EntryTypes> {
  /** All shown news, newest first. */
  news: NewsItem<T>[];
  /** Article id → its related articles, best first. */
  related: Map<string, NewsItem<T>[]>;
  /** Article id → the newer and older article. */
  neighbours: Map<string, { newer: NewsItem<T> | undefined; older: NewsItem<T> | undefined }>;
  /** Topics, most used first. */
  topics: TopicItem<T>[];
  /** Communities in name order. */
  communities: CommunityItem<T>[];
  /** Public honor entries, newest year first. */
  honors: HonorItem<T>[];
  /** All honor rolls, newest year first. */
  honorYears: HonorYear<HonorItem<T>>[];
  /** News by China-time year and month, newest first. */
  archive: YearGroup<NewsItem<T> & { publishedAt: Date }>[];
  /** Community names by id, for documents and feeds that only name a community. */
  communityNames: ReadonlyMap<string, string>;
  /** The China-time day (`2026-11-22`) the model was built for: the issue date a printed 红榜 carries. */
  today: string;
}

/** Whether an article is on the site: published, or any state in the editors' preview. */
export const isShown = (state: PublishState, preview: boolean): boolean => preview || state === 'published';

/** Whether an honor entry is on the site. */
export const isPublicHonor = (honor: { draft: boolean }, preview: boolean): boolean => preview || !honor.draft;

export function buildSiteModel<T extends EntryTypes>(input: SiteInput<T>): SiteModel<T> {
  const { now, preview } = input;
  const communityNames = new Map(input.communities.map((c) => [c.id, c.name]));
  const communityRef = (id: string | undefined): CommunityRef | undefined => (id === undefined || !communityNames.has(id) ? undefined : { id, name: communityNames.get(id) ?? id });

  const news = input.news
    .filter((n) => isShown(n.state, preview))
    .map(
      (n): NewsItem<T> => ({
        id: n.id,
        entry: n.entry,
        url: newsUrl(n.id),
        title: n.title,
        summary: summarize(n.body, n.summary, input.summaryLength),
        publishedAt: n.publishedAt,
        community: communityRef(n.community),
        topics: uniqueTopics(n.topics.map((name) => input.topics.resolve(name))),
        state: n.state,
      }),
    )
    .sort((a, b) => compareNewestFirst({ id: a.id, publishedAt: a.publishedAt ?? now }, { id: b.id, publishedAt: b.publishedAt ?? now }));

  const byId = new Map(news.map((n) => [n.id, n]));
  const relatedIds = relatedArticles(news.map((n) => ({ id: n.id, time: n.publishedAt?.getTime() ?? now.getTime(), community: n.community?.id, topics: n.topics.map((tp) => tp.slug) })));
  const related = new Map([...relatedIds].map(([id, ids]) => [id, ids.flatMap((r) => byId.get(r) ?? [])]));
  const neighbours = new Map(news.map((n, i) => [n.id, { newer: news[i - 1], older: news[i + 1] }]));

  const topics = [...groupBy(news, (n) => n.topics.map((tp) => tp.slug))]
    .map(([slug, list]): TopicItem<T> => ({ slug, name: list[0]?.topics.find((tp) => tp.slug === slug)?.name ?? slug, news: list }))
    .sort((a, b) => b.news.length - a.news.length || a.name.localeCompare(b.name, 'zh-CN'));
  const topicName = (slug: string): string => input.topics.names().find((name) => input.topics.resolve(name).slug === slug) ?? slug;
  for (const slug of input.columnTopics ?? []) {
    if (!topics.some((tp) => tp.slug === slug)) topics.push({ slug, name: topicName(slug), news: [] });
  }

  const honors = input.honors
    .filter((h) => isPublicHonor(h, preview))
    .map(
      (h): HonorItem<T> => ({
        id: h.id,
        entry: h.entry,
        url: honorUrl(h.year, h.id),
        name: h.name,
        year: h.year,
        category: h.category,
        community: communityRef(h.community) ?? { id: h.community, name: h.community },
      }),
    )
    .sort((a, b) => b.year - a.year || a.url.localeCompare(b.url));
  const nameOf = (h: HonorItem<T>) => h.name;
  const honorYears = honorRolls(honors, input.honorCategories, nameOf);

  const newsByCommunity = groupBy(news, (n) => (n.community ? [n.community.id] : []));
  const honorsByCommunity = groupBy(honors, (h) => [h.community.id]);
  const communities = input.communities
    .map(
      (c): CommunityItem<T> => ({
        id: c.id,
        entry: c.entry,
        name: c.name,
        news: newsByCommunity.get(c.id) ?? [],
        honors: honorRolls(honorsByCommunity.get(c.id) ?? [], input.honorCategories, nameOf),
      }),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));

  const dated = news.filter((n): n is NewsItem<T> & { publishedAt: Date } => n.publishedAt !== undefined);
  const archive = groupByYearMonth(dated, (n) => n.publishedAt);
  return { news, related, neighbours, topics, communities, honors, honorYears, archive, communityNames, today: toChinaDay(now) };
}

/** An article tagged with a topic under both its old and new name lists it once. */
function uniqueTopics(topics: Topic[]): Topic[] {
  return [...new Map(topics.map((tp) => [tp.slug, tp])).values()];
}
