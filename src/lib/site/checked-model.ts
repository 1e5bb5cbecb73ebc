/**
 * The site model of checked content (content:check's entries): what the build
 * pipeline reads to index search and to find the pages an edit touches. The
 * same `buildSiteModel` gives the pages their lists from Astro's collections.
 */
import { navColumnTopics } from './nav.ts';
import { SITE } from '../../site.config.ts';
import type { CheckedContent, NewsEntry } from '../check/check-all.ts';
import type { Entry } from '../check/entries.ts';
import type { HonorData } from '../schemas/honor.ts';
import { buildSiteModel, type SiteModel } from './model.ts';

export interface CheckedEntries {
  news: NewsEntry;
  honor: Entry<HonorData>;
  /** content:check keeps an image as the path the editor wrote. */
  image: string;
}

export type CheckedSiteModel = SiteModel<CheckedEntries>;

/** The published site of checked content, as a build at `now` shows it. */
export function checkedSiteModel(content: CheckedContent, now: Date): CheckedSiteModel {
  return buildSiteModel<CheckedEntries>({
    news: content.news.map((entry) => ({ id: entry.id, entry, data: entry.data, body: entry.body, state: entry.state })),
    honors: content.honors.map((entry) => ({ id: entry.id, entry, data: entry.data, body: entry.body })),
    communities: content.communities.map((entry) => ({ id: entry.id, data: entry.data })),
    topics: content.topics,
    columnTopics: [...navColumnTopics(SITE.columns).keys()],
    now,
    preview: false,
    summaryLength: SITE.summaryLength,
    honorCategories: SITE.honorCategories,
  });
}
