/**
 * 复制到公众号 in the desk (issue #29): under a published article's preview the button
 * puts the 公众号 copy on the clipboard (text/html with a text/plain fallback, photos by
 * their public https address) and says what to do next, with 阅读原文's address; a
 * draft's button says why it cannot. The desk reads the live site from the browser
 * tests' own build (`--live`).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { ROOT } from '../support/build.ts';
import { useBrowser } from './support/browser.ts';
import { openDesk, type TestDesk } from './support/desk.ts';

const dist = inject('distDir');

describe('复制到公众号 (issue #29)', () => {
  const browser = useBrowser();
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await openDesk(browser(), 'desk-wechat', { args: ['--live', dist], permissions: ['clipboard-read', 'clipboard-write'] });
  });
  afterAll(async () => {
    await desk?.close();
  });

  test('a published article: the copy is on the clipboard as HTML and text, and the next steps are shown', async () => {
    const { page } = desk;
    await page.goto(`${desk.url}#/collections/news/entries/2023/yinxingyuan-wangge-guanli`);
    const preview = page.locator('iframe').first().contentFrame();
    const button = preview.getByRole('button', { name: '复制到公众号' });
    await button.waitFor({ timeout: 30_000 });
    await button.click();
    await preview.getByText('已复制到剪贴板').waitFor({ timeout: 30_000 });
    await preview.getByText('已复制到剪贴板').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ROOT, 'tests/artifacts/desk-wechat-copied.png') });
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
      return { html: await read('text/html'), text: await read('text/plain') };
    });
    expect(clip.html).toContain(`src="${SITE.url}wechat/`);
    expect(clip.html).not.toContain('class=');
    expect(clip.text).toContain('初审：周子航　复审：邵明远　终审：宋立平');
    await expect(preview.getByText(`原文链接（阅读原文）：${SITE.url}news/yinxingyuan-wangge-guanli/`).isVisible()).resolves.toBe(true);
  });

  test('a draft opened next: the button says why it cannot, and nothing of the last article’s copy stays', async () => {
    const { page } = desk;
    // Through the list, as a clerk goes from one article to the next.
    await page.goto(`${desk.url}#/collections/news`);
    await page.locator('a[href*="/collections/news/entries/"]').first().waitFor();
    await page.goto(`${desk.url}#/collections/news/entries/2026/draft-caogao-shili`);
    const preview = page.locator('iframe').first().contentFrame();
    await preview.getByRole('heading', { name: /草稿专用标记词甲/ }).waitFor({ timeout: 30_000 });
    const button = preview.getByRole('button', { name: '复制到公众号' });
    await button.waitFor({ timeout: 30_000 });
    await button.click();
    await preview.getByRole('alert').filter({ hasText: '还是草稿' }).waitFor({ timeout: 30_000 });
    expect(await preview.getByText('已复制到剪贴板').count()).toBe(0);
  });
});
