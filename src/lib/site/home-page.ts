/**
 * Everything the home page shows, from the site model: its sections (`home-sections.ts`),
 * the newest 红榜 names for the side box, the 通知公告 topic and each
 * community block's name. The page only lays them out.
 */
import type { SiteConfig } from '../../site.config.ts';
import { homeSections, type HomeSections } from './home-sections.ts';
import type { EntryTypes, HonorItem, NewsItem, SiteModel } from './model.ts';

type HomeConfig = Pick<SiteConfig, 'noticeTopic' | 'homeCommunities' | 'homeSide' | 'homeLeadDays'> & { pageSize: Pick<SiteConfig['pageSize'], 'home'> };

export interface HomePage<T extends EntryTypes> extends Omit<HomeSections<NewsItem<T>>, 'blocks'> {
  blocks: { id: string; name: string; items: NewsItem<T>[] }[];
  /** The 通知公告 topic, when the site has it (the notices box links to it). */
  noticeTopic: SiteModel<T>['topics'][number] | undefined;
  /** The newest 红榜 year and its first names, in category order. */
  honorYear: SiteModel<T>['honorYears'][number] | undefined;
  honorNames: { honor: HonorItem<T>; categoryId: string }[];
}

export function homePage<T extends EntryTypes>(model: SiteModel<T>, config: HomeConfig, now: Date): HomePage<T> {
  const { blocks: blockCount, perBlock, recentDays } = config.homeCommunities;
  const sections = homeSections(
    model.news,
    (n) => ({
      featured: n.featured,
      hasCover: n.cover !== undefined,
      notice: n.topics.some((tp) => tp.slug === config.noticeTopic),
      publishedAt: n.publishedAt,
    }),
    { latest: config.pageSize.home, notices: config.homeSide.notices, blocks: blockCount, perBlock },
    { now, leadDays: config.homeLeadDays, blockDays: recentDays },
    (n) => n.community?.id,
  );
  const honorYear = model.honorYears[0];
  const honorNames = (honorYear?.categories ?? []).flatMap((c) => c.entries.map((honor) => ({ honor, categoryId: c.id }))).slice(0, config.homeSide.honors);
  return {
    ...sections,
    blocks: sections.blocks.map((b) => ({ ...b, name: model.communityNames.get(b.id) ?? b.id })),
    noticeTopic: model.topics.find((tp) => tp.slug === config.noticeTopic),
    honorYear,
    honorNames,
  };
}
