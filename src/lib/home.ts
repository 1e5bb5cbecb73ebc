/** What the home page shows where: the 头条, the latest news and the 通知公告 column. */

export interface HomeItemTraits {
  /** An editor marked it `featured`. */
  featured: boolean;
  /** It has a cover photo for the 头条's large picture. */
  hasCover: boolean;
  /** It belongs to the notices topic. */
  notice: boolean;
}

export interface HomeSections<T> {
  lead: T | undefined;
  latest: T[];
  notices: T[];
}

/**
 * Splits `news` (newest first) into the home page's sections. The 头条 is the
 * newest featured article, else the newest with a cover, else the newest; a
 * notice leads only when marked featured (it has its own column). Notices stay
 * out of the latest list, so nothing shows twice on the page.
 */
export function homeSections<T>(news: readonly T[], traits: (item: T) => HomeItemTraits, sizes: { latest: number; notices: number }): HomeSections<T> {
  const notices = news.filter((n) => traits(n).notice);
  const stories = news.filter((n) => !traits(n).notice);
  const lead = news.find((n) => traits(n).featured) ?? stories.find((n) => traits(n).hasCover) ?? stories[0] ?? news[0];
  return {
    lead,
    latest: stories.filter((n) => n !== lead).slice(0, sizes.latest),
    notices: notices.filter((n) => n !== lead).slice(0, sizes.notices),
  };
}
