/** Every URL the site builds, in one place, so pages, feeds and content:check agree. */

export const newsUrl = (slug: string): string => `/news/${slug}/`;
export const newsListUrl = (page = 1): string => (page <= 1 ? '/news/' : `/news/${page}/`);
export const communityUrl = (id: string): string => `/communities/${id}/`;
export const topicUrl = (slug: string): string => `/topics/${slug}/`;
export const honorUrl = (year: number, id: string): string => `/honors/${year}/${id}/`;
export const honorsYearUrl = (year: number): string => `/honors/${year}/`;
export const archiveUrl = (year?: number): string => (year === undefined ? '/archive/' : `/archive/${year}/`);

/** Top-level sections that always exist (lists, search, feeds). */
export const SECTION_URLS = ['/', '/news/', '/communities/', '/topics/', '/honors/', '/archive/', '/search/', '/feeds/'] as const;

export type SiteLink =
  | { kind: 'news'; slug: string }
  | { kind: 'community'; id: string }
  | { kind: 'topic'; slug: string }
  | { kind: 'honor'; year: number; id: string }
  | { kind: 'section' }
  | { kind: 'asset' }
  | { kind: 'unknown' };

/** What a site-absolute path (`/news/a/#x`) points to. */
export function classifySitePath(href: string): SiteLink {
  const path = href.replace(/[?#].*$/, '');
  if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) return { kind: 'asset' };
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  if ((SECTION_URLS as readonly string[]).includes(withSlash)) return { kind: 'section' };
  let m = /^\/news\/(\d+)\/$/.exec(withSlash);
  if (m) return { kind: 'section' };
  m = /^\/archive\/\d{4}\/(?:\d+\/)?$/.exec(withSlash) ?? /^\/honors\/\d{4}\/$/.exec(withSlash);
  if (m) return { kind: 'section' };
  m = /^\/news\/([^/]+)\/$/.exec(withSlash);
  if (m?.[1]) return { kind: 'news', slug: m[1] };
  m = /^\/communities\/([^/]+)\/$/.exec(withSlash);
  if (m?.[1]) return { kind: 'community', id: m[1] };
  m = /^\/topics\/([^/]+)\/$/.exec(withSlash);
  if (m?.[1]) return { kind: 'topic', slug: m[1] };
  m = /^\/honors\/(\d{4})\/([^/]+)\/$/.exec(withSlash);
  if (m?.[1] && m[2]) return { kind: 'honor', year: Number(m[1]), id: m[2] };
  return { kind: 'unknown' };
}
