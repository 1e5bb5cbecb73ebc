/**
 * The archive index (`/archive/`): every year with its count, and each month
 * with its count and the year page where it starts (`monthLinks`).
 */
import { monthLinks } from './archive-months.ts';
import { archiveUrl } from './urls.ts';
import { archiveYearRoutes } from './page-routes.ts';
import type { SiteModel } from './model.ts';
import type { EntryTypes } from './views.ts';

export interface ArchiveMonthLink {
  month: number;
  count: number;
  url: string;
}

export interface ArchiveYearLink {
  year: number;
  count: number;
  url: string;
  months: ArchiveMonthLink[];
}

/** The years of the archive, newest first, each with its months as the year pages hold them. */
export function archiveIndex<T extends EntryTypes>(model: SiteModel<T>): ArchiveYearLink[] {
  const pages = archiveYearRoutes(model);
  return model.archive.map((y) => {
    const links = monthLinks(
      pages.filter((r) => r.props.year === y.year).map((r) => r.props.page),
      (n) => n.publishedAt,
    );
    return {
      year: y.year,
      count: y.count,
      url: archiveUrl(y.year),
      months: y.months.map((m) => ({ month: m.month, count: m.items.length, url: links.get(m.month) ?? archiveUrl(y.year) })),
    };
  });
}
