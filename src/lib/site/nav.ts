/**
 * The main navigation. A topic whose column kind is 通知公告 or 政策文件 is one of the
 * site's own columns, not a 专题: it gets a place in the nav under its kind's name,
 * its page drops the 专题 label and its trail is 首页 › 通知公告, as portals show them.
 */
import { t } from '../../i18n/zh-CN.ts';
import type { ColumnKind } from '../../site.config.ts';
import { archiveUrl, communitiesUrl, homeUrl, contactUrl, honorsUrl, newsListUrl, topicsUrl, topicUrl } from './urls.ts';
import type { ColumnSettings } from './columns.ts';

/** Column kinds a topic is promoted to the nav for, in nav order. */
const NAV_KINDS: readonly ColumnKind[] = ['notice', 'policy'];

export interface NavLink {
  label: string;
  url: string;
}

/** Topic slug → its column kind, for the topics that are nav columns (通知公告, 政策文件). */
export function navColumnTopics(settings: Pick<ColumnSettings, 'topics'>): Map<string, ColumnKind> {
  const entries = Object.entries(settings.topics).filter(([, kind]) => NAV_KINDS.includes(kind));
  return new Map(entries.sort(([, a], [, b]) => NAV_KINDS.indexOf(a) - NAV_KINDS.indexOf(b)));
}

/** Whether a topic is one of the site's own columns rather than a 专题. */
export const isNavColumn = (slug: string, settings: Pick<ColumnSettings, 'topics'>): boolean => navColumnTopics(settings).has(slug);

/** 首页 · 新闻 · 通知公告 · 政策文件 · 社区 · 专题 · 红榜 · 归档 · 互动交流. */
export function mainNav(settings: Pick<ColumnSettings, 'topics'>): NavLink[] {
  const columns = [...navColumnTopics(settings)].map(([slug, kind]) => ({ label: t(`column.kind.${kind}`), url: topicUrl(slug) }));
  return [
    { label: t('site.home'), url: homeUrl() },
    { label: t('nav.news'), url: newsListUrl() },
    ...columns,
    { label: t('nav.communities'), url: communitiesUrl() },
    { label: t('nav.topics'), url: topicsUrl() },
    { label: t('nav.honors'), url: honorsUrl() },
    { label: t('nav.archive'), url: archiveUrl() },
    { label: t('nav.contact'), url: contactUrl() },
  ];
}
