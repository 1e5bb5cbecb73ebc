/**
 * Feeds the site model (`lib/site/model.ts`) from Astro's collections, once per
 * build, and gives pages their routes, rendering only the ones this build must
 * (`SHEQU_RENDER_ONLY`, set by the build pipeline for a rebuild after an edit).
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { BUILD_ENV } from '../env.ts';
import { SITE } from '../site.config.ts';
import { buildSiteModel, type CommunityItem as ModelCommunity, type HonorItem as ModelHonor, type NewsItem as ModelNews, type SiteModel as Model, type TopicItem as ModelTopic } from '../lib/site/model.ts';
import type { ArticleProps, PageRoute } from '../lib/site/page-routes.ts';
import { publishState } from '../lib/publish.ts';
import { loadTopicIndex } from '../node/content-files.ts';

export interface AstroEntries {
  news: CollectionEntry<'news'>;
  honor: CollectionEntry<'honors'>;
  community: CollectionEntry<'communities'>;
}
export type SiteModel = Model<AstroEntries>;
export type NewsItem = ModelNews<AstroEntries>;
export type HonorItem = ModelHonor<AstroEntries>;
export type CommunityItem = ModelCommunity<AstroEntries>;
export type TopicItem = ModelTopic<AstroEntries>;
export type ArticleView = ArticleProps<AstroEntries>;

let cached: Promise<SiteModel> | undefined;

/** The site model, built on first use and reused by every page of the build. */
export function getSiteModel(): Promise<SiteModel> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteModel> {
  const [news, honors, communities] = await Promise.all([getCollection('news'), getCollection('honors'), getCollection('communities')]);
  const { now, previewDrafts } = BUILD_ENV;
  return buildSiteModel<AstroEntries>({
    news: news.map((entry) => {
      const d = entry.data;
      return { id: entry.id, entry, title: d.title, publishedAt: d.publishedAt, community: d.community, topics: d.topics ?? [], summary: d.summary, body: entry.body ?? '', state: publishState(d, now) };
    }),
    honors: honors.map((entry) => ({ id: entry.id, entry, name: entry.data.name, year: entry.data.year, category: entry.data.category, community: entry.data.community, draft: entry.data.draft })),
    communities: communities.map((entry) => ({ id: entry.id, entry, name: entry.data.name })),
    topics: loadTopicIndex(BUILD_ENV.contentDir),
    now,
    preview: previewDrafts,
    summaryLength: SITE.summaryLength,
    honorCategories: SITE.honorCategories,
  });
}

/** The URLs this build renders, when the pipeline renders only some (a JSON list in the file `SHEQU_RENDER_ONLY`). */
const renderOnly: ReadonlySet<string> | undefined = process.env['SHEQU_RENDER_ONLY'] ? new Set(JSON.parse(readFileSync(process.env['SHEQU_RENDER_ONLY'], 'utf8')) as string[]) : undefined;

/** `getStaticPaths` for routes of the model: every route, or only those this build renders. */
export async function staticPaths<P>(routes: (model: SiteModel) => PageRoute<P>[]): Promise<{ params: PageRoute<P>['params']; props: P }[]> {
  return routes(await getSiteModel())
    .filter((r) => renderOnly === undefined || renderOnly.has(r.url))
    .map(({ params, props }) => ({ params, props }));
}
