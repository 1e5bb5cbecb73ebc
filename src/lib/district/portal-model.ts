/**
 * What a district portal shows, from what it fetched of each member (`MemberData`): the newest
 * articles across members, each member's 头条, the 通知公告 of all, a page per member and the
 * merged feed. Pure, so every fault (a member down, serving garbage, a clock ahead, an article
 * removed) is a plain input here.
 */
import type { PortalMember } from './config.ts';
import type { ManifestArticle, SiteManifest } from './manifest.ts';
import type { FeedItem } from './member-feed.ts';

/** What the portal holds of one member at this build. */
export interface MemberData {
  member: PortalMember;
  /** The last good manifest and feed (this build's, or a saved copy when this build's fetch failed). */
  manifest: SiteManifest | undefined;
  items: FeedItem[];
  /** When that copy was fetched (ISO time); undefined: never. */
  fetchedAt: string | undefined;
  /** This build's problems with the member; empty when its data is fresh. */
  problems: string[];
}

/** An article as the portal lists it: the member's item (its `link` as `url`), and the member it comes from. */
export interface PortalArticle extends Omit<FeedItem, 'link'> {
  url: string;
  memberId: string;
  memberName: string;
}

export interface PortalMemberView {
  member: PortalMember;
  /** The name the member gives itself, when it differs from the portal's. */
  manifest: SiteManifest | undefined;
  lead: PortalArticle | undefined;
  /** Its feed's items that are due. */
  feed: PortalArticle[];
  news: PortalArticle[];
  notices: PortalArticle[];
  /** The data is a saved copy (this build could not refresh it): the page says when it is from. */
  stale: boolean;
  fetchedAt: string | undefined;
  problems: string[];
}

export interface PortalModel {
  /** Newest first, each story once, none dated after `now`. */
  news: PortalArticle[];
  /** The merged feed: the members' feed items, due and each story once, GUIDs the members' own. */
  feed: PortalArticle[];
  leads: PortalArticle[];
  notices: PortalArticle[];
  members: PortalMemberView[];
}

/** A story two members both published (a 街道 carrying its 社区's) counts once: same GUID or link, or same title on the same day. */
const storyKeys = (a: PortalArticle): string[] => [`g:${a.guid}`, `u:${a.url}`, `t:${a.title.replace(/\s+/g, '')}|${a.publishedAt.toISOString().slice(0, 10)}`];

/** `articles` newest first without repeats: of a shared story, the earliest published (the member that wrote it) is kept. */
export function uniqueStories(articles: readonly PortalArticle[]): PortalArticle[] {
  const seen = new Set<string>();
  const out: PortalArticle[] = [];
  for (const a of [...articles].sort((x, y) => x.publishedAt.getTime() - y.publishedAt.getTime())) {
    const keys = storyKeys(a);
    if (keys.some((k) => seen.has(k))) continue;
    keys.forEach((k) => seen.add(k));
    out.push(a);
  }
  return out.reverse();
}

const fromFeed = ({ link, ...item }: FeedItem, member: PortalMember): PortalArticle => ({ ...item, url: link, memberId: member.id, memberName: member.name });
const fromManifest = (a: ManifestArticle, member: PortalMember): PortalArticle => ({
  title: a.title,
  url: a.url,
  guid: a.url,
  guidIsPermaLink: true,
  publishedAt: new Date(a.publishedAt),
  description: a.summary,
  categories: a.topics,
  creators: [],
  memberId: member.id,
  memberName: member.name,
});

/** Whether an article may be shown at `now`: a member whose clock runs ahead publishes scheduled articles early; the portal does not. */
const due = (now: Date) => (a: PortalArticle) => a.publishedAt.getTime() <= now.getTime();

export function portalModel(data: readonly MemberData[], now: Date): PortalModel {
  const members = data.map((d): PortalMemberView => {
    const isDue = due(now);
    const feed = d.items.map((i) => fromFeed(i, d.member)).filter(isDue);
    const fromList = (list: readonly ManifestArticle[] | undefined) => (list ?? []).map((a) => fromManifest(a, d.member)).filter(isDue);
    const lead = d.manifest?.lead && [fromManifest(d.manifest.lead, d.member)].find(isDue);
    return {
      member: d.member,
      manifest: d.manifest,
      lead: lead ?? feed[0],
      feed,
      news: uniqueStories([...feed, ...fromList(d.manifest?.news)]),
      notices: fromList(d.manifest?.notices),
      stale: d.problems.length > 0,
      fetchedAt: d.fetchedAt,
      problems: d.problems,
    };
  });
  return {
    news: uniqueStories(members.flatMap((m) => m.news)),
    feed: uniqueStories(members.flatMap((m) => m.feed)),
    leads: members.flatMap((m) => (m.lead ? [m.lead] : [])),
    notices: uniqueStories(members.flatMap((m) => m.notices)),
    members,
  };
}
