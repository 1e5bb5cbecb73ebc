/**
 * The desk's form at a clerk's 1366×768 screen (issue #32): a save the checker
 * refuses is shown at the field it concerns, in plain words, and stays; fields
 * publishing needs say 发布必填, not 可选; adding an empty author does not crash
 * the preview.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chinaYear } from '../../src/lib/china-time.ts';
import { ROOT } from '../support/build.ts';
import { useBrowser } from './support/browser.ts';
import { signIn, startDesk, type RunningDesk } from './support/desk.ts';

const YEAR = chinaYear(new Date());
const ARTIFACTS = join(ROOT, 'tests/artifacts');

describe('the desk form’s fields (#32)', () => {
  let desk: RunningDesk;
  const browser = useBrowser();
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    desk = await startDesk('desk-fields');
    const context = await browser().newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(desk.url);
    await signIn(page);
  });

  afterAll(async () => {
    desk?.stop();
  });

  async function newArticle(title: string, slug: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${desk.url}#/collections/news/new`);
    await page.locator('input[id^="title"]').fill(title);
    await page.locator('input[id^="slug"]').fill(slug);
  }

  /** The label's text as shown, with what style adds after it and without what style hides. */
  const shownLabel = (name: string) =>
    page
      .locator(`label[for^="${name}-field-"]`)
      .first()
      .evaluate((label) => {
        const hidden = [...label.querySelectorAll('span')].filter((s) => getComputedStyle(s).display === 'none').map((s) => s.textContent ?? '');
        let text = label.textContent ?? '';
        for (const h of hidden) text = text.replace(h, '');
        const after = getComputedStyle(label, '::after').content;
        return text + (after === 'none' ? '' : JSON.parse(after));
      });

  test('fields publishing needs are marked 发布必填, the others 可选, the title neither', async () => {
    await newArticle('标注测试', 'biaozhu-ceshi');
    for (const name of ['publishedAt', 'source', 'first', 'second', 'final']) expect(await shownLabel(name)).toMatch(/\(发布必填\)$/);
    expect(await shownLabel('kicker')).toMatch(/\(可选\)$/);
    expect(await shownLabel('title')).toBe('标题');
    expect(await page.getByText('点日期框选择日期和时间，或点“现在”').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'desk-fields-marks.png') });
  });

  test('a missing 终审 is shown at its field, in plain words, and stays until the field is edited', async () => {
    await newArticle('明湖社区举办邻里节', 'minghu-linlijie');
    await page.locator('input[id^="publishedAt"]').fill(`${YEAR}-03-08T09:30`);
    await page.locator('input[id^="source"]').fill('本站讯');
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type('居民们带来了自家做的菜。');
    await page.locator('input[id^="first"]').fill('刘丽君');
    await page.locator('input[id^="second"]').fill('王大鹏');
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByText('发布（按发布时间显示）').click();
    const toast = page.locator('.Toastify__toast').first();
    await toast.getByText(/失败/).waitFor({ timeout: 30_000 });
    const toastText = await toast.innerText();
    expect(toastText).toContain('缺少终审人——未经终审的稿件不能发布，请补上终审人姓名');
    expect(toastText).not.toContain('API_ERROR');
    expect(toastText).not.toContain('content/');

    const final = page.locator('input[id^="final"]');
    const message = page.locator('.desk-field-problem');
    await expect.poll(() => message.count()).toBe(1);
    expect(await message.innerText()).toBe('缺少终审人——未经终审的稿件不能发布，请补上终审人姓名');
    expect(await final.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await final.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await message.getAttribute('id'));
    // Next to the 终审 input: the same field's control, just below it.
    const [inputBox, messageBox] = await Promise.all([final.boundingBox(), message.boundingBox()]);
    expect(messageBox && inputBox && messageBox.y - (inputBox.y + inputBox.height)).toBeLessThan(60);
    await message.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'desk-fields-error.png') });

    await page.waitForTimeout(10_000);
    expect(await message.isVisible()).toBe(true);
    expect(await final.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(ARTIFACTS, 'desk-fields-error-10s.png') });

    await final.fill('孙玲姿');
    // The words go; their room stays until the next save, so the form does not jump under the next click.
    await expect.poll(() => message.first().isVisible()).toBe(false);
    expect(await final.getAttribute('aria-invalid')).toBeNull();
  });

  test('新增作者 with an empty item does not crash the preview', async () => {
    await newArticle('作者测试', 'zuozhe-ceshi');
    await page.getByRole('button', { name: '新增作者' }).click();
    await page.waitForTimeout(1_000);
    expect(await page.getByText('程序发生了一个错误').count()).toBe(0);
    await page.locator('input[id^="item"]').first().fill('张三');
    const preview = page.frameLocator('iframe').first();
    await preview.getByText('张三').first().waitFor();
    expect(await page.getByText('程序发生了一个错误').count()).toBe(0);
    expect(pageErrors.filter((e) => e.includes('trim'))).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'desk-fields-author.png') });
  });
});
