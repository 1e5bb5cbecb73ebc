import { describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage } from './support/browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

/** One page of every type in the sample site. */
const PAGE_TYPES = [
  ['home', '/'],
  ['news list', '/news/'],
  ['news list, page 1 (the oldest)', '/news/1/'],
  ['article', '/news/yuhuangyuan-youren-qi/'],
  ['article with figures', '/news/luojiapo-dajiating/'],
  ['topics', '/topics/'],
  ['topic', '/topics/hongxin-shitang/'],
  ['communities', '/communities/'],
  ['community', '/communities/qingsongli/'],
  ['honor roll', '/honors/'],
  ['honor roll of a year', '/honors/2024/'],
  ['honor entry', '/honors/2024/tang-zhiqiang/'],
  ['archive', '/archive/'],
  ['archive of a year', '/archive/2024/'],
  ['how to subscribe', '/feeds/'],
  ['search', '/search/?q=%E9%A3%9F%E5%A0%82'],
] as const;

describe('every page type', () => {
  test.each(PAGE_TYPES)('%s (%s) opens with 200, one h1, no console error and no CSP violation', async (_name, path) => {
    const { page, problems } = await watchedPage(browser());
    const response = await page.goto(base + path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  test('an unknown address shows the 404 page with status 404', async () => {
    const { page, problems } = await watchedPage(browser());
    const response = await page.goto(`${base}/news/no-such-article/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('页面找不到了');
    await expect(page.getByRole('link', { name: '回到首页' }).getAttribute('href')).resolves.toBe('/');
    // The browser logs the document's own 404; anything else would be a real problem.
    expect((await problems()).filter((p) => !p.includes('status of 404'))).toEqual([]);
    await page.context().close();
  });
});

describe('navigation', () => {
  test('every link on the home page leads to a page that exists', async () => {
    const { page } = await watchedPage(browser());
    await page.goto(`${base}/`);
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const internal = [...new Set(hrefs.filter((h) => h.startsWith(base)).map((h) => h.split('#')[0] ?? h))];
    expect(internal.length).toBeGreaterThan(20);
    for (const href of internal) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
    }
    await page.context().close();
  });

  test('the pager leads from the front page to older pages and back; numbered pages keep their number in the address', async () => {
    const { page } = await watchedPage(browser());
    await page.goto(`${base}/news/`);
    const pager = page.getByRole('navigation', { name: '分页' });
    await expect(pager.locator('[aria-current="page"]').textContent()).resolves.toBe('最新');
    const firstOnFront = await page.locator('main article h2 a').first().textContent();
    await pager.getByRole('link', { name: '更早' }).click();
    const number = /^\/news\/(\d+)\/$/.exec(new URL(page.url()).pathname)?.[1];
    expect(Number(number)).toBeGreaterThanOrEqual(1);
    expect(await page.locator('main article h2 a').first().textContent()).not.toBe(firstOnFront);
    await pager.locator('.pages a').last().click();
    expect(new URL(page.url()).pathname).toBe('/news/1/');
    await expect(pager.getByRole('link', { name: '更早' }).count()).resolves.toBe(0);
    await pager.getByRole('link', { name: '最新', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/news/');
    await page.context().close();
  });

  test("an article's newer and older links lead to its neighbours in the news list", async () => {
    const { page } = await watchedPage(browser());
    await page.goto(`${base}/news/`);
    const titles = await page.locator('main article h2 a').allTextContents();
    const urls = await page.locator('main article h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    await page.goto(base + (urls[1] ?? ''));
    const nav = page.getByRole('navigation', { name: '上一篇和下一篇' });
    await nav.getByRole('link', { name: titles[0] ?? '' }).click();
    expect(new URL(page.url()).pathname).toBe(urls[0]);
    await page.goto(base + (urls[1] ?? ''));
    await nav.getByRole('link', { name: titles[2] ?? '' }).click();
    expect(new URL(page.url()).pathname).toBe(urls[2]);
    await page.context().close();
  });

  test('an article shows its breadcrumb, related articles, and a tap-to-call community phone one click away', async () => {
    const { page } = await watchedPage(browser());
    await page.goto(`${base}/news/qingsongli-hongxin-shitang-shengji/`);
    const crumbs = await page.getByRole('navigation', { name: '当前位置' }).getByRole('listitem').allTextContents();
    expect(crumbs.slice(0, 3)).toEqual(['首页', '社区', '青松里社区']);
    const related = page.getByRole('region', { name: '相关新闻' }).getByRole('link');
    expect(await related.count()).toBeGreaterThanOrEqual(3);
    expect(await related.count()).toBeLessThanOrEqual(5);
    await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '青松里社区' }).click();
    const tel = await page.locator('main a[href^="tel:"]').first().getAttribute('href');
    expect(tel).toMatch(/^tel:[\d+]+$/);
    await page.context().close();
  });
});
