/** Small statistics for bench numbers. */

/** The middle value (mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  // Indexes are in range: mid < length, and mid - 1 >= 0 when the length is even and non-zero.
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The nearest-rank `p`th percentile (0 < p ≤ 100): the smallest value with at least p % of the values at or below it; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] as number;
}

/** ours / baseline; undefined when either side is missing or the baseline is zero (no meaningful ratio). */
export function ratio(ours: number | undefined, baseline: number | undefined): number | undefined {
  if (ours === undefined || baseline === undefined || !Number.isFinite(ours) || !Number.isFinite(baseline) || baseline === 0) return undefined;
  return ours / baseline;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** `k` items spread evenly over `items` (first and last included), in order; all of them when there are fewer. */
export function pickEvenly<T>(items: readonly T[], k: number): T[] {
  if (k <= 0) return [];
  if (items.length <= k) return [...items];
  if (k === 1) return items.slice(0, 1);
  const step = (items.length - 1) / (k - 1);
  return Array.from({ length: k }, (_, i) => items[Math.round(i * step)] as T);
}

/** Median and worst of the known values. */
export function medianAndWorst(values: readonly (number | undefined)[]): { median: number; worst: number } | undefined {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  return known.length === 0 ? undefined : { median: median(known), worst: Math.max(...known) };
}
