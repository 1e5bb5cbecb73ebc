/**
 * The search index in shards, once a site outgrows one small index: the
 * newest months (with the community profiles) in a small shard that answers
 * first, the rest by year (news by publish time, honors by their year), a year
 * too big for one shard cut into runs of months. Pagefind's search time grows
 * with the square of a shard's matching pages, so a small newest shard answers
 * in tens of milliseconds where one index of 10,000 takes half a second
 * (docs/decisions.md, "Search that answers as you type"). Shards also keep the
 * indexer's memory bounded and let a rebuild re-index only the shards whose
 * documents changed. Scores from different shards are not quite comparable;
 * the page re-ranks the best of them by what they contain (`rank.ts`).
 */
import { chinaParts } from '../china-time.ts';
import type { SearchDocument } from './documents.ts';

export interface Shard {
  /**
   * Folder name under `/pagefind/`: `all` (a site small enough for one), `recent-2026-09` (the newest months),
   * `2025`, `2021_2023` (three years), `2025-07` (July onwards).
   */
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

/**
 * Documents in the newest shard, which gives the browser's first answer: enough to fill a page of results,
 * few enough to come back at once (under 20 ms in Pagefind at 600, measured at 10,000).
 */
export const FIRST_ANSWER_DOCS = 600;

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

/** The newest whole months, from the latest back, while they hold at most `max` documents (always at least one month). */
function newestMonths(news: readonly SearchDocument[], max: number): { docs: SearchDocument[]; from: number } {
  const sorted = [...news].sort((a, b) => b.sortDate - a.sortDate);
  const monthKey = (d: SearchDocument): number => {
    const p = chinaParts(new Date(d.sortDate * 1000));
    return p.year * 100 + p.month;
  };
  let end = 0;
  while (end < sorted.length) {
    const key = monthKey(sorted[end] as SearchDocument);
    let next = end;
    while (next < sorted.length && monthKey(sorted[next] as SearchDocument) === key) next++;
    if (end > 0 && next > max) break;
    end = next;
  }
  const docs = sorted.slice(0, end);
  return { docs, from: docs.length > 0 ? monthKey(docs[docs.length - 1] as SearchDocument) : 0 };
}

/**
 * The shards for a set of documents, newest first: one (`all`) while there are
 * at most `newestMax`. Past that, the newest whole months of news, up to
 * `newestMax` documents, with every community profile, make the first shard
 * (`recent-2026-09`: September 2026 onwards), small enough to answer a query at once;
 * the rest are runs of whole years packed from the oldest year up to
 * `maxPerShard` documents (packing from the oldest keeps old shards unchanged
 * as new articles arrive), a year bigger than that cut into runs of months.
 * A single month is never cut.
 */
export function shardDocuments(docs: readonly SearchDocument[], maxPerShard: number, newestMax = Math.min(FIRST_ANSWER_DOCS, maxPerShard)): Shard[] {
  if (docs.length === 0) return [];
  if (docs.length <= newestMax)
    return [{ id: SINGLE_SHARD, years: [...new Set(docs.map((d) => d.year ?? 0))].filter(Boolean).sort((a, b) => b - a), docs: [...docs] }];
  const recent = newestMonths(
    docs.filter((d) => d.type === 'news'),
    newestMax,
  );
  const inRecent = new Set(recent.docs);
  for (const d of docs) if (d.type === 'community') inRecent.add(d);
  const first: Shard = {
    id: `recent-${Math.floor(recent.from / 100)}-${String(recent.from % 100).padStart(2, '0')}`,
    years: [...new Set(recent.docs.map((d) => d.year ?? 0))].sort((a, b) => b - a),
    docs: docs.filter((d) => inRecent.has(d)),
  };
  return [
    first,
    ...packYears(
      docs.filter((d) => !inRecent.has(d)),
      maxPerShard,
    ),
  ];
}

/** Runs of whole years packed from the oldest up to `maxPerShard` documents, newest first; a bigger year cut into months. */
function packYears(docs: readonly SearchDocument[], maxPerShard: number): Shard[] {
  const newest = docs.reduce((max, d) => Math.max(max, d.year ?? 0), 0);
  const byYear = new Map<number, SearchDocument[]>();
  for (const doc of docs) {
    const year = doc.year ?? newest;
    const list = byYear.get(year) ?? [];
    list.push(doc);
    byYear.set(year, list);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
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
 * Older documents searched without being asked, after the newest shard answered: the page merges
 * them in about a second on this machine (measured at 100,000, docs/performance.md). A site this
 * size or smaller searches everything; a bigger one searches the earlier years when the reader
 * asks, or by itself when the recent years hold less than a page of results.
 */
export const AUTO_SEARCH_DOCS = 20_000;

/** Shards searched together, in turn: the newest (the first answer), the recent older ones, the earliest years. */
export interface ShardTier {
  ids: string[];
  years: number[];
  /** The earliest years of a big site: searched when asked, or when the tiers before found too little. */
  onRequest: boolean;
}

/** The manifest's shards as tiers: the newest alone, the next ones up to `autoDocs` documents (at least one), then the rest. */
export function shardTiers(manifest: ShardManifest, autoDocs = AUTO_SEARCH_DOCS): ShardTier[] {
  const [newest, ...older] = manifest.shards;
  if (!newest) return [];
  let docs = 0;
  let auto = 0;
  while (auto < older.length && (auto === 0 || docs + (older[auto]?.count ?? 0) <= autoDocs)) docs += older[auto++]?.count ?? 0;
  const tier = (shards: ShardManifest['shards'], onRequest: boolean): ShardTier => ({
    ids: shards.map((s) => s.id),
    years: [...new Set(shards.flatMap((s) => s.years))].sort((a, b) => b - a),
    onRequest,
  });
  return [tier([newest], false), tier(older.slice(0, auto), false), tier(older.slice(auto), true)].filter((t) => t.ids.length > 0);
}

/** The tiers a search needs: with a year filter, those holding that year; all of them without one. */
export function tiersForYear<T extends { years: readonly number[] }>(tiers: readonly T[], year: string | undefined): T[] {
  const wanted = Number(year);
  return tiers.filter((t) => !wanted || t.years.length === 0 || t.years.includes(wanted));
}

/** Whether a tier is left for the reader to ask for: the earliest years, not asked for, once the results so far fill a page. */
export function waitsForReader(tier: { onRequest: boolean }, asked: boolean, found: number, page: number): boolean {
  return tier.onRequest && !asked && found >= page;
}

/** Years as the page names them: `2019—2022`, or `2022` alone. */
export function yearRange(years: readonly number[]): string {
  if (years.length === 0) return '';
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? String(from) : `${from}—${to}`;
}

/**
 * The shard that gives the first, quick answer: the newest. The rest is
 * searched next and merged in.
 */
export function firstAnswerShards(manifest: ShardManifest): string[] {
  return manifest.shards.slice(0, 1).map((s) => s.id);
}
