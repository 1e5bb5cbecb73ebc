/**
 * The portal's merged feed: the members' items as they published them (title, link, GUID,
 * description, categories, authors), each with RSS 2.0's `<source>` naming the member's feed,
 * newest first. Written here rather than by @astrojs/rss, which makes every GUID the link:
 * a subscriber who followed a member keeps its GUIDs, so nothing shows twice.
 */
import { toRfc822China } from '../china-time.ts';
import { channelCustomData, FEED_XMLNS } from '../feeds/rss-items.ts';
import { escapeXml } from '../feeds/xml.ts';
import type { PortalArticle } from './portal-model.ts';

export interface PortalFeedChannel {
  title: string;
  description: string;
  /** The portal's home page and this feed's own address, absolute. */
  link: string;
  self: string;
}

const item = (a: PortalArticle, feedOf: (memberId: string) => string): string =>
  [
    '<item>',
    `<title>${escapeXml(a.title)}</title>`,
    `<link>${escapeXml(a.url)}</link>`,
    `<guid isPermaLink="${a.guidIsPermaLink}">${escapeXml(a.guid)}</guid>`,
    `<description>${escapeXml(a.description)}</description>`,
    `<pubDate>${toRfc822China(a.publishedAt)}</pubDate>`,
    ...a.categories.map((c) => `<category>${escapeXml(c)}</category>`),
    ...a.creators.map((c) => `<dc:creator>${escapeXml(c)}</dc:creator>`),
    `<source url="${escapeXml(feedOf(a.memberId))}">${escapeXml(a.memberName)}</source>`,
    '</item>',
  ].join('');

export function portalFeed(channel: PortalFeedChannel, items: readonly PortalArticle[], feedOf: (memberId: string) => string): string {
  const xmlns = Object.entries(FEED_XMLNS)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"${xmlns}><channel>`,
    `<title>${escapeXml(channel.title)}</title><description>${escapeXml(channel.description)}</description><link>${escapeXml(channel.link)}</link>`,
    channelCustomData(channel.self, items[0]?.publishedAt),
    ...items.map((a) => item(a, feedOf)),
    '</channel></rss>\n',
  ].join('');
}
