/**
 * Every page the site model makes, with its URL, its route parameters and the
 * props its page renders. Pages take their `getStaticPaths` from here, and the
 * build pipeline reads the same list to learn which content each page shows
 * (`routeContent` in `route-content.ts`), so it can re-render only the pages an edit touches.
 * Pages that list everything (home, section indexes, the site feed) have no
 * entry here: they are static routes, rendered by every build.
 */
import { SITE } from '../../site.config.ts';
import { paginate, pageParam, type Page } from './paginate.ts';
import type { HonorYear } from './groupings.ts';
import { unbased, archiveUrl, communityFeedUrl, communityUrl, feedsPageUrl, honorsYearUrl, newsListUrl, newsUrl, topicFeedUrl, topicUrl } from './urls.ts';
import type { Topic } from './topics.ts';
import { communityFeedInfo, honorsFeedInfo, siteFeedInfo, topicFeedInfo, type SiteFeed } from '../feeds/site-feeds.ts';
import type { HonorItem, NewsItem, SiteModel } from './model.ts';
import type { CommunityView, EntryTypes } from './views.ts';

export interface PageRoute<P> {
  /** The page's address; its file is `<url>index.html`, or the URL itself for a feed. */
  url: string;
  params: Record<string, string | undefined>;
  props: P;
}

/** An article page: the article, its neighbours in time, related articles and its community's profile (for its contact card). */
export interface ArticleProps<T extends EntryTypes = EntryTypes> {
  item: NewsItem<T>;
  newer: NewsItem<T> | undefined;
  older: NewsItem<T> | undefined;
  related: NewsItem<T>[];
  communityProfile: CommunityView<T> | undefined;
}

export function articleRoutes<T extends EntryTypes>(model: SiteModel<T>): PageRoute<ArticleProps<T>>[] {
  const communityById = new Map(model.communities.map((c) => [c.id, c]));
  return model.news.map((item) => {
    const around = model.neighbours.get(item.id);
    return {
      url: newsUrl(item.id),
      params: { slug: item.id },
      props: {
        item,
        newer: around?.newer,
        older: around?.older,
        related: model.related.get(item.id) ?? [],
        communityProfile: item.community && communityById.get(item.community.id)?.profile,
      },
    };
  });
}

const listRoute = <P extends { page: Page<unknown> }>(page: Page<unknown>, params: Record<string, string | undefined>, props: P): PageRoute<P> => ({
  url: page.url,
  params: { ...params, page: pageParam(page.number) },
  props,
});

// List pages say which dates they hold, so readers page by date, not by a number counted from the oldest.
const dateOf = (item: { publishedAt: Date | undefined }): Date | undefined => item.publishedAt;

export function newsListRoutes<T extends EntryTypes>(model: SiteModel<T>): PageRoute<{ page: Page<NewsItem<T>> }>[] {
  return paginate(model.news, SITE.pageSize.news, newsListUrl, dateOf).map((page) => listRoute(page, {}, { page }));
}

export function topicListRoutes<T extends EntryTypes>(model: SiteModel<T>): PageRoute<{ topic: Topic; page: Page<NewsItem<T>> }>[] {
  return model.topics.flatMap((tp) => {
    const topic = { slug: tp.slug, name: tp.name };
    return paginate(tp.news, SITE.pageSize.topic, (n) => topicUrl(tp.slug, n), dateOf).map((page) => listRoute(page, { slug: tp.slug }, { topic, page }));
  });
}

/**
 * A community's pages: its news; the front page also shows its profile and its
 * honor rolls. A page that prints a 红榜 poster carries the day it is issued
 * (`issuedOn`) in its props, so the rebuild renders it again when the date it
 * prints changes.
 */
export function communityListRoutes<T extends EntryTypes>(
  model: SiteModel<T>,
): PageRoute<{ community: CommunityView<T>; page: Page<NewsItem<T>>; honors: HonorYear<HonorItem<T>>[]; issuedOn: string | undefined }>[] {
  return model.communities.flatMap((community) =>
    paginate(community.news, SITE.pageSize.community, (n) => communityUrl(community.id, n), dateOf).map((page) => {
      const honors = page.number === undefined ? community.honors : [];
      return listRoute(page, { id: community.id }, { community: community.profile, page, honors, issuedOn: honors.length > 0 ? model.today : undefined });
    }),
  );
}

export function archiveYearRoutes<T extends EntryTypes>(model: SiteModel<T>): PageRoute<{ year: number; page: Page<NewsItem<T> & { publishedAt: Date }> }>[] {
  return model.archive.flatMap((y) => {
    const items = y.months.flatMap((m) => m.items);
    return paginate(items, SITE.pageSize.archive, (n) => archiveUrl(y.year, n), dateOf).map((page) =>
      listRoute(page, { year: String(y.year) }, { year: y.year, page }),
    );
  });
}

export function honorYearRoutes<T extends EntryTypes>(model: SiteModel<T>): PageRoute<{ roll: HonorYear<HonorItem<T>>; issuedOn: string }>[] {
  return model.honorYears.map((roll) => ({ url: honorsYearUrl(roll.year), params: { year: String(roll.year) }, props: { roll, issuedOn: model.today } }));
}

export function honorRoutes<T extends EntryTypes>(model: SiteModel<T>): PageRoute<{ honor: HonorItem<T> }>[] {
  return model.honors.map((honor) => ({ url: honor.url, params: { year: String(honor.year), id: honor.id }, props: { honor } }));
}

/** Items a feed's subscribe page lists. */
export const FEED_PAGE_LATEST = 5;

/** Each feed's subscribe page: what it carries and its latest items. */
export function feedPageRoutes<T extends EntryTypes>(model: SiteModel<T>): PageRoute<{ feed: SiteFeed; news?: NewsItem<T>[]; honors?: HonorItem<T>[] }>[] {
  const latest = <I>(list: readonly I[]) => list.slice(0, FEED_PAGE_LATEST);
  const pages: { feed: SiteFeed; news?: NewsItem<T>[]; honors?: HonorItem<T>[] }[] = [
    { feed: siteFeedInfo(), news: latest(model.news) },
    ...model.communities.map((c) => ({ feed: communityFeedInfo(c), news: latest(c.news) })),
    ...model.topics.map((tp) => ({ feed: topicFeedInfo(tp), news: latest(tp.news) })),
    { feed: honorsFeedInfo(), honors: latest(model.honors) },
  ];
  return pages.map((props) => ({ url: props.feed.subscribePath, params: { feed: props.feed.subscribePath.slice(feedsPageUrl().length, -1) }, props }));
}

/** A community's and a topic's RSS feed: its newest `SITE.feedSize` articles. */
export function communityFeedRoutes<T extends EntryTypes>(model: SiteModel<T>): PageRoute<{ feed: SiteFeed; news: NewsItem<T>[] }>[] {
  return model.communities.map((c) => ({
    url: communityFeedUrl(c.id),
    params: { id: c.id },
    props: { feed: communityFeedInfo(c), news: c.news.slice(0, SITE.feedSize) },
  }));
}

export function topicFeedRoutes<T extends EntryTypes>(model: SiteModel<T>): PageRoute<{ feed: SiteFeed; news: NewsItem<T>[] }>[] {
  return model.topics.map((tp) => ({
    url: topicFeedUrl(tp.slug),
    params: { slug: tp.slug },
    props: { feed: topicFeedInfo(tp), news: tp.news.slice(0, SITE.feedSize) },
  }));
}

/** Every page the model makes, for the build pipeline (pages call the functions above one by one). */
export function allPageRoutes<T extends EntryTypes>(model: SiteModel<T>): PageRoute<unknown>[] {
  return [
    ...articleRoutes(model),
    ...newsListRoutes(model),
    ...topicListRoutes(model),
    ...communityListRoutes(model),
    ...archiveYearRoutes(model),
    ...honorYearRoutes(model),
    ...honorRoutes(model),
    ...feedPageRoutes(model),
    ...communityFeedRoutes(model),
    ...topicFeedRoutes(model),
  ];
}

/** The file a route writes, relative to the site folder. */
export function routeFile(url: string): string {
  const path = (unbased(url) ?? url).slice(1);
  return url.endsWith('/') ? `${path}index.html` : path;
}
