/** Every URL the site builds, in one place, so pages, feeds and content:check agree. */
import { SITE } from '../../site.config.ts';

/** A site path (`/news/a/`) as the absolute URL feeds, OPML and structured data need. */
export const absoluteUrl = (path: string): string => new URL(path, SITE.url).href;

/** `base` for a list's front page, `base<n>/` for its numbered pages (counted from the oldest, `lib/site/paginate.ts`). */
export const withPage = (base: string, page?: number): string => (page === undefined ? base : `${base}${page}/`);

export const newsUrl = (slug: string): string => `/news/${slug}/`;
export const newsListUrl = (page?: number): string => withPage('/news/', page);
export const communitiesUrl = (): string => '/communities/';
export const communityUrl = (id: string, page?: number): string => withPage(`/communities/${id}/`, page);
export const topicsUrl = (): string => '/topics/';
export const topicUrl = (slug: string, page?: number): string => withPage(`/topics/${slug}/`, page);
export const honorsUrl = (): string => '/honors/';
export const honorUrl = (year: number, id: string): string => `/honors/${year}/${id}/`;
export const honorsYearUrl = (year: number): string => `/honors/${year}/`;
export const archiveUrl = (year?: number, page?: number): string => (year === undefined ? '/archive/' : withPage(`/archive/${year}/`, page));

export const siteFeedUrl = (): string => '/rss.xml';
export const communityFeedUrl = (id: string): string => `/communities/${id}/rss.xml`;
export const topicFeedUrl = (slug: string): string => `/topics/${slug}/rss.xml`;
export const honorsFeedUrl = (): string => '/honors/rss.xml';
export const feedsPageUrl = (): string => '/feeds/';
/** The page that explains one feed and shows its address (what a 订阅 link opens): `/feeds/all/`, `/feeds/communities/<id>/`. */
export const feedSubscribeUrl = (group: 'site' | 'honors' | 'community' | 'topic', id = ''): string =>
  group === 'site' ? '/feeds/all/' : group === 'honors' ? '/feeds/honors/' : `/feeds/${group === 'community' ? 'communities' : 'topics'}/${id}/`;
export const searchUrl = (): string => '/search/';
export const opmlUrl = (): string => '/feeds.opml';
/** 网站地图, 联系我们 (with 咨询建言) and 适老化与无障碍: the pages a government site's footer links. */
export const siteMapUrl = (): string => '/sitemap/';
export const contactUrl = (): string => '/contact/';
export const accessibilityUrl = (): string => '/accessibility/';

/** Top-level sections that always exist (lists, search, feeds). */
export const SECTION_URLS = [
  '/',
  '/news/',
  '/communities/',
  '/topics/',
  '/honors/',
  '/archive/',
  '/search/',
  '/feeds/',
  '/sitemap/',
  '/contact/',
  '/accessibility/',
] as const;

export type SiteLink =
  | { kind: 'news'; slug: string }
  | { kind: 'community'; id: string }
  | { kind: 'topic'; slug: string }
  | { kind: 'honor'; year: number; id: string }
  | { kind: 'section' }
  | { kind: 'asset' }
  | { kind: 'unknown' };

// A list's numbered page (`/news/1/` is its oldest page; the front page is the plain list URL).
const PAGE = String.raw`[1-9]\d*\/`;

// Order matters: list pages (`/news/1/`, `/archive/2024/`) before the entries they resemble.
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => SiteLink]> = [
  [new RegExp(`^/news/${PAGE}$`), () => ({ kind: 'section' })],
  [new RegExp(`^/archive/\\d{4}/(?:${PAGE})?$`), () => ({ kind: 'section' })],
  [/^\/honors\/\d{4}\/$/, () => ({ kind: 'section' })],
  // Article slugs have a letter (see isValidSlug), so `/news/1/` is nothing.
  [/^\/news\/([^/]*[a-z][^/]*)\/$/, (m) => ({ kind: 'news', slug: m[1] ?? '' })],
  [new RegExp(`^/communities/([^/]+)/(?:${PAGE})?$`), (m) => ({ kind: 'community', id: m[1] ?? '' })],
  [new RegExp(`^/topics/([^/]+)/(?:${PAGE})?$`), (m) => ({ kind: 'topic', slug: m[1] ?? '' })],
  [/^\/honors\/(\d{4})\/([^/]+)\/$/, (m) => ({ kind: 'honor', year: Number(m[1]), id: m[2] ?? '' })],
  [/^\/feeds\/(?:all|honors|communities\/[^/]+|topics\/[^/]+)\/$/, () => ({ kind: 'section' })],
];

/** What a site-absolute path (`/news/a/#x`) points to. */
export function classifySitePath(href: string): SiteLink {
  const path = href.replace(/[?#].*$/, '');
  if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) return { kind: 'asset' };
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  if ((SECTION_URLS as readonly string[]).includes(withSlash)) return { kind: 'section' };
  for (const [pattern, make] of PATTERNS) {
    const m = pattern.exec(withSlash);
    if (m) return make(m);
  }
  return { kind: 'unknown' };
}
