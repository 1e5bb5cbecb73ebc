/**
 * What the home page shows where: the 头条, the latest news, the 通知公告 column
 * and the community blocks. An article shows once, in the most prominent place
 * it qualifies for, in that order: a reader scanning the page never meets the
 * same headline twice.
 */

export interface HomeItemTraits {
  /** An editor marked it `featured`. */
  featured: boolean;
  /** It has a cover photo for the 头条's large picture. */
  hasCover: boolean;
  /** It belongs to the notices topic. */
  notice: boolean;
}

export interface HomeSizes {
  latest: number;
  notices: number;
  /** Community blocks, and headlines in each. */
  blocks: number;
  perBlock: number;
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
 * newest featured article, else the newest with a cover, else the newest; a
 * notice leads only when marked featured (it has its own column). Notices stay
 * out of the latest list. Community blocks (`communityOf`) take what is left:
 * a community whose news all shows above gives way to the next one.
 */
export function homeSections<T>(
  news: readonly T[],
  traits: (item: T) => HomeItemTraits,
  sizes: HomeSizes,
  communityOf: (item: T) => string | undefined = () => undefined,
): HomeSections<T> {
  const notices = news.filter((n) => traits(n).notice);
  const stories = news.filter((n) => !traits(n).notice);
  const lead = news.find((n) => traits(n).featured) ?? stories.find((n) => traits(n).hasCover) ?? stories[0] ?? news[0];
  const latest = stories.filter((n) => n !== lead).slice(0, sizes.latest);
  const shownNotices = notices.filter((n) => n !== lead).slice(0, sizes.notices);
  const shown = new Set<T>([...(lead === undefined ? [] : [lead]), ...latest, ...shownNotices]);
  return { lead, latest, notices: shownNotices, blocks: communityBlocks(news.filter((n) => !shown.has(n)), communityOf, sizes) };
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
