import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import type { ReadingPrefs } from '../../src/lib/reader/reading-prefs.ts';
import { axeViolations } from './support/axe.ts';
import { useBrowser, watchedPage } from './support/browser.ts';
import { MODES, pageWith as openWith } from '../../scripts/lib/browser/reading-modes.ts';
import { stubSpeech } from './support/speech.ts';

const base = inject('baseUrl');
const browser = useBrowser();

const PAGES = [
  '/',
  '/news/',
  '/news/luojiapo-dajiating/',
  '/news/qingsongli-yinling-zhijia/',
  '/topics/',
  '/topics/hongxin-shitang/',
  '/communities/',
  '/communities/qingsongli/',
  '/honors/',
  '/honors/2024/',
  '/honors/2024/tang-zhiqiang/',
  '/archive/',
  '/archive/2024/',
  '/feeds/',
  '/search/?q=%E9%A3%9F%E5%A0%82',
  '/no-such-page/',
];

const pageWith = (prefs: ReadingPrefs, viewport = { width: 390, height: 844 }, bypassCSP = false) => openWith(browser(), prefs, viewport, bypassCSP);
/** Opens the header's 菜单, where the navigation and the reading controls live on a phone. */
const openMenu = (page: import('playwright-core').Page) => page.locator('.site-header summary').click();

describe('accessibility (axe-core, WCAG 2.2 AA) at 390×844', () => {
  test.each(MODES)('no violation on any page type in %s', async (_name, prefs) => {
    const { page } = await pageWith(prefs, undefined, true);
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(base + path);
      found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
    await page.context().close();
  });

  test('body text of an article reaches 7:1 contrast (WCAG AAA) in both colour schemes', async () => {
    for (const [, prefs] of [MODES[0], MODES[3]] as [string, ReadingPrefs][]) {
      const { page } = await pageWith(prefs, undefined, true);
      await page.goto(`${base}/news/luojiapo-dajiating/`);
      expect(await axeViolations(page, { rules: ['color-contrast-enhanced'], include: '.prose' })).toEqual([]);
      await page.context().close();
    }
  });
});

describe('the reading controls', () => {
  test('text size and high contrast apply at once, persist across a reload and to another page', async () => {
    const { page, problems } = await pageWith({ size: 'standard', contrast: 'normal' });
    await page.goto(`${base}/news/yuhuangyuan-youren-qi/`);
    await openMenu(page);
    const sizes = page.getByRole('group', { name: '字号' });
    await sizes.getByRole('button', { name: '特大' }).click();
    await page.getByRole('button', { name: '高对比度' }).click();
    const state = () => page.evaluate(() => [document.documentElement.getAttribute('data-text-size'), document.documentElement.getAttribute('data-contrast')]);
    expect(await state()).toEqual(['xlarge', 'high']);
    await expect(sizes.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload();
    expect(await state()).toEqual(['xlarge', 'high']);
    await openMenu(page);
    await page.getByRole('link', { name: '社区', exact: true }).first().click();
    expect(await state()).toEqual(['xlarge', 'high']);
    await openMenu(page);
    await expect(page.getByRole('button', { name: '高对比度' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '标准' }).click();
    await page.getByRole('button', { name: '高对比度' }).click();
    expect(await state()).toEqual([null, null]);
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  test('a stored choice is on <html> before the body is parsed, so there is no flash', async () => {
    const { page } = await pageWith({ size: 'large', contrast: 'high' });
    await page.addInitScript(() => {
      new MutationObserver((_m, observer) => {
        if (document.body) {
          (window as unknown as { seenAtBody: unknown }).seenAtBody = [
            document.documentElement.dataset['textSize'],
            document.documentElement.dataset['contrast'],
          ];
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${base}/`);
    expect(await page.evaluate(() => (window as unknown as { seenAtBody: unknown }).seenAtBody)).toEqual(['large', 'high']);
    await page.context().close();
  });

  test('特大 gives body text of at least 30px and controls of at least 60×60px', async () => {
    const { page } = await pageWith({ size: 'xlarge', contrast: 'normal' });
    await page.goto(`${base}/news/luojiapo-dajiating/`);
    const fontSize = await page
      .locator('.prose p')
      .first()
      .evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(30);
    await openMenu(page);
    for (const button of await page.locator('[data-reading-controls] button').all()) {
      const box = await button.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(60);
      expect(box?.height).toBeGreaterThanOrEqual(60);
    }
    await page.context().close();
  });

  test('the standard size is at least 18px with line height 1.7, and controls and links are at least 44×44px', async () => {
    const { page } = await pageWith({ size: 'standard', contrast: 'normal' });
    await page.goto(`${base}/news/`);
    await openMenu(page);
    const [size, lineHeight] = await page
      .locator('.news-card .summary')
      .first()
      .evaluate((p) => [Number.parseFloat(getComputedStyle(p).fontSize), Number.parseFloat(getComputedStyle(p).lineHeight)]);
    expect(size).toBeGreaterThanOrEqual(18);
    expect((lineHeight ?? 0) / (size ?? 1)).toBeGreaterThanOrEqual(1.7);
    const targets = page.locator('.site-header .hbtn, .site-header nav a, [data-reading-controls] button, .pagination a, .site-footer a');
    expect(await targets.count()).toBeGreaterThan(10);
    for (const target of await targets.all()) {
      const box = await target.boundingBox();
      expect(box?.width, (await target.textContent()) ?? '').toBeGreaterThanOrEqual(44);
      expect(box?.height, (await target.textContent()) ?? '').toBeGreaterThanOrEqual(44);
    }
    await page.context().close();
  });

  test.each(MODES)('nothing scrolls sideways at 320px wide in %s', async (_name, prefs) => {
    const { page } = await pageWith(prefs, { width: 320, height: 640 });
    const wide: string[] = [];
    for (const path of PAGES) {
      await page.goto(base + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('an article is fully readable at the standard size and no control is shown', async () => {
    const context: BrowserContext = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${base}/news/luojiapo-dajiating/`);
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    const paragraphs = await page.locator('.prose p').count();
    expect(paragraphs).toBeGreaterThan(5);
    await expect(page.locator('.prose p').last().isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-reading-controls]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-listen]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('朗读', () => {
  test('reads the title and then the body in Chinese, and stops when pressed again', async () => {
    const { page } = await watchedPage(browser());
    await page.addInitScript(stubSpeech(['en-US', 'zh-CN']));
    await page.goto(`${base}/news/yuhuangyuan-youren-qi/`);
    const listen = page.getByRole('button', { name: '朗读' });
    await listen.click();
    const spoken = await page.evaluate(() => (window as unknown as { speech: { spoken: { text: string; lang: string }[] } }).speech.spoken);
    expect(spoken[0]).toEqual({ text: '这个社区“有人气”', lang: 'zh-CN' });
    expect(spoken.length).toBeGreaterThan(5);
    expect(spoken.every((s) => s.lang === 'zh-CN')).toBe(true);
    expect(spoken.map((s) => s.text).join('')).toContain('红心食堂运行以来');
    await page.getByRole('button', { name: '停止朗读' }).click();
    expect(await page.evaluate(() => (window as unknown as { speech: { cancelled: () => number } }).speech.cancelled())).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('button', { name: '朗读' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test('is hidden when the browser has no Chinese voice', async () => {
    const { page } = await watchedPage(browser());
    await page.addInitScript(stubSpeech(['en-US']));
    await page.goto(`${base}/news/yuhuangyuan-youren-qi/`);
    await expect(page.locator('[data-listen]').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});
