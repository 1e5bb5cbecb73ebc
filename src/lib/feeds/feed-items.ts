/**
 * The items of every feed, made from views: an article's and a 红榜 entry's,
 * given its body already rendered as feed HTML (`src/astro/feed-responses.ts` renders it).
 */
import { honorCategoryName, t } from '../../i18n/zh-CN.ts';
import type { FeedEntry } from './rss-items.ts';
import { absoluteUrl } from '../site/urls.ts';
import type { HonorItem, NewsItem } from '../site/views.ts';

/** An article's item: its summary, authors, community and topics. */
export function newsFeedEntry(item: NewsItem, html: string): FeedEntry {
  return {
    title: item.title,
    url: absoluteUrl(item.url),
    summary: item.summary,
    html,
    date: item.publishedAt,
    creators: item.credits.authors,
    categories: [...(item.community ? [item.community.name] : []), ...item.topics.map((tp) => tp.name)],
  };
}

/** A 红榜 entry's item. It carries a year, not a publish time: no pubDate rather than an invented one. */
export function honorFeedEntry(honor: HonorItem, html: string): FeedEntry {
  const category = honorCategoryName(honor.category);
  return {
    title: t('feed.honorTitle', { year: honor.year, category, name: honor.name }),
    url: absoluteUrl(honor.url),
    summary: `${honor.headline}（${honor.community.name}）`,
    html,
    categories: [category, honor.community.name],
  };
}
