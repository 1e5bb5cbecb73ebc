/**
 * The second phase of content:check: what the whole site holds (community ids,
 * each article's state, public topics and honors, entries sharing a URL), built
 * from the parsed files, which every cross-file rule reads.
 */
import { SITE } from '../../site.config.ts';
import { publishState, type PublishState } from '../site/publish.ts';
import type { CommunityData } from '../schemas/community.ts';
import type { HonorData } from '../schemas/honor.ts';
import type { NewsData } from '../schemas/news.ts';
import type { TopicsFile } from '../schemas/topics.ts';
import { TopicIndex, type Topic } from '../site/topics.ts';
import type { Entry } from './entries.ts';
import type { ParsedContent, ParsedFile } from './parse-content.ts';
import { honorKey, type LinkTargets } from './references.ts';

export type NewsEntry = Entry<NewsData> & { state: PublishState };

export interface CheckedContent {
  news: NewsEntry[];
  honors: Entry<HonorData>[];
  communities: Entry<CommunityData>[];
  topics: TopicIndex;
}

export interface SiteFacts {
  content: CheckedContent;
  communityIds: ReadonlySet<string>;
  targets: LinkTargets;
  /** Entries by the URL key they would be published at, for finding two at one URL. */
  newsById: ReadonlyMap<string, readonly NewsEntry[]>;
  honorsByKey: ReadonlyMap<string, readonly Entry<HonorData>[]>;
}

/**
 * A topic index that remembers each name's slug: a name not in topics.yaml is
 * turned into pinyin, which at 20,000 topic mentions took 0.35 s a pass.
 */
export class MemoTopicIndex extends TopicIndex {
  readonly #seen = new Map<string, Topic>();
  override resolve(name: string): Topic {
    let topic = this.#seen.get(name);
    if (!topic) this.#seen.set(name, (topic = super.resolve(name)));
    return topic;
  }
}

/** The URL key two honors must not share. */
export const honorUrlKey = (h: Entry<HonorData>): string => honorKey(h.data.year, h.file.rel);

/** `topics` may be passed to keep one index (and what it remembers) across calls while topics.yaml is unchanged. */
export function siteFacts(parsed: ParsedContent, now: Date, topics: TopicIndex = topicIndexOf(parsed.topics?.data)): SiteFacts {
  const communities = entriesOf(parsed.communities);
  const honors = entriesOf(parsed.honors);
  const news: NewsEntry[] = entriesOf(parsed.news).map((e) => withState(e, publishState(e.data, now)));
  const communityIds = new Set(communities.map((c) => c.id));
  const published = news.filter((n) => n.state === 'published');
  const targets: LinkTargets = {
    newsState: new Map(news.map((n) => [n.id, n.state])),
    newsByRel: new Map(news.map((n) => [n.file.rel, n.id])),
    communities: communityIds,
    topicSlugs: topicSlugs(published, topics),
    honors: new Set(honors.filter((h) => !h.data.draft).map(honorUrlKey)),
    siteUrl: SITE.url,
  };
  return {
    content: { news, honors, communities, topics },
    communityIds,
    targets,
    newsById: groupBy(news, (n) => n.id),
    honorsByKey: groupBy(honors, honorUrlKey),
  };
}

export function topicIndexOf(data: TopicsFile | undefined): TopicIndex {
  return new MemoTopicIndex(data ?? {});
}

function entriesOf<D>(files: readonly ParsedFile<D>[]): Entry<D>[] {
  const entries: Entry<D>[] = [];
  for (const f of files) if (f.entry) entries.push(f.entry);
  return entries;
}

function topicSlugs(published: readonly NewsEntry[], topics: TopicIndex): Set<string> {
  const slugs = new Set<string>();
  for (const n of published) for (const name of n.data.topics ?? []) slugs.add(topics.resolve(name).slug);
  return slugs;
}

/**
 * An entry with its state, the same object each time for the same entry and
 * state: the desk builds the facts twice a save over cached entries, and
 * 20,000 fresh copies a save kept the garbage collector busy.
 */
const STATED = new WeakMap<Entry<NewsData>, Partial<Record<PublishState, NewsEntry>>>();
function withState(entry: Entry<NewsData>, state: PublishState): NewsEntry {
  const known = STATED.get(entry) ?? {};
  STATED.set(entry, known);
  return (known[state] ??= { ...entry, state });
}

function groupBy<E>(items: readonly E[], key: (e: E) => string): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
