/**
 * What the home page shows where: the 头条, the latest news, the 通知公告 column
 * and the community blocks. An article shows once, in the most prominent place
 * it qualifies for, in that order: a reader scanning the page never meets the
 * same headline twice. A home page is read as "what is new": a 头条 weeks old
 * above this month's news, or a 2019 story under 动态, tells the reader (and an
 * inspector) that nobody looks after the page.
 */
import { chinaDaysBetween } from '../china-time.ts';

export interface HomeItemTraits {
  /** An editor marked it `featured`. */
  featured: boolean;
  /** It has a cover photo for the 头条's large picture. */
  hasCover: boolean;
  /** It belongs to the notices topic. */
  notice: boolean;
  /** When it went live (undefined for a draft in preview: never counted as recent). */
  publishedAt: Date | undefined;
}

export interface HomeSizes {
  latest: number;
  notices: number;
  /** Community blocks, and headlines in each. */
  blocks: number;
  perBlock: number;
}

/** What counts as recent, as of `now` (the build's SITE_NOW). */
export interface HomeRecency {
  now: Date;
  /** A featured article, or one with a cover, leads only this many days after it went live. */
  leadDays: number;
  /** A community block lists only articles this many days old or newer. */
  blockDays: number;
}

export interface HomeSections<T> {
  lead: T | undefined;
  latest: T[];
  notices: T[];
  /** The communities with the newest articles not shown above, each with those articles. */
  blocks: { id: string; items: T[] }[];
}

/**
 * Splits `news` (newest first) into the home page's sections. The 头条 is the
 * newest featured article of the last `leadDays`, else the newest story with a
 * cover of those days, else the newest story: an editor's pick or a photo
 * leads only while it is news. A notice leads only when marked featured (it
 * has its own column). Notices stay out of the latest list. Community blocks
 * (`communityOf`) take what is left of the last `blockDays`: a community with
 * nothing recent left gives way to the next one.
 */
export function homeSections<T>(
  news: readonly T[],
  traits: (item: T) => HomeItemTraits,
  sizes: HomeSizes,
  recency: HomeRecency,
  communityOf: (item: T) => string | undefined = () => undefined,
): HomeSections<T> {
  const within = (days: number) => (n: T) => {
    const at = traits(n).publishedAt;
    return at !== undefined && chinaDaysBetween(at, recency.now) <= days;
  };
  const notices = news.filter((n) => traits(n).notice);
  const stories = news.filter((n) => !traits(n).notice);
  const recent = news.filter(within(recency.leadDays));
  const lead = recent.find((n) => traits(n).featured) ?? recent.find((n) => !traits(n).notice && traits(n).hasCover) ?? stories[0] ?? news[0];
  const latest = stories.filter((n) => n !== lead).slice(0, sizes.latest);
  const shownNotices = notices.filter((n) => n !== lead).slice(0, sizes.notices);
  const shown = new Set<T>([...(lead === undefined ? [] : [lead]), ...latest, ...shownNotices]);
  const rest = news.filter((n) => !shown.has(n)).filter(within(recency.blockDays));
  return { lead, latest, notices: shownNotices, blocks: communityBlocks(rest, communityOf, sizes) };
}

/** Communities in the order of their newest remaining article (`rest` is newest first, and a Map keeps that order). */
function communityBlocks<T>(rest: readonly T[], communityOf: (item: T) => string | undefined, sizes: HomeSizes): { id: string; items: T[] }[] {
  const blocks = new Map<string, T[]>();
  for (const item of rest) {
    const id = communityOf(item);
    if (id === undefined) continue;
    const items = blocks.get(id) ?? [];
    if (items.length === 0) blocks.set(id, items);
    if (items.length < sizes.perBlock) items.push(item);
  }
  return [...blocks].slice(0, sizes.blocks).map(([id, items]) => ({ id, items }));
}
