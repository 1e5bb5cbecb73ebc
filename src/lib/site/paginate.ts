/**
 * Splitting a newest-first list into pages that stay put. Numbered pages count
 * from the oldest article (`/news/1/` holds the first ten ever published) and
 * never change when an article is added; the front page (`/news/`) holds the
 * newest ones: between one and two pages' worth, so a new article rewrites only
 * the front page, and every `size`-th one also adds one numbered page.
 * See docs/decisions.md ("Pages that stay put"). Readers never see those numbers:
 * pages are named by the dates they hold (`pageTitle`, the Pagination component).
 */
import { t } from '../../i18n/zh-CN.ts';
import { formatChinaDateRange } from '../china-time.ts';

/** The dates a page's items span. */
export interface DateSpan {
  oldest: Date;
  newest: Date;
}

/**
 * A link in the pager: a page number, `undefined` for the front page, `null` for a gap (…).
 * A numbered page's link carries the dates it holds, which never change; the front page's
 * link carries none, since its dates change with every article and would rewrite every page.
 */
export type PagerEntry = { number: number | undefined; url: string; span: DateSpan | undefined } | null;

export interface Page<T> {
  /** The page's number in its URL; `undefined` for the front page. */
  number: number | undefined;
  items: T[];
  url: string;
  /** The dates its items span (when `paginate` was given their dates). */
  span: DateSpan | undefined;
  /** The page with newer articles (towards the front page), if any. */
  newerUrl: string | undefined;
  /** The page with older articles, if any. */
  olderUrl: string | undefined;
  /** What the pager shows, newest first: the front page, a window around this page, page 1. */
  pager: PagerEntry[];
}

/**
 * Pages of `newestFirst`, front page first; an empty list still has its (empty) front page.
 * With `dateOf`, each page and each numbered page's pager link says which dates it holds.
 */
export function paginate<T>(newestFirst: readonly T[], size: number, urlFor: (page?: number) => string, dateOf?: (item: T) => Date | undefined): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  // Numbered pages are the full pages counted from the oldest, except the newest full one, which the front page keeps.
  const numbered = Math.max(0, Math.floor(newestFirst.length / size) - 1);
  const frontCount = newestFirst.length - numbered * size;
  const numbers: (number | undefined)[] = [undefined, ...Array.from({ length: numbered }, (_, i) => numbered - i)];
  const itemsOf = (number: number | undefined): T[] => {
    const start = number === undefined ? 0 : frontCount + (numbered - number) * size;
    return newestFirst.slice(start, number === undefined ? frontCount : start + size);
  };
  const spanOf = (number: number | undefined): DateSpan | undefined => (dateOf ? dateSpan(itemsOf(number), dateOf) : undefined);
  return numbers.map((number, i) => {
    const newer = numbers[i - 1];
    return {
      number,
      items: itemsOf(number),
      url: urlFor(number),
      span: spanOf(number),
      newerUrl: i > 0 ? urlFor(newer) : undefined,
      olderUrl: i < numbers.length - 1 ? urlFor(numbers[i + 1]) : undefined,
      pager: numbered === 0 ? [] : pagerEntries(number, numbered, urlFor, 1, (n) => spanOf(n)),
    };
  });
}

/** The oldest and newest of the items' dates; `undefined` when none has one. */
export function dateSpan<T>(items: readonly T[], dateOf: (item: T) => Date | undefined): DateSpan | undefined {
  const times = items
    .map(dateOf)
    .filter((d): d is Date => d !== undefined)
    .map((d) => d.getTime());
  return times.length === 0 ? undefined : { oldest: new Date(Math.min(...times)), newest: new Date(Math.max(...times)) };
}

/** A span's dates as readers see them: `2025年3月1日至9月20日`. */
export const spanLabel = (span: DateSpan): string => formatChinaDateRange(span.oldest, span.newest);

/** A list page's title: the list's own on its front page, else with the dates the page holds (its number only when it has none). */
export function pageTitle(title: string, page: Page<unknown>): string {
  if (page.number === undefined) return title;
  return t('pager.pageTitle', { title, range: page.span ? spanLabel(page.span) : t('nav.page', { number: page.number }) });
}

/** The `[...page]` route parameter for a page: none for the front page, else its number. */
export function pageParam(number: number | undefined): string | undefined {
  return number === undefined ? undefined : String(number);
}

/**
 * The pager of page `current` (undefined: the front page) of a list with pages
 * `highest`…1: the front page, `current` with its neighbours, and page 1, newest
 * first, gaps as `null`. It depends only on pages next to `current`, so adding a
 * page far away leaves this page's pager, and so the page itself, unchanged.
 */
export function pagerEntries(
  current: number | undefined,
  highest: number,
  urlFor: (page?: number) => string,
  window = 1,
  spanOf: (page: number) => DateSpan | undefined = () => undefined,
): PagerEntry[] {
  const shown = new Set<number>([1]);
  const centre = current ?? highest + 1;
  for (let n = centre + window; n >= centre - window; n--) if (n >= 1 && n <= highest) shown.add(n);
  const sorted = [...shown].sort((a, b) => b - a);
  const out: PagerEntry[] = [{ number: undefined, url: urlFor(undefined), span: undefined }];
  let last = highest + 1;
  for (const n of sorted) {
    if (last - n > 1) out.push(null);
    out.push({ number: n, url: urlFor(n), span: spanOf(n) });
    last = n;
  }
  return out;
}
