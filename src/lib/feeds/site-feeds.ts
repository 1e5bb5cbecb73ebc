/**
 * The site's feeds by name and address, and nothing that renders them (that is
 * `feeds.ts`, which pulls in the MDX components): every page's <head> reads
 * these, so importing them must not add any stylesheet to the page.
 */
import { t } from '../../i18n/zh-CN.ts';
import type { FeedGroup, SiteFeed } from './rss-items.ts';
import { communityFeedUrl, communityUrl, feedSubscribeUrl, honorsFeedUrl, honorsUrl, siteFeedUrl, topicFeedUrl, topicUrl } from '../site/routes.ts';
import { SITE } from '../../site.config.ts';
import type { Topic } from '../site/topics.ts';
import type { CommunityRef, SiteModel } from '../site/model.ts';

const absolute = (path: string): string => new URL(path, SITE.url).href;

/** One feed's names and addresses: every place that names a feed reads them from here. */
function siteFeed(group: FeedGroup, name: string, description: string, path: string, pagePath: string, id?: string): SiteFeed {
  return {
    group,
    name,
    title: t('feed.title', { name, site: SITE.name }),
    description,
    path,
    url: absolute(path),
    pageUrl: absolute(pagePath),
    subscribePath: feedSubscribeUrl(group, id),
  };
}

const count = SITE.feedSize;
export const allNewsFeed = (): SiteFeed => siteFeed('site', t('feed.name.site'), t('feed.siteDescription', { name: SITE.name, count }), siteFeedUrl(), '/');
export const honorsFeed = (): SiteFeed => siteFeed('honors', t('feed.name.honors'), t('feed.honorsDescription', { count }), honorsFeedUrl(), honorsUrl());
export const communityFeed = (c: CommunityRef): SiteFeed =>
  siteFeed(
    'community',
    t('feed.name.community', { name: c.name }),
    t('feed.communityDescription', { name: c.name, count }),
    communityFeedUrl(c.id),
    communityUrl(c.id),
    c.id,
  );
export const topicFeed = (tp: Topic): SiteFeed =>
  siteFeed(
    'topic',
    t('feed.name.topic', { name: tp.name }),
    t('feed.topicDescription', { name: tp.name, count }),
    topicFeedUrl(tp.slug),
    topicUrl(tp.slug),
    tp.slug,
  );

/** Every feed of the site, 全站 / 社区 / 专题 / 红榜: for the OPML file, the feeds pages and autodiscovery. */
export function feedLinks(model: Pick<SiteModel, 'communities' | 'topics'>): SiteFeed[] {
  return [allNewsFeed(), ...model.communities.map(communityFeed), ...model.topics.map(topicFeed), honorsFeed()];
}
