/**
 * The site's feeds: which exist, their kinds, names and addresses (a `SiteFeed`
 * each), and nothing that renders them (that is `src/astro/feed-responses.ts`,
 * which pulls in the MDX components): every page's <head> reads these, so
 * importing them must not add any stylesheet to the page.
 */
import { t } from '../../i18n/zh-CN.ts';
import type { FeedLink } from './rss-items.ts';
import {
  absoluteUrl,
  homeUrl,
  communityFeedUrl,
  communityUrl,
  feedSubscribeUrl,
  honorsFeedUrl,
  honorsUrl,
  siteFeedUrl,
  topicFeedUrl,
  topicUrl,
} from '../site/urls.ts';
import { SITE } from '../../site.config.ts';
import type { Topic } from '../site/topics.ts';
import type { CommunityRef, SiteModel } from '../site/model.ts';

/** The kinds of feed, in the order the feeds page lists them: 全站 / 社区 / 专题 / 红榜. */
export const FEED_GROUPS = ['site', 'community', 'topic', 'honors'] as const;
export type FeedGroup = (typeof FEED_GROUPS)[number];

/** A feed as the site lists it: its kind, a short name (罗家坡社区新闻), what it carries, and where its pages are. */
export interface SiteFeed extends FeedLink {
  group: FeedGroup;
  name: string;
  description: string;
  /** Site path of the feed file (`/communities/luojiapo/rss.xml`). */
  path: string;
  /** Site path of its subscribe page, where a person lands from a 订阅 link. */
  subscribePath: string;
}

/** Feeds by kind, in FEED_GROUPS order, leaving out kinds with none. */
export function groupFeeds<F extends { group: FeedGroup }>(feeds: readonly F[]): { group: FeedGroup; feeds: F[] }[] {
  return FEED_GROUPS.map((group) => ({ group, feeds: feeds.filter((f) => f.group === group) })).filter((g) => g.feeds.length > 0);
}

/** One feed's description: every place that names a feed reads it from here. */
function feedInfo(group: FeedGroup, name: string, description: string, path: string, pagePath: string, id?: string): SiteFeed {
  return {
    group,
    name,
    title: t('feed.title', { name, site: SITE.name }),
    description,
    path,
    url: absoluteUrl(path),
    pageUrl: absoluteUrl(pagePath),
    subscribePath: feedSubscribeUrl(group, id),
  };
}

const count = SITE.feedSize;
/** The 全站 feed: the newest articles of the whole site. */
export const siteFeedInfo = (): SiteFeed =>
  feedInfo('site', t('feed.name.site'), t('feed.siteDescription', { name: SITE.name, count }), siteFeedUrl(), homeUrl());
export const honorsFeedInfo = (): SiteFeed => feedInfo('honors', t('feed.name.honors'), t('feed.honorsDescription', { count }), honorsFeedUrl(), honorsUrl());
export const communityFeedInfo = (c: CommunityRef): SiteFeed =>
  feedInfo(
    'community',
    t('feed.name.community', { name: c.name }),
    t('feed.communityDescription', { name: c.name, count }),
    communityFeedUrl(c.id),
    communityUrl(c.id),
    c.id,
  );
export const topicFeedInfo = (tp: Topic): SiteFeed =>
  feedInfo(
    'topic',
    t('feed.name.topic', { name: tp.name }),
    t('feed.topicDescription', { name: tp.name, count }),
    topicFeedUrl(tp.slug),
    topicUrl(tp.slug),
    tp.slug,
  );

/** Every feed of the site, 全站 / 社区 / 专题 / 红榜: for the OPML file, the feeds pages and autodiscovery. */
export function allFeedInfos(model: Pick<SiteModel, 'communities' | 'topics'>): SiteFeed[] {
  return [siteFeedInfo(), ...model.communities.map(communityFeedInfo), ...model.topics.map(topicFeedInfo), honorsFeedInfo()];
}
