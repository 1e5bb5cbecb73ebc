/**
 * Pagefind in the browser: the index's shards (`/pagefind/shards.json`, written by the build's
 * search stage), opened on first use, searched, and their results read for ranking.
 */
import { pagefindOptions, queryVariants, type SearchState } from '../../lib/search/query.ts';
import { byAdjacency, type Candidate } from '../../lib/search/rank.ts';
import { shardTiers, type ShardManifest } from '../../lib/search/shards.ts';
import type { IndexSource } from '../../lib/search/sources.ts';
import { readIndexedPage } from '../../lib/search/text.ts';

interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words: number[];
  data: () => Promise<ResultData>;
}
interface Pagefind {
  init: () => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  preload: (q: string, o?: Record<string, unknown>) => Promise<void>;
  search: (q: string, o: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  createInstance: (options: { basePath: string; baseUrl: string; noWorker: boolean }) => Pagefind;
}

/** One Pagefind index: a shard, or several merged into one. */
export type ShardIndex = Pick<Pagefind, 'search' | 'preload' | 'filters'>;
/**
 * Shards searched together: the newest shard alone (the first answer), then
 * the recent older shards merged into one Pagefind instance, then (a big site
 * only) the earliest years in another. A district portal's groups hold the same
 * tier of every member's index.
 */
export interface ShardGroup {
  years: number[];
  /** The earliest years of a big site: searched when the reader asks, or when the groups before found too little. */
  onRequest: boolean;
  /** Opened on first use. */
  index: () => Promise<ShardIndex>;
}

interface Part {
  source: IndexSource;
  id: string;
}

const shardPath = ({ source, id }: Part): string => `${source.index}${id}/`;
const mergeOptions = ({ source }: Part) => ({ baseUrl: source.baseUrl, ...(source.member ? { mergeFilter: { member: source.member } } : {}) });

/**
 * Opens shards as one Pagefind instance (`mergeIndex` for the rest). Each group
 * loads its own copy of `pagefind.js` (each shard folder has one): Pagefind
 * keeps its WebAssembly in one global per module and worker, and a second
 * `createInstance` from the same module re-initialises it under the first
 * (searches then fail with "memory access out of bounds" or "unreachable").
 * Result paths carry the site's base path already, so `baseUrl` is the site's
 * root (Pagefind would otherwise add the base path a second time).
 */
async function openGroup(parts: readonly Part[]): Promise<ShardIndex> {
  const [first, ...rest] = parts;
  if (!first) throw new Error('empty shard group');
  const mod = (await import(/* @vite-ignore */ `${shardPath(first)}pagefind.js`)) as PagefindModule;
  // A portal's group reads several sites' indexes: Pagefind's worker is served by one member, under that
  // member's CSP (connect-src 'self'), and could not fetch the others'. The page itself may (its CSP names them).
  const noWorker = parts.some((p) => p.source.member !== undefined);
  const pf = mod.createInstance({ basePath: shardPath(first), baseUrl: first.source.baseUrl, noWorker });
  await pf.options({ excerptLength: 0, ...mergeOptions(first) });
  await pf.init();
  for (const part of rest) await pf.mergeIndex(shardPath(part), mergeOptions(part));
  return pf;
}

/** The indexes the page names (`data-search-sources` on the results list, `searchSources` in lib/search/sources.ts). */
export const pageSources = (attribute: string | undefined): IndexSource[] => JSON.parse(attribute ?? '[]') as IndexSource[];

/**
 * The shard groups of every source (`shardTiers` of each, the same tier of each searched together),
 * each opened when first searched; the caller keeps the answer. A source whose shard list cannot be
 * read (a member site that is down) is left out and counted in `missing`.
 */
export async function loadShardGroups(sources: readonly IndexSource[]): Promise<{ groups: ShardGroup[]; missing: string[] }> {
  // Served beside the index, written by the build's search stage: not part of the bundle.
  const read = await Promise.allSettled(
    sources.map(async (source) => {
      const response = await fetch(`${source.index}shards.json`);
      if (!response.ok) throw new Error(`${response.status}`);
      return { source, tiers: shardTiers((await response.json()) as ShardManifest) };
    }),
  );
  const found = read.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const missing = sources.filter((_, i) => read[i]?.status === 'rejected').map((s) => s.member ?? s.index);
  const depth = Math.max(0, ...found.map((f) => f.tiers.length));
  const groups = Array.from({ length: depth }, (_, k): ShardGroup => {
    const tiers = found.flatMap(({ source, tiers }) => (tiers[k] ? [{ source, tier: tiers[k] }] : []));
    const parts = tiers.flatMap(({ source, tier }) => tier.ids.map((id) => ({ source, id })));
    let opened: Promise<ShardIndex> | undefined;
    const index = () => {
      opened ??= openGroup(parts);
      // A group that failed to open (a deploy replaced its shards) is tried again by the next query.
      opened.catch(() => (opened = undefined));
      return opened;
    };
    return {
      years: [...new Set(tiers.flatMap(({ tier }) => tier.years))].sort((a, b) => b - a),
      onRequest: tiers.some(({ tier }) => tier.onRequest),
      index,
    };
  });
  return { groups, missing };
}

/**
 * One shard's results for a query (and its variants, `queryVariants`), or, given
 * several queries, for any of them: each page once, with its best score.
 */
export async function searchShard(pf: ShardIndex, state: SearchState, queries: readonly string[]): Promise<PagefindResult[]> {
  const options = pagefindOptions(state);
  const responses = await Promise.all(queries.flatMap(queryVariants).map((q) => pf.search(q, options)));
  if (responses.length === 1) return responses[0]?.results ?? [];
  const best = new Map<string, PagefindResult>();
  for (const r of responses.flatMap((x) => x?.results ?? [])) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
  return [...best.values()];
}

/**
 * Every shard's results as one list. By date: shard by shard (shards are in
 * time order, newest first), each already newest first. Otherwise by Pagefind's
 * score, as one index would merge them, then pages where matched words stand
 * side by side first (`byAdjacency`): Pagefind matches words by prefix and
 * scores them apart, so a page with `防` and `诈骗` far apart may outscore the
 * one about 防诈骗, and only the best are read and re-ranked.
 */
export function ordered(state: SearchState, answers: readonly PagefindResult[][]): PagefindResult[] {
  if (state.sort === 'date') return answers.flat();
  return byAdjacency(answers.flat().sort((a, b) => b.score - a.score));
}

/** A result read for ranking and display; `full` once ranked (false: it holds only some of the query's words). */
export interface LoadedResult extends Candidate {
  data: ResultData;
  body: string[];
  full?: boolean;
}

/** Reads a result's page (its indexed text and meta) for ranking and display. */
export async function loadResult(result: PagefindResult): Promise<LoadedResult> {
  const data = await result.data();
  const page = readIndexedPage(data.content);
  const title = data.meta['title'] ?? page.title;
  return { url: data.url, title, text: [...page.body, page.fields].join('\n'), score: result.score, date: Number(data.meta['ts']) || 0, data, body: page.body };
}
