/** The archive: articles grouped by China-time year and month, newest first. */
import { chinaParts } from '../china-time.ts';

export interface MonthGroup<T> {
  month: number;
  items: T[];
}

export interface YearGroup<T> {
  year: number;
  count: number;
  months: MonthGroup<T>[];
}

/** Groups items (already sorted newest first) by year and month in China time. */
export function groupByYearMonth<T>(items: readonly T[], dateOf: (item: T) => Date): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const item of items) {
    const { year, month } = chinaParts(dateOf(item));
    let y = years.at(-1);
    if (y?.year !== year) {
      y = { year, count: 0, months: [] };
      years.push(y);
    }
    let m = y.months.at(-1);
    if (m?.month !== month) {
      m = { month, items: [] };
      y.months.push(m);
    }
    m.items.push(item);
    y.count++;
  }
  return years;
}

/** The id of a month's heading on its year's archive page: `/archive/2025/#month-3`. */
export const monthId = (month: number): string => `month-${month}`;

/**
 * Where each month of a year starts: the URL of the year's page holding the month's
 * newest article, with the month's anchor, keyed by month. Year pages are paginated
 * (`archiveYearRoutes`), so a busy month may start on a numbered page; only the
 * archive index, rendered by every build, links here, so no year page changes.
 */
export function monthLinks<T>(pages: readonly { url: string; items: readonly T[] }[], dateOf: (item: T) => Date): Map<number, string> {
  const links = new Map<number, string>();
  for (const page of pages) {
    for (const item of page.items) {
      const { month } = chinaParts(dateOf(item));
      if (!links.has(month)) links.set(month, `${page.url}#${monthId(month)}`);
    }
  }
  return links;
}
