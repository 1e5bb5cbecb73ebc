/** A resident who taps 订阅 gets a page they can use: the address in full, a copy button, how to go on. */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage } from './support/browser.ts';
import { MODES, pageWith } from '../../scripts/lib/browser/reading-modes.ts';

const base = inject('baseUrl');
const browser = useBrowser();

describe('subscribe links', () => {
  test.each([
    ['/communities/qingsongli/', 'https://shequ.example.cn/communities/qingsongli/rss.xml'],
    ['/topics/hongxin-shitang/', 'https://shequ.example.cn/topics/hongxin-shitang/rss.xml'],
    ['/honors/', 'https://shequ.example.cn/honors/rss.xml'],
  ])('on %s open an HTML page that shows the feed address, not raw XML', async (path, address) => {
    const { page, problems } = await watchedPage(browser());
    await page.goto(base + path);
    const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: '订阅本页新闻（RSS）' }).click()]);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^订阅“/);
    await expect(page.locator('.feed-address code').textContent()).resolves.toBe(address);
    expect(await problems()).toEqual([]);
    await page.context().close();
  });
});

describe('a subscribe page', () => {
  test('copies the address with one tap and says so', async () => {
    const { page, problems } = await watchedPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/feeds/communities/luojiapo/`);
    await page.getByRole('button', { name: '复制地址：罗家坡社区新闻' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://shequ.example.cn/communities/luojiapo/rss.xml');
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  test('without JavaScript shows the address and no dead copy button', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${base}/feeds/all/`);
    await expect(page.locator('.feed-address code').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-copy]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  test.each([MODES[0]!, MODES[2]!])('keeps every address inside a 390px phone screen in %s, on the feeds page too', async (_name, prefs) => {
    const { page } = await pageWith(browser(), prefs);
    for (const path of ['/feeds/topics/fangzhapian/', '/feeds/']) {
      await page.goto(base + path);
      const rights = await page.$$eval('.feed-address code', (codes) => codes.map((c) => c.getBoundingClientRect().right));
      expect(rights.length).toBeGreaterThan(0);
      expect(Math.max(...rights), path).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
    await page.context().close();
  });
});
