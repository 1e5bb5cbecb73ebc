/** Breadcrumb trails: where a page sits, from the home page down. */
import { t } from '../../i18n/zh-CN.ts';
import { communitiesUrl, communityUrl, homeUrl, honorsUrl, honorsYearUrl, newsListUrl, topicsUrl } from './urls.ts';

export interface Crumb {
  label: string;
  /** Absent on the last crumb: the current page. */
  url?: string;
}

const HOME: Crumb = { label: t('site.home'), url: homeUrl() };

/**
 * 首页 › 通知公告 for an article of a nav column, else 首页 › 社区 › its community, else
 * 首页 › 新闻: where an article sits. Its own title is the h1 just below, so the trail
 * stops at its section, as portals print it.
 */
export function articleCrumbs(community?: { id: string; name: string }, column?: { label: string; url: string }): Crumb[] {
  if (column) return [HOME, column];
  return community
    ? [HOME, { label: t('nav.communities'), url: communitiesUrl() }, { label: community.name, url: communityUrl(community.id) }]
    : [HOME, { label: t('nav.news'), url: newsListUrl() }];
}

/** 首页 › 社区 › the community, or 首页 › 专题 › the topic. */
export function sectionCrumbs(section: 'communities' | 'topics', label: string): Crumb[] {
  const parent = section === 'communities' ? { label: t('nav.communities'), url: communitiesUrl() } : { label: t('nav.topics'), url: topicsUrl() };
  return [HOME, parent, { label }];
}

/** 首页 › a column of the nav (通知公告): it sits right under the home page. */
export const columnCrumbs = (label: string): Crumb[] => [HOME, { label }];

/** 首页 › 红榜 › year › entry. */
export function honorCrumbs(year: number, name?: string): Crumb[] {
  const yearLabel = t('honor.yearTitle', { year });
  const roll: Crumb = { label: t('nav.honors'), url: honorsUrl() };
  return name === undefined ? [HOME, roll, { label: yearLabel }] : [HOME, roll, { label: yearLabel, url: honorsYearUrl(year) }, { label: name }];
}

/** The navigation section a trail sits in: its second crumb (首页 › 社区 › … → `/communities/`). */
export function sectionOf(crumbs: readonly Crumb[]): string | undefined {
  return crumbs[1]?.url;
}

/** The section a path belongs to when a page gives no trail: the longest section URL it starts with. */
export function currentSection(path: string, sections: readonly string[]): string | undefined {
  const home = homeUrl();
  if (path === home) return sections.includes(home) ? home : undefined;
  return [...sections].filter((url) => url !== home && path.startsWith(url)).sort((a, b) => b.length - a.length)[0];
}
