/** This site's manifest for a district portal (`manifest.ts`), from the site model: what `/site-manifest.json` serves. */
import type { SiteConfig } from '../../site.config.ts';
import { homePage } from '../site/home-page.ts';
import type { EntryTypes, NewsItem, SiteModel } from '../site/model.ts';
import { absoluteUrl, searchIndexUrl, siteFeedUrl } from '../site/urls.ts';
import { MANIFEST_NEWS, MANIFEST_NOTICES, siteManifest, type ArticleFacts, type SiteManifest } from './manifest.ts';

type ManifestConfig = Pick<SiteConfig, 'name' | 'member' | 'noticeTopic' | 'homeCommunities' | 'homeSide' | 'homeLeadDays' | 'url'> & {
  pageSize: Pick<SiteConfig['pageSize'], 'home'>;
};

const facts = <T extends EntryTypes>(n: NewsItem<T>): ArticleFacts[] =>
  n.publishedAt === undefined
    ? []
    : [
        {
          title: n.title,
          url: absoluteUrl(n.url),
          publishedAt: n.publishedAt,
          summary: n.summary,
          community: n.community?.name,
          topics: n.topics.map((tp) => tp.name),
        },
      ];

export function memberManifest<T extends EntryTypes>(model: SiteModel<T>, config: ManifestConfig, now: Date, pagefindVersion: string): SiteManifest {
  const { lead, noticeTopic } = homePage(model, config, now);
  const notices = noticeTopic?.news ?? [];
  return siteManifest({
    name: config.name,
    level: config.member.level,
    parent: config.member.parent,
    url: config.url,
    builtAt: now,
    counts: { news: model.news.length, communities: model.communities.length, honors: model.honors.length },
    lead: lead && facts(lead)[0],
    news: model.news.slice(0, MANIFEST_NEWS).flatMap(facts),
    notices: notices.slice(0, MANIFEST_NOTICES).flatMap(facts),
    feed: absoluteUrl(siteFeedUrl()),
    searchIndex: absoluteUrl(searchIndexUrl()),
    pagefindVersion,
  });
}
