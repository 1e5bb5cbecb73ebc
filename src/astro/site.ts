/**
 * Feeds the site model (`lib/site/model.ts`) from Astro's collections, once per
 * build, and gives pages their routes, rendering only the ones this build must
 * (the build pipeline's render plan, for a rebuild after an edit).
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { BUILD_ENV } from '../env.ts';
import { SITE } from '../site.config.ts';
import { navColumnTopics } from '../lib/site/nav.ts';
import {
  buildSiteModel,
  type CommunityItem as ModelCommunity,
  type CommunityView as ModelCommunityView,
  type HonorItem as ModelHonor,
  type NewsItem as ModelNews,
  type SiteModel as Model,
  type TopicItem as ModelTopic,
} from '../lib/site/model.ts';
import type { ArticleProps, PageRoute } from '../lib/site/page-routes.ts';
import { publishState } from '../lib/site/publish.ts';
import { loadTopicIndex } from '../node/content-files.ts';
import { renderPlan } from '../node/render-plan.ts';

/**
 * An entry as a view carries it: the whole entry, typed as only what names it,
 * so its front matter is out of reach (read the view); `renderBody` renders it.
 */
export type EntryHandle<C extends 'news' | 'honors'> = Pick<CollectionEntry<C>, 'id' | 'collection'>;

export interface AstroEntries {
  news: EntryHandle<'news'>;
  honor: EntryHandle<'honors'>;
  /** Astro's image metadata, what `<Image>` and `getImage` take. */
  image: NonNullable<CollectionEntry<'news'>['data']['cover']>;
}
export type SiteModel = Model<AstroEntries>;
export type NewsItem = ModelNews<AstroEntries>;
export type HonorItem = ModelHonor<AstroEntries>;
export type CommunityItem = ModelCommunity<AstroEntries>;
export type CommunityView = ModelCommunityView<AstroEntries>;
export type TopicItem = ModelTopic<AstroEntries>;
export type ArticleView = ArticleProps<AstroEntries>;

/** An article's or honor's body, rendered by Astro. */
export function renderBody(view: { entry: EntryHandle<'news'> | EntryHandle<'honors'> }): ReturnType<typeof render> {
  // The handle is the whole entry (`load` below puts it there); only its type was narrowed.
  return render(view.entry as CollectionEntry<'news'> | CollectionEntry<'honors'>);
}

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
    // The one place pages meet front matter: the model turns it into views (`lib/site/views.ts`).
    news: news.map((entry) => ({ id: entry.id, entry, data: entry.data, body: entry.body ?? '', state: publishState(entry.data, now) })),
    honors: honors.map((entry) => ({ id: entry.id, entry, data: entry.data, body: entry.body ?? '' })),
    communities: communities.map((entry) => ({ id: entry.id, data: entry.data })),
    topics: loadTopicIndex(BUILD_ENV.contentDir),
    columnTopics: [...navColumnTopics(SITE.columns).keys()],
    now,
    preview: previewDrafts,
    summaryLength: SITE.summaryLength,
    honorCategories: SITE.honorCategories,
  });
}

let renderOnly: Promise<ReadonlySet<string> | undefined> | undefined;

/** `getStaticPaths` for routes of the model: every route, or only those the pipeline's render plan lists. */
export async function staticPaths<P>(routes: (model: SiteModel) => PageRoute<P>[]): Promise<{ params: PageRoute<P>['params']; props: P }[]> {
  renderOnly ??= renderPlan().then((plan) => (plan?.render ? new Set(plan.render) : undefined));
  const [model, only] = await Promise.all([getSiteModel(), renderOnly]);
  return routes(model)
    .filter((r) => only === undefined || only.has(r.url))
    .map(({ params, props }) => ({ params, props }));
}
