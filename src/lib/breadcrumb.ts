/** Breadcrumb trails: where a page sits, from the home page down. */
import { t } from '../i18n/zh-CN.ts';
import { communitiesUrl, communityUrl, honorsUrl, honorsYearUrl, newsListUrl, topicsUrl } from './routes.ts';

export interface Crumb {
  label: string;
  /** Absent on the last crumb: the current page. */
  url?: string;
}

const HOME: Crumb = { label: t('site.home'), url: '/' };

/** 首页 › 新闻 (or › 社区 › its community) › the article. */
export function articleCrumbs(title: string, community?: { id: string; name: string }): Crumb[] {
  const trail: Crumb[] = community
    ? [HOME, { label: t('nav.communities'), url: communitiesUrl() }, { label: community.name, url: communityUrl(community.id) }]
    : [HOME, { label: t('nav.news'), url: newsListUrl() }];
  return [...trail, { label: title }];
}

/** 首页 › 社区 › the community, or 首页 › 专题 › the topic. */
export function sectionCrumbs(section: 'communities' | 'topics', label: string): Crumb[] {
  const parent = section === 'communities' ? { label: t('nav.communities'), url: communitiesUrl() } : { label: t('nav.topics'), url: topicsUrl() };
  return [HOME, parent, { label }];
}

/** 首页 › 红榜 › year › entry. */
export function honorCrumbs(year: number, name?: string): Crumb[] {
  const yearLabel = t('honor.yearTitle', { year });
  const roll: Crumb = { label: t('nav.honors'), url: honorsUrl() };
  return name === undefined ? [HOME, roll, { label: yearLabel }] : [HOME, roll, { label: yearLabel, url: honorsYearUrl(year) }, { label: name }];
}
