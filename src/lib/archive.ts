/** The archive: articles grouped by China-time year and month, newest first. */
import { chinaParts } from './china-time.ts';

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
