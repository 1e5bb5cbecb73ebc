import type { APIRoute } from 'astro';
import { t } from '../../i18n/zh-CN.ts';
import { portalFeed } from '../../lib/district/portal-feed.ts';
import { absoluteUrl, homeUrl } from '../../lib/site/urls.ts';
import { SITE } from '../../site.config.ts';
import { portalData, portalFeedUrl } from '../portal-data.ts';

/** The members' newest items, merged: GUIDs are the members' own, a shared story is listed once. */
export const GET: APIRoute = () => {
  const { model } = portalData();
  const items = model.feed.slice(0, SITE.feedSize);
  const feedOf = new Map(model.members.map((m) => [m.member.id, m.manifest?.feed ?? new URL('rss.xml', m.member.url).href]));
  const xml = portalFeed(
    {
      title: `${t('portal.feed.name')} - ${SITE.name}`,
      description: t('portal.feed.description', { name: SITE.name, count: SITE.feedSize }),
      link: absoluteUrl(homeUrl()),
      self: absoluteUrl(portalFeedUrl()),
    },
    items,
    (id) => feedOf.get(id) ?? '',
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
