/** Cross-page groupings computed once per build: topics, honor rolls. */

/** Groups items under keys, keeping the items' order; an item may sit under several keys. */
export function groupBy<T, K>(items: readonly T[], keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export interface HonorYear<T> {
  year: number;
  categories: { id: string; entries: T[] }[];
}

/** Honor entries by year (newest first), then by category in the configured order. */
export function honorRolls<T extends { year: number; category: string }>(
  entries: readonly T[],
  categories: readonly string[],
  nameOf: (e: T) => string,
): HonorYear<T>[] {
  const years = [...groupBy(entries, (e) => [e.year])].sort(([a], [b]) => b - a);
  return years.map(([year, list]) => ({
    year,
    categories: categories
      .map((id) => ({ id, entries: list.filter((e) => e.category === id).sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'zh-CN')) }))
      .filter((c) => c.entries.length > 0),
  }));
}
