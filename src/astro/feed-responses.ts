/**
 * The Response of an RSS feed, given its description (which feeds exist, and
 * their names and addresses, are `lib/feeds/site-feeds.ts`). Article bodies are
 * rendered once per build (an article sits in the site, community and topic
 * feeds) and cleaned for readers by `lib/feeds/feed-html.ts`.
 */
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import rss from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import Notice from '../components/mdx/Notice.astro';
import { feedHtml } from '../lib/feeds/feed-html.ts';
import { channelCustomData, FEED_XMLNS, rssItem, type RssItem } from '../lib/feeds/rss-items.ts';
import type { SiteFeed } from '../lib/feeds/site-feeds.ts';
import { honorFeedEntry, newsFeedEntry } from '../lib/feeds/feed-items.ts';
import { SITE } from '../site.config.ts';
import { renderBody, type HonorItem, type NewsItem } from './site.ts';

let container: Promise<AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

/** An article's or honor's body as feed HTML, rendered once per build (an article sits in several feeds). */
function bodyHtml(view: NewsItem | HonorItem): Promise<string> {
  const key = `${view.entry.collection}/${view.entry.id}`;
  let html = bodies.get(key);
  if (!html) {
    html = (async () => {
      // MDX articles need the MDX renderer and the components they may use (the same map as their page).
      container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
      const { Content } = await renderBody(view);
      return feedHtml(await (await container).renderToString(Content, { props: { components: { Notice } } }), SITE.url);
    })();
    bodies.set(key, html);
  }
  return html;
}

/** A feed Response of `entries`, newest first. No XSLT stylesheet: browsers no longer apply one; a person opens the subscribe page instead. */
function feedResponse({ title, description, url }: SiteFeed, items: RssItem[], newest: Date | undefined): Promise<Response> {
  return rss({
    title,
    description,
    site: SITE.url,
    xmlns: FEED_XMLNS,
    customData: channelCustomData(url, newest),
    items,
  });
}

/** A feed of the newest `SITE.feedSize` articles of `news` (newest first). */
export async function newsFeedResponse(feed: SiteFeed, news: readonly NewsItem[]): Promise<Response> {
  const latest = news.slice(0, SITE.feedSize);
  const entries = await Promise.all(latest.map(async (item) => newsFeedEntry(item, await bodyHtml(item))));
  return feedResponse(feed, entries.map(rssItem), latest[0]?.publishedAt);
}

/** The 红榜 feed: the newest `SITE.feedSize` entries of `honors` (newest year first); no dates, so no lastBuildDate. */
export async function honorsFeedResponse(feed: SiteFeed, honors: readonly HonorItem[]): Promise<Response> {
  const entries = await Promise.all(honors.slice(0, SITE.feedSize).map(async (honor) => honorFeedEntry(honor, await bodyHtml(honor))));
  return feedResponse(feed, entries.map(rssItem), undefined);
}
