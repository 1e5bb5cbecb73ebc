/**
 * The site model: every list, neighbour, related article, topic, community
 * page, honor roll and archive year the site shows, computed once per build in
 * one pass. Pure: the pages feed it Astro's collection entries
 * (`src/astro/site.ts`), the build pipeline feeds it content:check's entries, and
 * both get the same lists of the same views (`views.ts`), so the pipeline can
 * tell which pages an edit touches.
 */
import { groupByYearMonth, type YearGroup } from './archive-months.ts';
import { groupBy, honorRolls, type HonorYear } from './groupings.ts';
import { compareNewestFirst, type PublishState } from './publish.ts';
import { relatedArticles } from './related.ts';
import { summarize } from '../text/summary.ts';
import type { Topic, TopicIndex } from './topics.ts';
import { toChinaDay } from '../china-time.ts';
import {
  communityView,
  honorView,
  newsView,
  type CommunityFields,
  type CommunityRef,
  type CommunityView,
  type EntryTypes,
  type HonorFields,
  type HonorItem,
  type NewsFields,
  type NewsItem,
} from './views.ts';

export type { CommunityRef, CommunityView, EntryTypes, HonorItem, NewsItem } from './views.ts';

/** What the model reads of an article: its front matter, its Markdown body (for the summary) and whether it is published. */
export interface NewsSource<T extends EntryTypes> {
  id: string;
  entry: T['news'];
  data: NewsFields<T['image']>;
  body: string;
  state: PublishState;
}

export interface HonorSource<T extends EntryTypes> {
  id: string;
  entry: T['honor'];
  data: HonorFields<T['image']>;
  body: string;
}

export interface CommunitySource<T extends EntryTypes> {
  id: string;
  data: CommunityFields<T['image']>;
}

export interface SiteInput<T extends EntryTypes> {
  news: readonly NewsSource<T>[];
  honors: readonly HonorSource<T>[];
  communities: readonly CommunitySource<T>[];
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

/**
 * A community as the site lists it: its profile, and the news and honor rolls
 * listed under it. A page's props carry `profile`, never the item: a community's
 * key stands for its file alone, not for the lists (see `routeContent`).
 */
export interface CommunityItem<T extends EntryTypes = EntryTypes> extends CommunityView<T> {
  profile: CommunityView<T>;
  news: NewsItem<T>[];
  honors: HonorYear<HonorItem<T>>[];
}

/** A topic with its news. */
export interface TopicItem<T extends EntryTypes = EntryTypes> extends Topic {
  kind: 'topic';
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
  const profiles = input.communities.map((c) => communityView<T>(c));
  const communityNames = new Map(profiles.map((c) => [c.id, c.name]));
  const communityRef = (id: string | undefined): CommunityRef | undefined =>
    id === undefined || !communityNames.has(id) ? undefined : { id, name: communityNames.get(id) ?? id };

  const news = input.news
    .filter((n) => isShown(n.state, preview))
    .map((n) =>
      newsView<T>(n, {
        summary: summarize(n.body, n.data.summary, input.summaryLength),
        community: communityRef(n.data.community),
        topics: uniqueTopics((n.data.topics ?? []).map((name) => input.topics.resolve(name))),
      }),
    )
    .sort((a, b) => compareNewestFirst({ id: a.id, publishedAt: a.publishedAt ?? now }, { id: b.id, publishedAt: b.publishedAt ?? now }));

  const byId = new Map(news.map((n) => [n.id, n]));
  const relatedIds = relatedArticles(
    news.map((n) => ({ id: n.id, time: n.publishedAt?.getTime() ?? now.getTime(), community: n.community?.id, topics: n.topics.map((tp) => tp.slug) })),
  );
  const related = new Map([...relatedIds].map(([id, ids]) => [id, ids.flatMap((r) => byId.get(r) ?? [])]));
  const neighbours = new Map(news.map((n, i) => [n.id, { newer: news[i - 1], older: news[i + 1] }]));

  const topics = [...groupBy(news, (n) => n.topics.map((tp) => tp.slug))]
    .map(([slug, list]): TopicItem<T> => ({ kind: 'topic', slug, name: list[0]?.topics.find((tp) => tp.slug === slug)?.name ?? slug, news: list }))
    .sort((a, b) => b.news.length - a.news.length || a.name.localeCompare(b.name, 'zh-CN'));
  const topicName = (slug: string): string => input.topics.names().find((name) => input.topics.resolve(name).slug === slug) ?? slug;
  for (const slug of input.columnTopics ?? []) {
    if (!topics.some((tp) => tp.slug === slug)) topics.push({ kind: 'topic', slug, name: topicName(slug), news: [] });
  }

  const honors = input.honors
    .filter((h) => isPublicHonor(h.data, preview))
    .map((h) => honorView<T>(h, communityRef(h.data.community) ?? { id: h.data.community, name: h.data.community }))
    .sort((a, b) => b.year - a.year || a.url.localeCompare(b.url));
  const nameOf = (h: HonorItem<T>) => h.name;
  const honorYears = honorRolls(honors, input.honorCategories, nameOf);

  const newsByCommunity = groupBy(news, (n) => (n.community ? [n.community.id] : []));
  const honorsByCommunity = groupBy(honors, (h) => [h.community.id]);
  const communities = profiles
    .map((profile): CommunityItem<T> => ({
      ...profile,
      profile,
      news: newsByCommunity.get(profile.id) ?? [],
      honors: honorRolls(honorsByCommunity.get(profile.id) ?? [], input.honorCategories, nameOf),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));

  const dated = news.filter((n): n is NewsItem<T> & { publishedAt: Date } => n.publishedAt !== undefined);
  const archive = groupByYearMonth(dated, (n) => n.publishedAt);
  return { news, related, neighbours, topics, communities, honors, honorYears, archive, communityNames, today: toChinaDay(now) };
}

/** An article tagged with a topic under both its old and new name lists it once. */
function uniqueTopics(topics: Topic[]): Topic[] {
  return [...new Map(topics.map((tp) => [tp.slug, tp])).values()];
}
