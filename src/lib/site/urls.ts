/** Every URL the site builds, in one place, so pages, feeds and content:check agree. */
import { SITE } from '../../site.config.ts';

/**
 * The path the site is served under (`/`, or `/jiedao-a/` for a member of a district served by
 * path), from its URL. Every URL below carries it; `unbased` takes it off again where a URL
 * is turned into a file of the built site or recognised (`classifySitePath`).
 */
export const BASE_PATH = new URL(SITE.url).pathname.replace(/\/?$/, '/');

/** A path inside the site (`/news/a/`) as readers reach it (`/jiedao-a/news/a/`). */
export const sitePath = (path: string): string => BASE_PATH + path.replace(/^\/+/, '');

/** A served path without the site's base path (`/jiedao-a/news/a/` → `/news/a/`); undefined when it is outside the site. */
export function unbased(path: string, base: string = BASE_PATH): string | undefined {
  if (path.startsWith(base)) return `/${path.slice(base.length)}`;
  return `${path}/` === base ? '/' : undefined;
}

/** A served path (`/jiedao-a/news/a/`, from the functions below) as the absolute URL feeds, OPML and structured data need. */
export const absoluteUrl = (path: string): string => new URL(path, SITE.url).href;

/** A file under public/ (`/logo.svg`) as the page links it. */
export const publicFileUrl = (path: string): string => sitePath(path);

/** `base` for a list's front page, `base<n>/` for its numbered pages (counted from the oldest, `lib/site/paginate.ts`). */
export const withPage = (base: string, page?: number): string => (page === undefined ? base : `${base}${page}/`);

export const homeUrl = (): string => sitePath('/');

export const newsUrl = (slug: string): string => sitePath(`/news/${slug}/`);
export const newsListUrl = (page?: number): string => sitePath(withPage('/news/', page));
export const communitiesUrl = (): string => sitePath('/communities/');
export const communityUrl = (id: string, page?: number): string => sitePath(withPage(`/communities/${id}/`, page));
export const topicsUrl = (): string => sitePath('/topics/');
export const topicUrl = (slug: string, page?: number): string => sitePath(withPage(`/topics/${slug}/`, page));
export const honorsUrl = (): string => sitePath('/honors/');
export const honorUrl = (year: number, id: string): string => sitePath(`/honors/${year}/${id}/`);
export const honorsYearUrl = (year: number): string => sitePath(`/honors/${year}/`);
export const archiveUrl = (year?: number, page?: number): string => sitePath(year === undefined ? '/archive/' : withPage(`/archive/${year}/`, page));

export const siteFeedUrl = (): string => sitePath('/rss.xml');
export const communityFeedUrl = (id: string): string => sitePath(`/communities/${id}/rss.xml`);
export const topicFeedUrl = (slug: string): string => sitePath(`/topics/${slug}/rss.xml`);
export const honorsFeedUrl = (): string => sitePath('/honors/rss.xml');
export const feedsPageUrl = (): string => sitePath('/feeds/');
/** The page that explains one feed and shows its address (what a 订阅 link opens): `/feeds/all/`, `/feeds/communities/<id>/`. */
export const feedSubscribeUrl = (group: 'site' | 'honors' | 'community' | 'topic', id = ''): string =>
  sitePath(group === 'site' ? '/feeds/all/' : group === 'honors' ? '/feeds/honors/' : `/feeds/${group === 'community' ? 'communities' : 'topics'}/${id}/`);
export const searchUrl = (): string => sitePath('/search/');
/** The folder of the site's Pagefind index (its shards and `shards.json`). */
export const searchIndexUrl = (): string => sitePath('/pagefind/');
export const opmlUrl = (): string => sitePath('/feeds.opml');
/** 网站地图, 联系我们 (with 咨询建言) and 适老化与无障碍: the pages a government site's footer links. */
export const siteMapUrl = (): string => sitePath('/sitemap/');
export const contactUrl = (): string => sitePath('/contact/');
export const accessibilityUrl = (): string => sitePath('/accessibility/');

/** Top-level sections that always exist (lists, search, feeds), as paths inside the site (without `BASE_PATH`). */
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

/** What a path inside the site (`/news/a/#x`, without the base path an editor does not write) points to. */
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
