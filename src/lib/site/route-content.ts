/**
 * The rule an incremental rebuild rests on: what a page shows, read from its
 * route's props (`routeContent`), and the key of each content view in them
 * (`contentKey`, by the view's `kind`). `rebuild-plan.ts` compares these between
 * builds to choose the pages to render; a component that reads more of a view
 * than its key stands for would be left stale, so the rule is written and
 * enforced here (see also docs/decisions.md, "Rebuild only what an edit touches").
 */
import type { PageRoute } from './page-routes.ts';
import { CONTENT_KINDS, type ContentKind } from './views.ts';

type ContentView = { kind: ContentKind; id: string; year?: number };

const isContentView = (value: unknown): value is ContentView =>
  typeof value === 'object' && value !== null && 'kind' in value && (CONTENT_KINDS as readonly unknown[]).includes(value.kind);

/** The key of a content view in a page's props, by its `kind`: `news:<id>`, `honor:<year>/<id>`, `community:<id>`. */
export function contentKey(value: unknown): string | undefined {
  if (!isContentView(value)) return undefined;
  switch (value.kind) {
    case 'news':
      return `news:${value.id}`;
    case 'honor':
      return `honor:${value.year}/${value.id}`;
    case 'community':
      return `community:${value.id}`;
  }
}

/**
 * What a page shows: the content it renders (each view in its props, by key,
 * without looking inside it) and the shape of everything else it was given
 * (page numbers, pager, feed names, order). Two builds give a page the same
 * `content` and `shape` exactly when it renders the same, given the same
 * entries, templates and config.
 *
 * That holds only under this rule, which every page and component keeps: of a
 * view in its props, a page reads only what the view's key stands for — the
 * fields built from its own entry (`views.ts`) and its community's name and
 * contact card (a key's digest covers the entry's file, its images and its
 * community's file: `entryDigests` in scripts/lib/build/incremental.ts). Anything that
 * other entries decide (a community's news and honor rolls, an article's
 * neighbours and related articles) is given in the props beside the view, where
 * the shape and its own keys see it, as `communityListRoutes` passes `page` and
 * `honors`. So a view in props never carries another view: a page gets a
 * community's `profile`, never the model's `CommunityItem` with its lists. The
 * types keep pages to that (route props are views without lists), and this
 * walk refuses a view holding other views.
 */
export function routeContent(route: PageRoute<unknown>): { keys: string[]; shape: string } {
  const keys: string[] = [];
  const shape = JSON.stringify([route.url, route.props], (_name, value: unknown) => {
    const key = contentKey(value);
    if (key === undefined) return value;
    const nested = Object.entries(value as object).find(([, field]) => isContentView(field) || (Array.isArray(field) && field.some(isContentView)));
    if (nested)
      throw new Error(
        `${route.url}: ${key} carries other content in \`${nested[0]}\`, which its key does not stand for; give the page that list in its own props`,
      );
    keys.push(key);
    return key;
  });
  return { keys: [...new Set(keys)], shape };
}
