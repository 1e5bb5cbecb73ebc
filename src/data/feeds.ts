/**
 * The site's RSS feeds: which feeds exist, and the Response for each. Article
 * bodies are rendered once per build (an article sits in the site, community and
 * topic feeds) and cleaned for readers by `lib/feed-html.ts`.
 */
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import rss from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import Notice from '../components/mdx/Notice.astro';
import { t } from '../i18n/zh-CN.ts';
import { feedHtml } from '../lib/feed-html.ts';
import { channelCustomData, FEED_XMLNS, rssItem, type FeedEntry, type FeedLink, type RssItem } from '../lib/feeds.ts';
import { communityFeedUrl, communityUrl, honorsFeedUrl, honorsUrl, siteFeedUrl, topicFeedUrl, topicUrl } from '../lib/routes.ts';
import { SITE } from '../site.config.ts';
import type { NewsItem, SiteModel } from './site.ts';

const absolute = (path: string): string => new URL(path, SITE.url).href;

/** Every feed of the site: for the OPML file, the feeds page and autodiscovery. */
export function feedLinks(model: SiteModel): FeedLink[] {
  return [
    { title: t('feed.site', { name: SITE.name }), url: absolute(siteFeedUrl()), pageUrl: absolute('/') },
    { title: t('feed.honors', { site: SITE.name }), url: absolute(honorsFeedUrl()), pageUrl: absolute(honorsUrl()) },
    ...model.communities.map((c) => ({ title: t('feed.community', { name: c.name, site: SITE.name }), url: absolute(communityFeedUrl(c.id)), pageUrl: absolute(communityUrl(c.id)) })),
    ...model.topics.map((tp) => ({ title: t('feed.topic', { name: tp.name, site: SITE.name }), url: absolute(topicFeedUrl(tp.slug)), pageUrl: absolute(topicUrl(tp.slug)) })),
  ];
}

let container: Promise<AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

/** An entry's body as feed HTML, rendered once per build (an article sits in several feeds). */
export function entryHtml(entry: CollectionEntry<'news'> | CollectionEntry<'honors'>): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  let html = bodies.get(key);
  if (!html) {
    html = (async () => {
      // MDX articles need the MDX renderer and the components they may use (the same map as their page).
      container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
      const { Content } = await render(entry);
      return feedHtml(await (await container).renderToString(Content, { props: { components: { Notice } } }), SITE.url);
    })();
    bodies.set(key, html);
  }
  return html;
}

async function newsEntry(item: NewsItem): Promise<FeedEntry> {
  return {
    title: item.title,
    url: absolute(item.url),
    summary: item.summary,
    html: await entryHtml(item.entry),
    date: item.publishedAt,
    creators: item.entry.data.authors,
    categories: [...(item.community ? [item.community.name] : []), ...item.topics.map((tp) => tp.name)],
  };
}

export interface FeedOptions {
  title: string;
  description: string;
  /** The feed's own path, for its self link. */
  path: string;
}

/** A feed Response of `entries`, newest first. */
export function feedResponse({ title, description, path }: FeedOptions, items: RssItem[], newest: Date | undefined): Promise<Response> {
  return rss({
    title,
    description,
    site: SITE.url,
    xmlns: FEED_XMLNS,
    stylesheet: '/rss.xsl',
    customData: channelCustomData(absolute(path), newest),
    items,
  });
}

/** A feed of the newest `SITE.feedSize` articles of `news` (newest first). */
export async function newsFeed(options: FeedOptions, news: readonly NewsItem[]): Promise<Response> {
  const latest = news.slice(0, SITE.feedSize);
  const entries = await Promise.all(latest.map(newsEntry));
  return feedResponse(options, entries.map(rssItem), latest[0]?.publishedAt);
}
