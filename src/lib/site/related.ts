/**
 * Related articles for every article, in one pass over the collection: an
 * article's candidates are its neighbours in time within each community and
 * topic it belongs to, so the cost grows with the number of articles, not its
 * square (a city site has tens of thousands).
 */

export interface RelatedInput {
  id: string;
  /** Publish time in ms; the list is sorted newest first. */
  time: number;
  community: string | undefined;
  topics: readonly string[];
}

export interface RelatedOptions {
  /** At most this many related articles. */
  max: number;
  /** Neighbours looked at on each side, in each community and topic. */
  window: number;
}

const SAME_COMMUNITY = 3;
const SHARED_TOPIC = 2;

/** Article id → ids of its related articles, best first (same community and shared topics, then nearest in time). */
export function relatedArticles(items: readonly RelatedInput[], { max, window }: RelatedOptions = { max: 5, window: 12 }): Map<string, string[]> {
  const buckets = new Map<string, number[]>();
  const keysOf = (item: RelatedInput): string[] => [
    ...(item.community === undefined ? [] : [`c:${item.community}`]),
    ...new Set(item.topics.map((t) => `t:${t}`)),
  ];
  const positions: Map<string, number>[] = items.map((item, index) => {
    const where = new Map<string, number>();
    for (const key of keysOf(item)) {
      const bucket = buckets.get(key) ?? [];
      if (bucket.length === 0) buckets.set(key, bucket);
      where.set(key, bucket.length);
      bucket.push(index);
    }
    return where;
  });

  const result = new Map<string, string[]>();
  items.forEach((item, index) => {
    const scores = new Map<number, number>();
    for (const [key, at] of positions[index] ?? []) {
      const bucket = buckets.get(key) ?? [];
      const weight = key.startsWith('c:') ? SAME_COMMUNITY : SHARED_TOPIC;
      for (let p = Math.max(0, at - window); p <= Math.min(bucket.length - 1, at + window); p++) {
        const other = bucket[p];
        if (other === undefined || other === index) continue;
        scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const ranked = [...scores]
      .sort(([a, sa], [b, sb]) => sb - sa || distance(items, index, a) - distance(items, index, b) || a - b)
      .slice(0, max)
      .map(([other]) => items[other]?.id ?? '');
    result.set(item.id, ranked);
  });
  return result;
}

function distance(items: readonly RelatedInput[], a: number, b: number): number {
  return Math.abs((items[a]?.time ?? 0) - (items[b]?.time ?? 0));
}
