/**
 * A city-size index is cut into shards by year (scripts/lib/build/stages/search-index.ts).
 * The sample site is built here with tiny shards, and the manifest is made to
 * look like a big site's, so the page takes the path readers of a big site get:
 * the newest shard answers first, then every shard's merged answer replaces it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runBuild, tempDir } from '../support/build.ts';
import { useBrowser, watchedPage } from './support/browser.ts';
import { SITE_NOW } from '../../scripts/lib/run-build.ts';
import { FINAL } from '../../scripts/lib/browser/search-query.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/browser/static-server.ts';

const NEWEST = '/news/yinxingyuan-laji-fenlei-jifen/'; // 2025
const OLDEST = '/news/minghu-laji-fenlei-qidong/'; // 2019
const QUERY = '垃圾分类';

const browser = useBrowser();
let server: RunningServer;
let page: Page;
let problems: () => Promise<string[]>;
let firstAnswer: string[] = [];
let firstYears: number[] = [];

beforeAll(async () => {
  const dist = join(tempDir('e2e-shards'), 'dist');
  // Small enough to shard the sample into many shards (and to cut 2025, with its 40-name roll, into months),
  // big enough that the sample's 2026 documents (6 news, 6 community profiles) stay one shard, so the two
  // newest shards span 2026 and 2025.
  const run = runBuild({ CONTENT_DIR: join(ROOT, 'content'), SITE_NOW, OUT_DIR: dist, SEARCH_SHARD_SIZE: '16' });
  if (run.status !== 0) throw new Error(`sharded build failed:\n${run.output}`);
  server = await serveStatic(dist);
}, 300_000);

afterAll(async () => {
  await server?.close();
});

/** Holds back every request for a shard outside the first answer until `release()`. */
async function holdOlderShards(p: Page): Promise<{ release: () => void; held: () => number }> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  // The manifest of a big site: the two newest shards hold enough documents for a first answer.
  await p.context().route('**/pagefind/shards.json', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { shards: { id: string; years: number[]; count: number }[] };
    const [newest, next] = manifest.shards;
    if (newest && next) {
      newest.count = 1;
      next.count = 5000;
      firstAnswer = [newest.id, next.id];
      firstYears = [...newest.years, ...next.years];
    }
    await route.fulfill({ response, json: manifest });
  });
  await p.context().route(/\/pagefind\/[^/]+\/.+/, async (route) => {
    const shard = new URL(route.request().url()).pathname.split('/')[2] ?? '';
    if (!firstAnswer.includes(shard)) {
      held++;
      await gate;
    }
    await route.continue();
  });
  return { release, held: () => held };
}

const shownUrls = (p: Page) => p.locator('[data-search-results] li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
const statusText = (p: Page) => p.locator('[data-search-status]').textContent();

describe('search over a sharded index', () => {
  test('answers from the newest shard first, then from every shard, replacing the first answer', async () => {
    ({ page, problems } = await watchedPage(browser()));
    const { release, held } = await holdOlderShards(page);
    await page.goto(`${server.url}/search/`);
    await page.getByRole('searchbox', { name: '搜索本站' }).fill(QUERY);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
    expect(firstYears).toContain(2025);
    expect(firstYears).not.toContain(2019);
    await expect(statusText(page)).resolves.toBe('先显示最近的结果，正在查找更早的新闻……');
    // The final answer needs the older shards, held back: the first one came without them.
    await expect.poll(held, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(statusText(page)).resolves.toBe('先显示最近的结果，正在查找更早的新闻……');
    const first = await shownUrls(page);
    expect(first).toContain(NEWEST);
    expect(first).not.toContain(OLDEST);

    release();
    await page.waitForFunction(FINAL);
    const all = await shownUrls(page);
    expect(all).toContain(NEWEST);
    expect(all).toContain(OLDEST);
    await expect(statusText(page)).resolves.toBe(`找到 ${all.length} 条结果`);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  test('a word only an older shard holds: no "not found" while the older shards load, then its article', async () => {
    ({ page, problems } = await watchedPage(browser()));
    const { release, held } = await holdOlderShards(page);
    await page.goto(`${server.url}/search/`);
    await page.getByRole('searchbox', { name: '搜索本站' }).fill('漫画');
    // The newest shard has answered (nothing) and the older shards are held back.
    await page.waitForFunction(() => performance.getEntriesByName('search:recent-searched').length > 0);
    await expect.poll(held, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(statusText(page)).resolves.toBe('正在搜索……');
    await expect(shownUrls(page)).resolves.toEqual([]);

    release();
    await page.waitForFunction(FINAL);
    await expect(shownUrls(page)).resolves.toEqual([OLDEST]);
    await expect(statusText(page)).resolves.toBe('找到 1 条结果');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  test('a city-size index: the earliest years wait for the reader when the recent ones fill a page, and are searched at once when they do not', async () => {
    ({ page, problems } = await watchedPage(browser()));
    // Shards as big as a city's: the newest, then the older ones of 15,000 documents each, so only
    // the first older shard is searched unasked (`AUTO_SEARCH_DOCS`) and the rest wait.
    let earliest: number[] = [];
    await page.context().route('**/pagefind/shards.json', async (route) => {
      const response = await route.fetch();
      const manifest = (await response.json()) as { shards: { id: string; years: number[]; count: number }[] };
      manifest.shards.forEach((shard, i) => (shard.count = i === 0 ? 600 : 15_000));
      earliest = manifest.shards.slice(2).flatMap((s) => s.years);
      earliestIds = manifest.shards.slice(2).map((s) => s.id);
      await route.fulfill({ response, json: manifest });
    });
    let earliestIds: string[] = [];
    let earliestFetched = 0;
    page.on('request', (r) => {
      if (earliestIds.includes(new URL(r.url()).pathname.split('/')[2] ?? '')) earliestFetched++;
    });
    await page.goto(`${server.url}/search/`);
    const box = page.getByRole('searchbox', { name: '搜索本站' });
    const older = page.getByRole('button', { name: /^查找更早的新闻/ });

    await box.fill('社区');
    await page.waitForFunction(FINAL);
    const years = `${Math.min(...earliest)}—${Math.max(...earliest)}`;
    await expect(statusText(page)).resolves.toMatch(new RegExp(`^找到 \\d+ 条结果（${years} 年的新闻还没有查找）$`));
    await expect(older.textContent()).resolves.toBe(`查找更早的新闻（${years} 年）`);
    const recent = Number((await statusText(page))?.match(/\d+/)?.[0]);

    // The earliest years were not opened for the filter lists or the typing: only when asked.
    await expect.poll(() => earliestFetched).toBe(0);
    // While the earliest years load, the recent list stays, the status says what is happening and the button keeps the focus.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/pagefind\/[^/]+\/.+/, async (route) => {
      if (earliestIds.includes(new URL(route.request().url()).pathname.split('/')[2] ?? '')) await gate;
      await route.continue();
    });
    const before = await shownUrls(page);
    await older.click();
    await expect.poll(() => earliestFetched).toBeGreaterThan(0);
    await expect(statusText(page)).resolves.toBe('正在查找更早的新闻……');
    await expect(shownUrls(page)).resolves.toEqual(before);
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-search-older'))).resolves.toBe(true);
    release();
    await page.waitForFunction(FINAL);
    expect(earliestFetched).toBeGreaterThan(0);
    await expect(older.isHidden()).resolves.toBe(true);
    const all = Number((await statusText(page))?.match(/^找到 (\d+) 条结果$/)?.[1]);
    expect(all).toBeGreaterThan(recent);
    // The reader's place moves to the longer list.
    await expect(page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).resolves.toBe(true);
    // Asked for once, the earliest years stay searched for this query when the order changes.
    await page.locator('[data-search-filters] summary').click();
    await page.locator('[data-sort]').selectOption('date');
    await page.waitForFunction(FINAL);
    await expect(statusText(page)).resolves.toBe(`找到 ${all} 条结果`);
    await expect(older.isHidden()).resolves.toBe(true);

    // A word only the earliest years hold is found without asking.
    await box.fill('漫画');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['query'] === '漫画');
    await page.waitForFunction(FINAL);
    await expect(shownUrls(page)).resolves.toEqual([OLDEST]);
    await expect(statusText(page)).resolves.toBe('找到 1 条结果');
    await expect(older.isHidden()).resolves.toBe(true);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  test("a year filter keeps only that year, and the year list offers every shard's years", async () => {
    ({ page, problems } = await watchedPage(browser()));
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(QUERY)}&year=2019`);
    await page.waitForFunction(FINAL);
    await expect(shownUrls(page)).resolves.toEqual([OLDEST]);
    // The filter lists fill once every shard has opened, while the page is idle.
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLOptionElement>('[data-filter="year"] option')].some((o) => o.value === '2019'));
    const years = await page.locator('[data-filter="year"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(years).toEqual(expect.arrayContaining(['2025', '2021', '2019']));
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
