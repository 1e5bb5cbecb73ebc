import type { APIRoute } from 'astro';
import { t } from '../../i18n/zh-CN.ts';
import { opml } from '../../lib/feeds/rss-items.ts';
import { absoluteUrl, homeUrl } from '../../lib/site/urls.ts';
import { SITE } from '../../site.config.ts';
import { portalData, portalFeedUrl } from '../portal-data.ts';

/** The portal's merged feed and each member's own, for a feed reader to import at once. */
export const GET: APIRoute = () => {
  const { model } = portalData();
  const feeds = [
    { title: t('portal.feed.name'), url: absoluteUrl(portalFeedUrl()), pageUrl: absoluteUrl(homeUrl()) },
    ...model.members.map((m) => ({ title: m.member.name, url: m.manifest?.feed ?? new URL('rss.xml', m.member.url).href, pageUrl: m.member.url })),
  ];
  return new Response(opml(t('portal.opmlTitle', { name: SITE.name }), feeds), { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
