/** RSS items and OPML for the site's feeds: dates in China time, authors as dc:creator. */
import { toRfc822China } from '../china-time.ts';
import { escapeXml } from './xml.ts';

/** Namespaces our feeds use besides RSS 2.0's own. */
export const FEED_XMLNS = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
} as const;

export interface FeedEntry {
  title: string;
  /** Absolute permanent URL: the item's link and guid. */
  url: string;
  /** Plain-text summary. */
  summary: string;
  /** Sanitised HTML with absolute URLs, or none (honor entries carry their citation as text). */
  html?: string | undefined;
  date?: Date | undefined;
  creators?: readonly string[] | undefined;
  categories?: readonly string[] | undefined;
}

/** The item fields @astrojs/rss takes; `pubDate` goes through customData, as it always writes GMT. */
export interface RssItem {
  title: string;
  link: string;
  description: string;
  content?: string;
  categories: string[];
  customData: string;
}

export function rssItem(entry: FeedEntry): RssItem {
  const custom = [
    ...(entry.date ? [`<pubDate>${toRfc822China(entry.date)}</pubDate>`] : []),
    ...(entry.creators ?? []).map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`),
  ];
  return {
    title: entry.title,
    link: entry.url,
    // RSS readers render <description> as HTML: plain text must be escaped as HTML first (@astrojs/rss adds the XML layer).
    description: escapeXml(entry.summary),
    ...(entry.html === undefined ? {} : { content: entry.html }),
    categories: [...new Set(entry.categories ?? [])],
    customData: custom.join(''),
  };
}

/** Channel elements @astrojs/rss does not write: language, self link, and the newest item's date. */
export function channelCustomData(feedUrl: string, newest: Date | undefined): string {
  return [
    '<language>zh-cn</language>',
    `<atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    // The newest item's time, not the clock's, so two builds of the same content are identical.
    ...(newest ? [`<lastBuildDate>${toRfc822China(newest)}</lastBuildDate>`] : []),
  ].join('');
}

/** A feed as OPML lists it: the site's feeds (`site-feeds.ts`) are these and more. */
export interface FeedLink {
  /** Channel title: the feed's name and the site's, the same in the feed, OPML, autodiscovery and pages. */
  title: string;
  /** Absolute URL of the feed. */
  url: string;
  /** Absolute URL of the page it follows. */
  pageUrl: string;
}

/** An OPML 2.0 subscription list, for importing every feed into a reader at once. */
export function opml(title: string, feeds: readonly FeedLink[]): string {
  const outlines = feeds.map(
    (f) =>
      `    <outline type="rss" text="${escapeXml(f.title)}" title="${escapeXml(f.title)}" xmlUrl="${escapeXml(f.url)}" htmlUrl="${escapeXml(f.pageUrl)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeXml(title)}</title></head>`,
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
