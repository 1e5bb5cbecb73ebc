/**
 * What the desk tells a clerk, at the office PC's 1366×768 (issue #32): after a
 * save a line that stays says when the site shows it (the next build, a
 * scheduled time, never for a draft); the list is newest first with one date
 * spelling; there is no second 登录 page after ours; and the desk's own screens
 * (sign-in, list, editor, photo library) show no English words.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chinaYear } from '../../src/lib/china-time.ts';
import { SITE } from '../../src/site.config.ts';
import { ROOT } from '../support/build.ts';
import { useBrowser } from './support/browser.ts';
import { PASSWORD as DESK_PASSWORD, startDesk, type RunningDesk } from './support/desk.ts';

const YEAR = chinaYear(new Date());
const VIEWPORT = { width: 1366, height: 768 };
const shot = (page: Page, name: string) => page.screenshot({ path: join(ROOT, `tests/artifacts/desk-status-${name}.png`) });

// Latin words the desk may show: none so far (Decap's Markdown switch is 原文视图 here).
const ALLOWED_LATIN = new Set<string>([]);

/** Latin-letter words in visible text and placeholders, outside what clerks typed (form values, the editor, the preview). */
function latinWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = (el: Element | null) =>
      el?.closest('[data-slate-editor], iframe, textarea, [class*="ListCard"], [class*="GridCard"], [id^="desk-login-current"]') != null;
    const words: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skip(parent) || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (['SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
      words.push(...(node.textContent?.match(/[A-Za-z]{2,}/g) ?? []));
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]')) {
      if (input.checkVisibility()) words.push(...(input.placeholder.match(/[A-Za-z]{2,}/g) ?? []));
    }
    return words;
  });
}

describe('what the desk tells the clerk (issue #32)', () => {
  const PASSWORD = DESK_PASSWORD;
  let desk: RunningDesk;
  let url = '';
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    desk = await startDesk('desk-status', '李四');
    url = desk.url;
    const context = await browser().newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
  });

  afterAll(async () => {
    desk?.stop();
  });

  test('the sign-in is in Chinese, and after it comes the list, not a second 登录 page', async () => {
    await page.goto(url);
    const dialog = page.getByRole('dialog', { name: '登录编辑台' });
    await dialog.waitFor();
    await shot(page, 'signin');
    expect(await latinWords(page)).toEqual([]);
    await dialog.getByRole('textbox', { name: '姓名' }).fill('李四');
    await dialog.getByLabel('密码').fill(PASSWORD);
    await dialog.getByRole('button', { name: '进入编辑台' }).click();
    await page.locator('a[href*="/collections/news/entries/"]').first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: '登录', exact: true }).count()).toBe(0);
    await page.getByText('已登录：李四').waitFor();
  });

  test('the list is newest first by publish time, every date spelled 2026年12月6日 15:00, each article tagged 已发布, 定时 or 草稿', async () => {
    await page.goto(`${url}#/collections/news`);
    const cards = page.locator('a[href*="/collections/news/entries/"]');
    await cards.first().waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'list');
    const texts = await cards.allInnerTexts();
    expect(texts.length).toBeGreaterThan(5);
    // 【已发布】, 【定时 …】 or 【草稿，网站不显示】, then the date.
    const DATE = /^【(?:已发布|定时 [^】]+|草稿，网站不显示)】(\d{4})年(\d{1,2})月(\d{1,2})日 (\d{2}):(\d{2})/;
    expect(texts.some((text) => text.includes('【定时 2030年1月1日 08:00】'))).toBe(true);
    expect(texts.some((text) => text.includes('【草稿，网站不显示】'))).toBe(true);
    const stamps = texts.map((text) => {
      const m = DATE.exec(text.trim());
      expect(m, text).not.toBeNull();
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:/);
      const [, y, mo, d, h, mi] = (m ?? []).map(Number);
      return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
    });
    expect(stamps).toEqual([...stamps].sort((a, b) => b - a));
    expect(await latinWords(page)).toEqual([]);
  });

  /** A fresh form, filled so it passes content:check (三审 signed). */
  async function newArticle(title: string, slug: string, publishedAt: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${url}#/collections/news/new`);
    await page.locator('input[id^="title"]').fill(title);
    await page.locator('input[id^="slug"]').fill(slug);
    await page.locator('input[id^="publishedAt"]').fill(publishedAt);
    await page.locator('input[id^="source"]').fill('本站讯');
    await page.locator('input[id^="first"]').fill('刘丽君');
    await page.locator('input[id^="second"]').fill('王大鹏');
    await page.locator('input[id^="final"]').fill('孙玲姿');
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type(`${title}。社区工作人员和居民一起参加。`);
  }

  async function publish(): Promise<string> {
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByText('发布（按发布时间显示）').click();
    const line = page.locator('#desk-save-status strong');
    await line.waitFor({ timeout: 30_000 });
    return line.innerText();
  }

  test('a save says when the site shows it, and the line stays', async () => {
    await newArticle('湖滨社区开展垃圾分类宣传', 'hubin-laji-fenlei', `${YEAR}-01-01T08:00`);
    expect(await latinWords(page)).toEqual([]);
    await shot(page, 'editor');
    const expected = `已提交，网站将在约 ${SITE.publishEveryMinutes} 分钟内更新`;
    expect(await publish()).toBe(expected);
    // Longer than any toast: still there.
    await page.waitForTimeout(10_000);
    expect(await page.locator('#desk-save-status strong').innerText()).toBe(expected);
    expect(await page.locator('#desk-save-status').isVisible()).toBe(true);
    expect(await page.getByText('点击以预览').count()).toBe(0);
    await shot(page, 'saved');
    // The badge and the status line sit side by side in Decap's top bar: over no field, right of the editor's buttons.
    const [badge, panel, publishButton] = await Promise.all([
      page.locator('.desk-login-badge').boundingBox(),
      page.locator('.desk-status').boundingBox(),
      page.getByRole('button', { name: '已提交' }).first().boundingBox(),
    ]);
    expect(badge && panel && (panel.x + panel.width <= badge.x || badge.x + badge.width <= panel.x)).toBe(true);
    for (const box of [badge, panel]) expect((box?.y ?? 99) + (box?.height ?? 99)).toBeLessThanOrEqual(66);
    expect(Math.min(badge?.x ?? 0, panel?.x ?? 0)).toBeGreaterThan((publishButton?.x ?? 0) + (publishButton?.width ?? 0));
  });

  test('a future publish time is announced as 定时发布', async () => {
    await newArticle('明年元旦社区联欢会预告', 'yuandan-lianhuan', `${YEAR + 1}-12-08T09:00`);
    expect(await publish()).toBe(`定时发布：${YEAR + 1}年12月8日 09:00 起显示`);
    await shot(page, 'scheduled');
  });

  test('a draft is said never to appear on the site', async () => {
    await newArticle('尚未定稿的通知', 'weidinggao-tongzhi', `${YEAR}-01-01T08:00`);
    await page.locator('button[id^="draft"][role="switch"]').click();
    expect(await publish()).toBe('草稿：不会出现在网站上');
    await shot(page, 'draft');
  });

  test('撤下 keeps the article, listed again as a draft, and the line says it leaves the site', async () => {
    await page.goto('about:blank');
    await page.goto(`${url}#/collections/news/entries/${YEAR}/hubin-laji-fenlei`);
    await page.locator('input[id^="title"]').first().waitFor();
    // Decap asks with the browser's own confirm (its words are the desk's: take-down.ts).
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '撤下稿件' }).click();
    // The desk reads the list again, so the article is there, tagged as a draft.
    await page.getByText('湖滨社区开展垃圾分类宣传').first().waitFor({ timeout: 30_000 });
    const row = page.locator('a[href*="/collections/news/entries/"]', { hasText: '湖滨社区开展垃圾分类宣传' });
    await expect.poll(() => row.first().innerText(), { timeout: 15_000 }).toContain('【草稿，网站不显示】');
    expect(await page.locator('#desk-save-status strong').innerText()).toContain('已撤下');
    await shot(page, 'withdrawn');
  });

  test('the photo library is in Chinese too', async () => {
    await page.goto('about:blank');
    await page.goto(`${url}#/collections/news`);
    await page
      .getByRole('link', { name: '照片' })
      .or(page.getByRole('button', { name: '照片' }))
      .first()
      .click();
    await page
      .getByText('使用选中的照片')
      .or(page.getByText('这里没有照片'))
      .or(page.getByText('未找到图片'))
      .or(page.getByText('未找到资源'))
      .first()
      .waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'media');
    expect((await latinWords(page)).filter((w) => !ALLOWED_LATIN.has(w))).toEqual([]);
  });
});
