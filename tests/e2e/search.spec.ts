import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../support/build.ts';
import { useBrowser, watchedPage } from './support/browser.ts';
import { runQuery } from '../../scripts/lib/browser/search-query.ts';
import { readQuerySet } from '../../scripts/lib/bench/query-set.ts';

const TABLE = readQuerySet(join(ROOT, 'tests/search-queries.json'));
const base = inject('baseUrl');
const browser = useBrowser();
let page: Page;
let problems: () => Promise<string[]>;
const ranks: { query: string; rank: number; ms: number }[] = [];

beforeAll(async () => {
  ({ page, problems } = await watchedPage(browser()));
});
afterAll(async () => {
  const at = (k: number) => ranks.filter((r) => r.rank > 0 && r.rank <= k).length / Math.max(1, ranks.length);
  const mrr = ranks.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / Math.max(1, ranks.length);
  const report = { queries: ranks.length, recallAt1: at(1), recallAt5: at(5), mrr, ranks };
  mkdirSync(join(ROOT, 'tests/artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'tests/artifacts/search-quality.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `search quality on the sample site: recall@1 ${report.recallAt1.toFixed(2)}, recall@5 ${report.recallAt5.toFixed(2)}, ` +
      `MRR ${report.mrr.toFixed(2)} over ${ranks.length} queries`,
  );
});

describe('Chinese search on the sample site (tests/search-queries.json)', () => {
  test.each(TABLE.queries)('$query ($kind) ranks $first first', async ({ query, first }) => {
    const { urls, ms } = await runQuery(page, base, query);
    ranks.push({ query, rank: urls.indexOf(first) + 1, ms });
    expect(urls[0]).toBe(first);
  });

  test.each(TABLE.unpublished)('the unpublished article marker %s finds no unpublished page', async (marker) => {
    const { urls } = await runQuery(page, base, marker);
    expect(urls.filter((u) => u.includes('draft-caogao-shili') || u.includes('scheduled-dingshi-shili'))).toEqual([]);
    if (marker === TABLE.unpublished[0]) expect(urls).toEqual([]);
  });

  test('the search ran under the page CSP with no error', async () => {
    expect(await problems()).toEqual([]);
  });
});

describe('the search page', () => {
  test('keeps the query and filters in the URL, so a search can be shared and Back works', async () => {
    const { page: p } = await watchedPage(browser());
    await p.goto(`${base}/search/?q=${encodeURIComponent('食堂')}`);
    await p.waitForSelector('[data-search-results] li');
    await expect(p.getByRole('searchbox', { name: '搜索本站' }).inputValue()).resolves.toBe('食堂');
    // The filters are folded away so results come first on a phone.
    await expect(p.getByRole('combobox', { name: '社区' }).isVisible()).resolves.toBe(false);
    await p.locator('summary', { hasText: '筛选和排序' }).click();
    await p.getByRole('combobox', { name: '社区' }).selectOption('青松里社区');
    await p.waitForURL(/community=/);
    // The URL changes before the filtered results replace the old ones: wait for them (or time out into the checks below).
    await p
      .waitForFunction(
        (name) => {
          const metas = [...document.querySelectorAll('[data-search-results] li .meta')];
          return metas.length > 0 && metas.every((m) => m.textContent?.includes(name));
        },
        '青松里社区',
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    const filtered = await p.locator('[data-search-results] li .meta').allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    for (const meta of filtered) expect(meta).toContain('青松里社区');
    await p.getByRole('combobox', { name: '排序' }).selectOption('date');
    await p.waitForURL(/sort=date/);
    await p.goBack();
    await p.waitForURL((url) => !url.search.includes('sort=date'));
    expect(new URL(p.url()).searchParams.get('community')).toBe('青松里社区');
    // Opened from a URL that chose filters, the page shows them.
    await p.reload();
    await expect(p.getByRole('combobox', { name: '社区' }).isVisible()).resolves.toBe(true);
    await p.context().close();
  });

  test('shows title, date, community and a highlighted excerpt without spaces inside Chinese words', async () => {
    const { page: p } = await watchedPage(browser());
    await p.goto(`${base}/search/?q=${encodeURIComponent('赵延君')}`);
    const item = p.locator('[data-search-results] li').first();
    await expect(item.locator('h2 a').textContent()).resolves.toBe('这个社区“有人气”');
    await expect(item.locator('.meta').textContent()).resolves.toBe('新闻 · 2021年1月25日 · 玉皇苑社区');
    const excerpt = (await item.locator('.excerpt').innerHTML()) ?? '';
    expect(excerpt).toContain('<mark>赵延君</mark>');
    expect(excerpt).not.toMatch(/\p{Script=Han}(?:<\/?mark>)*[\s\u200B]+(?:<\/?mark>)*\p{Script=Han}/u);
    await p.context().close();
  });

  test.each([
    ['a phone number', '6110', /0531-8888 6110/],
    ['office hours', '冬季作息时间', /9:00—12:00、13:30—17:30/],
  ])('shows %s whole in an excerpt from the article text, the title not repeated, no Markdown marks', async (_what, query, kept) => {
    const { page: p } = await watchedPage(browser());
    await p.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
    const item = p.locator('[data-search-results] li').first();
    const title = (await item.locator('h2 a').textContent()) ?? '';
    const excerpt = (await item.locator('.excerpt').textContent()) ?? '';
    expect(excerpt).toMatch(kept);
    expect(excerpt).not.toContain(title);
    expect(excerpt).not.toMatch(/(^|\s)#|\*\*|\d\s+[:：—-]\s*\d|\d \p{Script=Han}/u);
    await p.context().close();
  });

  test('puts a note above the first result that holds only some of the words', async () => {
    const { page: p } = await watchedPage(browser());
    await runQuery(p, base, '红心食堂 志愿者');
    const items = await p
      .locator('[data-search-results] > li')
      .evaluateAll((lis) => lis.map((li) => (li.classList.contains('partial-note') ? 'NOTE' : (li.textContent ?? ''))));
    const note = items.indexOf('NOTE');
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThan(items.length - 1);
    expect(items.filter((t) => t === 'NOTE')).toHaveLength(1);
    await p.context().close();
  });

  test('moves focus to the first added result when the reader asks for more', async () => {
    const { page: p } = await watchedPage(browser());
    await runQuery(p, base, '社区');
    const before = await p.locator('[data-search-results] li h2 a').count();
    await p.getByRole('button', { name: '显示更多结果' }).click();
    await p.waitForFunction((n) => document.querySelectorAll('[data-search-results] li h2 a').length > n, before);
    const focused = await p.evaluate(() => document.activeElement?.closest('li')?.querySelector('h2 a')?.getAttribute('href'));
    const added = await p.locator('[data-search-results] li h2 a').nth(before).getAttribute('href');
    expect(focused).toBe(added);
    await p.context().close();
  });

  test('says first when no page holds every word, then lists pages that hold some of them', async () => {
    const { page: p } = await watchedPage(browser());
    const { urls } = await runQuery(p, base, '红心食堂 月球基地');
    await expect(p.locator('[data-search-status]').textContent()).resolves.toBe('没有同时包含“红心食堂”“月球基地”的结果。以下结果只含其中一部分：');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls).toContain('/news/songhe-hongxin-shitang-fugai/');
    await p.context().close();
  });

  test('says so when a single word is nowhere whole, and lists what matched a part of it', async () => {
    const { page: p } = await watchedPage(browser());
    await runQuery(p, base, '红心农场');
    await expect(p.locator('[data-search-status]').textContent()).resolves.toMatch(/^(没有完整包含“红心农场”的结果|没有找到“红心农场”)/);
    await p.context().close();
  });

  test.each([
    ['罗家坡', '/communities/luojiapo/'],
    ['青松里社区', '/communities/qingsongli/'],
  ])('finds the community profile first for its name %s', async (query, url) => {
    const { page: p } = await watchedPage(browser());
    const { urls } = await runQuery(p, base, query);
    expect(urls[0]).toBe(url);
    await p.context().close();
  });

  test('finds a character inside a word, marked in the excerpt', async () => {
    const { page: p } = await watchedPage(browser());
    const { urls } = await runQuery(p, base, '梯');
    expect(urls).toContain('/news/minghu-jiazhuang-dianti-shouzuo/');
    const html = (await p.locator('[data-search-results] li .excerpt').first().innerHTML()) ?? '';
    expect(html).toMatch(/电<mark>梯<\/mark>/);
    await p.context().close();
  });

  test('the header’s 搜索 leads to the search box, which submits to /search/?q=; without JavaScript the page says so plainly with other ways in', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${base}/news/`);
    await p.locator('.site-header').getByRole('link', { name: '搜索' }).click();
    await p.getByRole('searchbox', { name: '搜索本站' }).fill('食堂');
    await p.getByRole('main').getByRole('button', { name: '搜索' }).click();
    expect(new URL(p.url()).pathname).toBe('/search/');
    expect(new URL(p.url()).searchParams.get('q')).toBe('食堂');
    await expect(p.getByText('搜索需要浏览器启用 JavaScript').isVisible()).resolves.toBe(true);
    for (const name of ['专题', '社区', '归档']) await expect(p.locator('main').getByRole('link', { name, exact: true }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('a browser without Intl.Segmenter gets a plain hint and still finds space-separated words', async () => {
    const { page: p } = await watchedPage(browser());
    await p.addInitScript('delete Intl.Segmenter;');
    await p.goto(`${base}/search/`);
    await expect(p.getByText('您的浏览器较旧').isVisible()).resolves.toBe(true);
    const { urls } = await runQuery(p, base, '红心 食堂');
    expect(urls.length).toBeGreaterThan(0);
    await p.context().close();
  });
});
