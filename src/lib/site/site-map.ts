/**
 * 网站地图: every section and column a reader can reach, in the groups an
 * inspector checks them by. The page renders these groups and nothing else,
 * so a column added to the site appears on the map by itself.
 */
import { t } from '../../i18n/zh-CN.ts';
import type { ColumnKind } from '../../site.config.ts';
import { accessibilityUrl, feedsPageUrl, honorsYearUrl, searchUrl } from './urls.ts';
import type { Column, ColumnSettings } from './columns.ts';
import { mainNav, navColumnTopics } from './nav.ts';

export interface SiteMapLink {
  label: string;
  url: string;
  /** What it holds (篇数), when it lists articles or honorees. */
  note?: string;
  /** A column's kind, shown when it is not the group's usual one (a topic that is 通知公告). */
  kind?: ColumnKind;
}

export interface SiteMapGroup {
  id: 'sections' | 'topics' | 'communities' | 'honors' | 'services';
  title: string;
  links: SiteMapLink[];
}

const columnLink = (c: Column, usualKind: ColumnKind): SiteMapLink => ({
  label: c.name,
  url: c.url,
  note: t('siteMap.count', { count: c.count }),
  // 通知公告 named 通知公告 needs no tag saying so.
  ...(c.kind === usualKind || c.name === t(`column.kind.${c.kind}`) ? {} : { kind: c.kind }),
});

/** The map's groups: 主要栏目 (the nav, with counts), 专题, 社区, 红榜 by year, 服务. Empty groups are left out. */
export function siteMapGroups(
  model: { honorYears: readonly { year: number; categories: readonly { entries: readonly unknown[] }[] }[] },
  columns: readonly Column[],
  settings: Pick<ColumnSettings, 'topics' | 'topicDefault'>,
): SiteMapGroup[] {
  const navTopics = navColumnTopics(settings);
  const counts = new Map(columns.map((c) => [c.url, c.count]));
  const withCount = (url: string) => (counts.has(url) ? { note: t('siteMap.count', { count: counts.get(url) ?? 0 }) } : {});
  const groups: SiteMapGroup[] = [
    { id: 'sections', title: t('siteMap.sections'), links: mainNav(settings).map((link) => ({ ...link, ...withCount(link.url) })) },
    {
      id: 'topics',
      title: t('siteMap.topics'),
      links: columns.filter((c) => c.group === 'topic' && !navTopics.has(c.key.slice('topic:'.length))).map((c) => columnLink(c, settings.topicDefault)),
    },
    {
      id: 'communities',
      title: t('siteMap.communities'),
      links: columns.filter((c) => c.group === 'community').map((c) => ({ label: c.name, url: c.url, note: t('siteMap.count', { count: c.count }) })),
    },
    {
      id: 'honors',
      title: t('siteMap.honors'),
      links: model.honorYears.map((y) => ({
        label: t('honor.yearTitle', { year: y.year }),
        url: honorsYearUrl(y.year),
        note: t('siteMap.honorCount', { count: y.categories.reduce((n, c) => n + c.entries.length, 0) }),
      })),
    },
    {
      id: 'services',
      title: t('siteMap.services'),
      links: [
        { label: t('site.search'), url: searchUrl() },
        { label: t('footer.feeds'), url: feedsPageUrl() },
        { label: t('access.title'), url: accessibilityUrl() },
      ],
    },
  ];
  return groups.filter((g) => g.links.length > 0);
}
