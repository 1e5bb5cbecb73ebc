/**
 * What pages, feeds and the search index read of an article, an honor entry and
 * a community: typed views, built once per entry by the site model from the
 * entry's fields. No component, layout, page or Astro adapter (`src/astro/`) reads an
 * entry's front matter (`entry.data`; tests/unit/views-not-entries.test.ts); the entry rides along on an article and an honor only for
 * Astro's `render()` of its body. Each view says what it is (`kind`), so the
 * rebuild (`contentKey` in `route-content.ts`) never guesses from a shape.
 */
import { honorUrl, newsUrl } from './urls.ts';
import type { CreditFields } from './credits.ts';
import type { PublishState } from './publish.ts';
import type { CommunityData } from '../schemas/community.ts';
import type { HonorData } from '../schemas/honor.ts';
import type { NewsData } from '../schemas/news.ts';
import type { Topic } from './topics.ts';

/**
 * The types the model carries through untouched: an article's and an honor's
 * entry (for `render()`), and an image (Astro's image metadata in the pages, a
 * path in content:check).
 */
export interface EntryTypes {
  news: unknown;
  honor: unknown;
  image: unknown;
}

/** Front matter as the schemas give it, with images of the reader's kind. */
export type NewsFields<I> = Omit<NewsData, 'cover'> & { cover?: I | undefined };
export type HonorFields<I> = Omit<HonorData, 'photo'> & { photo?: I | undefined };
export type CommunityFields<I> = Omit<CommunityData, 'cover'> & { cover?: I | undefined };

/** A photo and its alt text ('' when the editor gave none: the photo is then decoration). */
export interface Picture<I> {
  src: I;
  alt: string;
}

/** A community as an article or honor names it. */
export interface CommunityRef {
  id: string;
  name: string;
}

/** The kinds of content view; a page's props are keyed by them (`contentKey`). */
export const CONTENT_KINDS = ['news', 'honor', 'community'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** An article. */
export interface NewsItem<T extends EntryTypes = EntryTypes> {
  kind: 'news';
  id: string;
  /** For `render()` of the body (and content:check's own reports), never for its fields. */
  entry: T['news'];
  url: string;
  title: string;
  /** 引题, the line above the title. */
  kicker: string | undefined;
  /** 副题, the line below the title. */
  subtitle: string | undefined;
  /** The editor asked for it as the home page's 头条. */
  featured: boolean;
  /** 来源 */
  source: string | undefined;
  /** What lists and feeds show: the editor's summary, else one made from the body. */
  summary: string;
  /** The editor's own summary, if any (the search index weighs it as a field). */
  editorSummary: string | undefined;
  /**
   * The Markdown body as the entry holds it: whole in content:check (the search
   * index reads it); Astro's store keeps only its first paragraph, so pages
   * render the entry instead.
   */
  markdown: string;
  /** Publish time; a draft previewed in dev may have none yet. */
  publishedAt: Date | undefined;
  updatedAt: Date | undefined;
  cover: Picture<T['image']> | undefined;
  /** 作者, 通讯员, 摄影, 责任编辑. */
  credits: CreditFields;
  /** 三审: 初审/复审/终审 names. */
  review: NewsData['review'];
  community: CommunityRef | undefined;
  topics: Topic[];
  /** Only `published` in a build; dev previews drafts and scheduled articles too. */
  state: PublishState;
}

/** A 红榜 entry. */
export interface HonorItem<T extends EntryTypes = EntryTypes> {
  kind: 'honor';
  id: string;
  /** For `render()` of the citation, never for its fields. */
  entry: T['honor'];
  url: string;
  name: string;
  year: number;
  /** Roll id from `SITE.honorCategories`. */
  category: string;
  community: CommunityRef;
  /** One line on why. */
  headline: string;
  photo: Picture<T['image']> | undefined;
  /** The citation's Markdown, as `NewsItem.markdown`. */
  markdown: string;
}

/** A community's profile: everything its file says (a community has no body to render). */
export interface CommunityView<T extends EntryTypes = EntryTypes> {
  kind: 'community';
  id: string;
  name: string;
  /** 区县 */
  district: string;
  /** 街道 */
  subdistrict: string;
  summary: string;
  households: number | undefined;
  population: number | undefined;
  partyMembers: number | undefined;
  /** The year the figures describe. */
  statsYear: number | undefined;
  address: string | undefined;
  phone: string | undefined;
  officeHours: string | undefined;
  cover: Picture<T['image']> | undefined;
}

const picture = <I>(src: I | undefined, alt: string | undefined): Picture<I> | undefined => (src === undefined ? undefined : { src, alt: alt ?? '' });

/** An article's view; `summary`, `community` and `topics` come resolved from the model. */
export function newsView<T extends EntryTypes>(
  source: { id: string; entry: T['news']; data: NewsFields<T['image']>; body: string; state: PublishState },
  resolved: { summary: string; community: CommunityRef | undefined; topics: Topic[] },
): NewsItem<T> {
  const d = source.data;
  return {
    kind: 'news',
    id: source.id,
    entry: source.entry,
    url: newsUrl(source.id),
    title: d.title,
    kicker: d.kicker,
    subtitle: d.subtitle,
    featured: d.featured ?? false,
    source: d.source,
    ...resolved,
    editorSummary: d.summary,
    markdown: source.body,
    publishedAt: d.publishedAt,
    updatedAt: d.updatedAt,
    cover: picture(d.cover, d.coverAlt),
    credits: { authors: d.authors, correspondents: d.correspondents, photographers: d.photographers, editor: d.editor },
    review: d.review,
    state: source.state,
  };
}

/** An honor entry's view. */
export function honorView<T extends EntryTypes>(
  source: { id: string; entry: T['honor']; data: HonorFields<T['image']>; body: string },
  community: CommunityRef,
): HonorItem<T> {
  const d = source.data;
  return {
    kind: 'honor',
    id: source.id,
    entry: source.entry,
    url: honorUrl(d.year, source.id),
    name: d.name,
    year: d.year,
    category: d.category,
    community,
    headline: d.headline,
    photo: picture(d.photo, d.photoAlt),
    markdown: source.body,
  };
}

/** A community's view. */
export function communityView<T extends EntryTypes>(source: { id: string; data: CommunityFields<T['image']> }): CommunityView<T> {
  const d = source.data;
  return {
    kind: 'community',
    id: source.id,
    name: d.name,
    district: d.district,
    subdistrict: d.subdistrict,
    summary: d.summary,
    households: d.households,
    population: d.population,
    partyMembers: d.partyMembers,
    statsYear: d.statsYear,
    address: d.address,
    phone: d.phone,
    officeHours: d.officeHours,
    cover: picture(d.cover, d.coverAlt),
  };
}
