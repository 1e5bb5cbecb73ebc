import type { APIRoute } from 'astro';
import { honorsFeed } from '../../lib/site/feed-links.ts';
import { entryHtml, feedResponse } from '../../data/feeds.ts';
import { getSiteModel } from '../../data/site.ts';
import { honorCategoryName, t } from '../../i18n/zh-CN.ts';
import { rssItem } from '../../lib/feeds.ts';
import { SITE } from '../../site.config.ts';

// Honor entries carry a year, not a publish time: their items have no pubDate rather than an invented one.
export const GET: APIRoute = async () => {
  const { honors } = await getSiteModel();
  const items = await Promise.all(honors.slice(0, SITE.feedSize).map(async (h) => {
    const category = honorCategoryName(h.category);
    return rssItem({
      title: t('feed.honorTitle', { year: h.year, category, name: h.name }),
      url: new URL(h.url, SITE.url).href,
      summary: `${h.entry.data.headline}（${h.community.name}）`,
      html: await entryHtml(h.entry),
      categories: [category, h.community.name],
    });
  }));
  return feedResponse(honorsFeed(), items, undefined);
};
