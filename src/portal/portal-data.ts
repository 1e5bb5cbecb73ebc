/**
 * What `npm run portal` fetched from the members, read once by the portal's pages, and the
 * portal's own links. The fetching and the saved copies are the command's (scripts/lib/portal/).
 */
import { readFileSync } from 'node:fs';
import { readEnv } from '../env.ts';
import { t } from '../i18n/zh-CN.ts';
import { portalModel, type MemberData, type PortalModel } from '../lib/district/portal-model.ts';
import type { NavLink } from '../lib/site/nav.ts';
import { absoluteUrl, homeUrl, opmlUrl, searchUrl, sitePath, siteFeedUrl } from '../lib/site/urls.ts';
import type { FeedItem } from '../lib/district/member-feed.ts';

/** The file as the command writes it: dates as ISO text. */
export interface PortalDataFile {
  now: string;
  members: (Omit<MemberData, 'items'> & { items: (Omit<FeedItem, 'publishedAt'> & { publishedAt: string })[] })[];
}

let cached: { model: PortalModel; now: Date } | undefined;

export function portalData(): { model: PortalModel; now: Date } {
  if (cached) return cached;
  const file = readEnv().portalData;
  if (!file) throw new Error('SHEQU_PORTAL_DATA is not set: build the portal with `npm run portal`');
  const data = JSON.parse(readFileSync(file, 'utf8')) as PortalDataFile;
  const now = new Date(data.now);
  const members = data.members.map((m): MemberData => ({ ...m, items: m.items.map((i) => ({ ...i, publishedAt: new Date(i.publishedAt) })) }));
  cached = { model: portalModel(members, now), now };
  return cached;
}

export const memberPageUrl = (id: string): string => sitePath(`/members/${id}/`);
export const portalFeedUrl = (): string => siteFeedUrl();

export const portalNav = (): NavLink[] => [
  { label: t('site.home'), url: homeUrl() },
  { label: t('portal.nav.members'), url: `${homeUrl()}#members` },
  { label: t('site.search'), url: searchUrl() },
];

export const portalFooterLinks = (): NavLink[] => [{ label: t('portal.nav.feed'), url: opmlUrl() }];

export const portalFeed = () => ({ title: t('portal.feed.name'), path: portalFeedUrl(), url: absoluteUrl(portalFeedUrl()) });
