/**
 * The search index in shards, once a site outgrows one: documents by year
 * (news by publish time, honors by their year, community profiles with the
 * newest year), a year too big for one shard cut into runs of months. Shards
 * keep the indexer's memory bounded at any corpus size (docs/decisions.md,
 * "Search at city scale"), let a rebuild re-index only the shards whose
 * documents changed, and let the browser answer from the newest shards first.
 * Every shard mixes the same kinds of documents, so Pagefind's scores from
 * different shards stay comparable when it merges them.
 */
import { chinaParts } from '../china-time.ts';
import type { SearchDocument } from './documents.ts';

export interface Shard {
  /** Folder name under `/pagefind/`: `all` (a site small enough for one), `2025`, `2021_2023` (three years), `2025-07` (July onwards). */
  id: string;
  /** The years its documents come from. */
  years: number[];
  docs: SearchDocument[];
}

/** What the browser reads from `/pagefind/shards.json`. */
export interface ShardManifest {
  shards: { id: string; years: number[]; count: number; digest: string }[];
}

export const SINGLE_SHARD = 'all';

/** Documents behind the browser's first answer: enough to fill a page of results, few enough to come back at once. */
export const FIRST_ANSWER_DOCS = 1500;

const monthOf = (doc: SearchDocument): number => (doc.type === 'news' ? chinaParts(new Date(doc.sortDate * 1000)).month : 1);

/** Cuts one year's documents into `parts` runs of whole months of about equal size. */
function splitYear(year: number, docs: SearchDocument[], parts: number): Shard[] {
  const byMonth = Array.from({ length: 12 }, () => [] as SearchDocument[]);
  for (const doc of docs) byMonth[monthOf(doc) - 1]?.push(doc);
  const target = docs.length / parts;
  const shards: Shard[] = [];
  let current: SearchDocument[] = [];
  let first = 1;
  byMonth.forEach((monthDocs, i) => {
    if (monthDocs.length > 0 && current.length > 0 && current.length + monthDocs.length / 2 > target && shards.length < parts - 1) {
      shards.push({ id: `${year}-${String(first).padStart(2, '0')}`, years: [year], docs: current });
      current = [];
    }
    if (current.length === 0) first = i + 1;
    current.push(...monthDocs);
  });
  if (current.length > 0) shards.push({ id: `${year}-${String(first).padStart(2, '0')}`, years: [year], docs: current });
  return shards;
}

/**
 * The shards for a set of documents, newest first: one (`all`) while there are
 * at most `maxPerShard`, else runs of whole years packed from the oldest year
 * up to `maxPerShard` documents (packing from the oldest keeps old shards
 * unchanged as new articles arrive), a year bigger than that cut into runs of
 * months. A single month is never cut.
 */
export function shardDocuments(docs: readonly SearchDocument[], maxPerShard: number): Shard[] {
  const newest = docs.reduce((max, d) => Math.max(max, d.year ?? 0), 0);
  const byYear = new Map<number, SearchDocument[]>();
  for (const doc of docs) {
    const year = doc.year ?? newest;
    const list = byYear.get(year) ?? [];
    list.push(doc);
    byYear.set(year, list);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (docs.length <= maxPerShard) return docs.length === 0 ? [] : [{ id: SINGLE_SHARD, years: [...years].reverse(), docs: [...docs] }];
  const shards: Shard[] = [];
  let pack: number[] = [];
  const flush = () => {
    if (pack.length === 0) return;
    const id = pack.length === 1 ? String(pack[0]) : `${pack[0]}_${pack[pack.length - 1]}`;
    shards.push({ id, years: [...pack].reverse(), docs: pack.flatMap((y) => byYear.get(y) ?? []) });
    pack = [];
  };
  const packed = (): number => pack.reduce((n, y) => n + (byYear.get(y)?.length ?? 0), 0);
  for (const year of years) {
    const list = byYear.get(year) ?? [];
    if (list.length > maxPerShard) {
      flush();
      shards.push(...splitYear(year, list, Math.ceil(list.length / maxPerShard)));
      continue;
    }
    if (packed() + list.length > maxPerShard) flush();
    pack.push(year);
  }
  flush();
  return shards.reverse();
}

/**
 * The shards that give the first, quick answer: the newest ones until they
 * hold `minDocs` documents (a new year's shard may hold only a few). The rest
 * is searched next and merged in.
 */
export function firstAnswerShards(manifest: ShardManifest, minDocs: number): string[] {
  const ids: string[] = [];
  let docs = 0;
  for (const shard of manifest.shards) {
    if (docs >= minDocs) break;
    ids.push(shard.id);
    docs += shard.count;
  }
  return ids;
}
