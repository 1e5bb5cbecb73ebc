/**
 * Search as a reader meets it: our built site served locally, the search page
 * in Debian's Chromium at phone size, loaded and idle for a second, a two-word
 * Chinese query typed as an input method commits words, timed from the last
 * input event to the frame with results, also with the CPU slowed 4×; queries
 * with one answer each typed on a page of their own (rare words from earlier
 * years among them); and the query set's ranks for recall@1 and MRR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { firstAnswerShards, type ShardManifest } from '../../../src/lib/search/shards.ts';
import { launchBrowser } from '../browser/chromium.ts';
import type { QueryCase } from './query-set.ts';
import { askForOlder, runQuery } from '../browser/search-query.ts';
import { serveStatic } from '../browser/static-server.ts';
import { median, pickEvenly } from './stats.ts';

/** The timed query: two words, both in the sample and the generated corpus. */
export const TIMED_QUERY = '红心食堂 志愿者';
/** More two-word queries on the same page, once Pagefind is loaded. */
export const REPEAT_QUERIES = ['老年大学 书法', '垃圾分类 督导员', '加装电梯 协商', '网格员 走访'];

export interface QueryRank extends QueryCase {
  /** 1-based position of `first` in the shown results; 0 when not shown. */
  rank: number;
  ms: number;
  /** No generated page holds the query's words: `first` is its only answer, and it counts for recall. */
  unique: boolean;
}

export interface SearchMetrics {
  query: string;
  /** First query on a fresh page, to the final results (every shard): Pagefind's script, WebAssembly and index chunks all load on demand. */
  firstMs: number;
  /** The same query, to the first results on screen (the newest shards' answer on a sharded index). */
  firstShownMs: number;
  /** A city-size site: the timed query's earliest years, asked for with the button, from the click to the longer list. */
  olderMs?: number | undefined;
  /** Median of further two-word queries on the same page: final results, and first results shown. */
  repeatMs: number;
  repeatShownMs: number;
  firstResults: number;
  /** Pagefind's own `search()` for the timed query over every shard, warm (median of 3), without the page around it. */
  engineMs: number | undefined;
  /** The same over the shards of the first answer only. */
  engineFirstMs: number | undefined;
  /** Pages that query matches in the index (Pagefind scores every one of them). */
  matches: number | undefined;
  /** `/pagefind/` bytes fetched by opening the search page, before any query. */
  bytesOnLoad: number;
  /** `/pagefind/` bytes and requests the first query fetched. */
  bytesForQuery: number;
  requestsForQuery: number;
  ranks: QueryRank[];
  /** Queries with one answer, each typed on a freshly loaded page (#30's p90); absent in results from before it. */
  fresh?: FreshQuery[];
  /** The same first and later queries on a fresh page with the CPU slowed 4× (a cheap phone). */
  throttled: { firstShownMs: number; firstMs: number; repeatShownMs: number; repeatMs: number } | undefined;
}

/** One query typed on a freshly loaded search page. */
export interface FreshQuery {
  query: string;
  /** Last keystroke to the first results on screen, and to the final ones. */
  shownMs: number;
  ms: number;
  /** The newest shard had no answer: the first results waited for the older shards (a rare word from an earlier year). */
  olderOnly: boolean;
}

/** Queries timed on fresh pages, picked evenly from those with one answer in the corpus. */
export const FRESH_QUERIES = 20;

/** Loaded, then idle for a second, as the issue measures: the index opens while the reader looks at the page. */
const IDLE_MS = 1000;
/** A phone in China: the page's locale and time zone, and a 390×844 screen. */
const PHONE = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } };
/** How much slower than this machine's CPU a cheap phone is taken to be (Chrome DevTools' "low-end mobile"). */
export const PHONE_SLOWDOWN = 4;

/**
 * The timed query and the later ones on a fresh search page, optionally with
 * the CPU slowed down; `loaded` and `queried` run after the idle page and after
 * the first query (to count what each fetched).
 */
async function timedQueries(
  page: Page,
  base: string,
  slowdown = 1,
  hooks: { loaded?: () => Promise<unknown>; queried?: () => Promise<unknown> } = {},
): Promise<{ first: Awaited<ReturnType<typeof runQuery>>; repeats: { ms: number; shownMs: number }[] }> {
  if (slowdown > 1) {
    await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    // CDP slows the page's main thread, not its workers: without its worker script Pagefind runs on the
    // main thread, so all of a query's work is slowed (an upper bound: on a phone the worker would use a second core).
    await page.route('**/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
  }
  await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(IDLE_MS);
  await hooks.loaded?.();
  // A slowed CPU at 100,000 takes tens of seconds for the merged answer.
  const timeout = 15_000 * slowdown;
  const first = await runQuery(page, base, TIMED_QUERY, timeout);
  await hooks.queried?.();
  const repeats: { ms: number; shownMs: number }[] = [];
  for (const q of REPEAT_QUERIES) repeats.push(await runQuery(page, base, q, timeout));
  return { first, repeats };
}

/**
 * Each query on a page of its own, loaded and idle for a second, as a resident who opens
 * search to look one thing up: nothing of the index is warm but what the idle page opened.
 */
export async function freshPageQueries(browser: Browser, base: string, queries: readonly string[], sharded: boolean): Promise<FreshQuery[]> {
  const timed: FreshQuery[] = [];
  for (const query of queries) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(IDLE_MS);
    const run = await runQuery(page, base, query);
    // The page marks the newest shard's answer only when it showed one for the whole query (`search/run.ts`).
    const olderOnly = sharded && (await page.evaluate(() => performance.getEntriesByName('search:recent-loaded').length === 0));
    timed.push({ query, shownMs: run.shownMs, ms: run.ms, olderOnly });
    await context.close();
  }
  return timed;
}

/** Counts the bytes of `/pagefind/` responses since the last `take()`. */
function pagefindTraffic(page: Page): { take: () => Promise<{ bytes: number; requests: number }> } {
  let pending: Promise<number>[] = [];
  page.on('response', (response: Response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/'))
      pending.push(
        response.body().then(
          (b) => b.length,
          () => 0,
        ),
      );
  });
  return {
    take: async () => {
      const taken = pending;
      pending = [];
      const sizes = await Promise.all(taken);
      return { bytes: sizes.reduce((s, n) => s + n, 0), requests: sizes.length };
    },
  };
}

/**
 * Times Pagefind's `search()` directly in the page, over every shard and over
 * the first answer's shards (the page has already loaded the module by then).
 */
async function engineTiming(page: Page, query: string, manifest: ShardManifest): Promise<{ ms: number; firstMs: number; matches: number } | undefined> {
  const ids = manifest.shards.map((s) => s.id);
  const first = firstAnswerShards(manifest);
  try {
    return await page.evaluate(
      async ({ q, ids, first }) => {
        interface Pf {
          options: (o: object) => Promise<void>;
          init: () => Promise<void>;
          mergeIndex: (p: string) => Promise<void>;
          search: (q: string) => Promise<{ results: unknown[] }>;
        }
        const mod = (await import(`/pagefind/${ids[0]}/pagefind.js`)) as { createInstance: (o: { basePath: string }) => Pf };
        const open = async (list: string[]) => {
          const pf = mod.createInstance({ basePath: `/pagefind/${list[0]}/` });
          await pf.init();
          for (const id of list.slice(1)) await pf.mergeIndex(`/pagefind/${id}/`);
          return pf;
        };
        const time = async (pf: Pf) => {
          const times: number[] = [];
          let matches = 0;
          for (let i = 0; i < 3; i++) {
            const start = performance.now();
            matches = (await pf.search(q)).results.length;
            times.push(performance.now() - start);
          }
          return { ms: times.sort((a, b) => a - b)[1] ?? 0, matches };
        };
        const all = await time(await open(ids));
        const firstAnswer = await time(await open(first));
        return { ms: all.ms, firstMs: firstAnswer.ms, matches: all.matches };
      },
      { q: query, ids, first },
    );
  } catch {
    return undefined;
  }
}

export async function measureSearch(distDir: string, table: readonly QueryCase[], unique: (query: string) => boolean): Promise<SearchMetrics> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const traffic = pagefindTraffic(page);
    let onLoad = { bytes: 0, requests: 0 };
    let forQuery = { bytes: 0, requests: 0 };
    const { first, repeats } = await timedQueries(page, server.url, 1, {
      loaded: async () => (onLoad = await traffic.take()),
      queried: async () => (forQuery = await traffic.take()),
    });
    await runQuery(page, server.url, TIMED_QUERY);
    const olderMs = await askForOlder(page);
    const ranks: QueryRank[] = [];
    for (const c of table) {
      const { urls, ms } = await runQuery(page, server.url, c.query);
      ranks.push({ ...c, rank: urls.indexOf(c.first) + 1, ms, unique: unique(c.query) });
    }
    const manifest = JSON.parse(readFileSync(join(distDir, 'pagefind', 'shards.json'), 'utf8')) as ShardManifest;
    const engine = await engineTiming(page, TIMED_QUERY, manifest);
    await context.close();
    const fresh = await freshPageQueries(
      browser,
      server.url,
      pickEvenly(
        ranks.filter((r) => r.unique),
        FRESH_QUERIES,
      ).map((r) => r.query),
      manifest.shards.length > 1,
    );
    const slow = await browser.newContext(PHONE);
    const throttled = await timedQueries(await slow.newPage(), server.url, PHONE_SLOWDOWN).catch(() => undefined);
    await slow.close();
    return {
      query: TIMED_QUERY,
      firstMs: first.ms,
      firstShownMs: first.shownMs,
      olderMs,
      repeatMs: median(repeats.map((r) => r.ms)),
      repeatShownMs: median(repeats.map((r) => r.shownMs)),
      firstResults: first.urls.length,
      engineMs: engine?.ms,
      engineFirstMs: engine?.firstMs,
      matches: engine?.matches,
      bytesOnLoad: onLoad.bytes,
      bytesForQuery: forQuery.bytes,
      requestsForQuery: forQuery.requests,
      ranks,
      fresh,
      throttled: throttled && {
        firstShownMs: throttled.first.shownMs,
        firstMs: throttled.first.ms,
        repeatShownMs: median(throttled.repeats.map((r) => r.shownMs)),
        repeatMs: median(throttled.repeats.map((r) => r.ms)),
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
