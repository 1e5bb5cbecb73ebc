/** Splitting a list into numbered pages with prev/next links. */

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in the list. */
  total: number;
  items: T[];
  url: string;
  prevUrl: string | undefined;
  nextUrl: string | undefined;
}

/** Pages of `size` items; an empty list still has one (empty) page, so its URL exists. */
export function paginate<T>(items: readonly T[], size: number, urlFor: (page: number) => string): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      number,
      total,
      items: items.slice(i * size, number * size),
      url: urlFor(number),
      prevUrl: number > 1 ? urlFor(number - 1) : undefined,
      nextUrl: number < total ? urlFor(number + 1) : undefined,
    };
  });
}

/** The `[...page]` route parameter for a page: none for page 1 (`/news/`), else its number. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : String(number);
}

/**
 * The page numbers to show in a pager: first, last, and a window around the
 * current page, with `null` for each gap (rendered as …).
 */
export function pagerNumbers(current: number, total: number, window = 1): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - window; n <= current + window; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (typeof last === 'number' && n - last > 1) out.push(null);
    out.push(n);
  }
  return out;
}
