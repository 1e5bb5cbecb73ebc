/**
 * What a reader sees of the layout, measured in Chromium: list titles keep a
 * readable width at every text size, the phone header stays one row, an
 * article starts on the first screen at 特大, the menu works with and without
 * JavaScript, and every page says who runs the site. Screenshots of each page
 * type in each mode are saved for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { ROOT } from '../build/helpers.ts';
import { launchBrowser } from './support/browser.ts';
import { DESKTOP, MODES, pageWith, PHONE } from './support/reading-modes.ts';
import { stubSpeech } from './support/speech.ts';

const base = inject('baseUrl');
const SHOTS = join(ROOT, 'tests/artifacts/screenshots');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

/** The page types the issue names, each with list titles or an article to measure. */
const PAGES = [
  ['home', '/'],
  ['news', '/news/'],
  ['community', '/communities/qingsongli/'],
  ['topic', '/topics/hongxin-shitang/'],
  ['article', '/news/qingsongli-yinling-zhijia/'],
  ['honors-year', '/honors/2024/'],
  ['honoree', '/honors/2024/tang-zhiqiang/'],
  ['feeds', '/feeds/'],
] as const;
const PHONE_MODES = MODES.filter(([name]) => name !== 'high contrast, xlarge');

interface TitleBox {
  text: string;
  width: number;
  fontSize: number;
  /** Width of the column the title's list sits in: the main column on a phone, its own card on a two-column desktop list. */
  column: number;
}

/** Every list title on the page with its width, font size and the width of its column. */
function listTitles(page: Page, perCard: boolean): Promise<TitleBox[]> {
  return page.$$eval(
    '.news-card .title, .lead-title',
    (titles, perCard) => {
      const main = document.querySelector('main');
      const mainStyle = main && getComputedStyle(main);
      const mainWidth = main && mainStyle ? main.clientWidth - Number.parseFloat(mainStyle.paddingInlineStart) - Number.parseFloat(mainStyle.paddingInlineEnd) : 0;
      return titles.map((title) => {
        const card = title.closest('li, .lead-story');
        return {
          text: title.textContent ?? '',
          width: title.getBoundingClientRect().width,
          fontSize: Number.parseFloat(getComputedStyle(title).fontSize),
          column: perCard && card ? card.getBoundingClientRect().width : mainWidth,
        };
      });
    },
    perCard,
  );
}

describe('list titles keep their width', () => {
  test.each(PHONE_MODES)('on a 390px phone in %s: every title ≥ 60% of the column and ≥ 8 characters a line', async (_name, prefs) => {
    const { page } = await pageWith(browser, prefs);
    const narrow: string[] = [];
    let measured = 0;
    for (const [, path] of PAGES) {
      await page.goto(base + path);
      for (const t of await listTitles(page, false)) {
        measured++;
        if (t.width < 0.6 * t.column || t.width < 8 * t.fontSize) narrow.push(`${path} “${t.text}”: ${Math.round(t.width)}px of ${Math.round(t.column)}px at ${t.fontSize}px`);
      }
    }
    expect(measured).toBeGreaterThan(20);
    expect(narrow).toEqual([]);
    await page.context().close();
  });

  test('on a 1366px desktop: every title ≥ 60% of its card, and the news list has two columns', async () => {
    const { page } = await pageWith(browser, MODES[0]![1], DESKTOP);
    const narrow: string[] = [];
    for (const [, path] of PAGES) {
      await page.goto(base + path);
      for (const t of await listTitles(page, true)) if (t.width < 0.6 * t.column) narrow.push(`${path} “${t.text}”: ${Math.round(t.width)}px of ${Math.round(t.column)}px`);
    }
    expect(narrow).toEqual([]);
    await page.goto(`${base}/news/`);
    const lefts = await page.$$eval('.news-list > li', (items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().left))).size);
    expect(lefts).toBe(2);
    await page.context().close();
  });
});

describe('the header', () => {
  test.each(MODES)('is one row on a phone in %s, at most 160px tall at the standard size', async (name, prefs) => {
    const { page } = await pageWith(browser, prefs);
    for (const [, path] of PAGES) {
      await page.goto(base + path);
      const rows = await page.$$eval('.site-header .bar > *', (items) => items.map((el) => el.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
      const [top, bottom] = [Math.max(...rows.map(([t]) => t ?? 0)), Math.min(...rows.map(([, b]) => b ?? 0))];
      expect(top, `${path}: name, 搜索 and 菜单 share one row`).toBeLessThan(bottom);
      const height = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
      if (name === 'standard') expect(height, path).toBeLessThanOrEqual(160);
    }
    await page.context().close();
  });

  test('the 菜单 opens and closes, with JavaScript and without', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${base}/news/`);
      const news = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '新闻' });
      await expect(news.isVisible()).resolves.toBe(false);
      await page.getByText('菜单', { exact: true }).click();
      await expect(news.isVisible()).resolves.toBe(true);
      await expect(news.getAttribute('aria-current')).resolves.toBe('page');
      // The reading controls are in the menu with JavaScript, and nowhere without it.
      await expect(page.getByRole('button', { name: '特大' }).isVisible()).resolves.toBe(javaScriptEnabled);
      await page.getByText('菜单', { exact: true }).click();
      await expect(news.isVisible()).resolves.toBe(false);
      await context.close();
    }
  });

  test('on a desktop the navigation is always shown as a band, with the search one click away', async () => {
    const { page } = await pageWith(browser, MODES[0]![1], DESKTOP);
    await page.goto(`${base}/`);
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '红榜' }).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: '搜索', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/search/');
    await page.context().close();
  });

  test('marks the section the breadcrumb names: an article of a community is under 社区', async () => {
    const { page } = await pageWith(browser, MODES[0]![1], DESKTOP);
    await page.goto(`${base}/news/qingsongli-yinling-zhijia/`);
    const crumb = await page.getByRole('navigation', { name: '当前位置' }).getByRole('link').nth(1).textContent();
    const current = await page.getByRole('navigation', { name: '主导航' }).locator('[aria-current="page"]').textContent();
    expect([crumb, current]).toEqual(['社区', '社区']);
    await page.context().close();
  });
});

describe('an article at 特大 on a phone', () => {
  test.each([
    ['with a cover photo', '/news/qingsongli-yinling-zhijia/'],
    ['with a kicker and photos in the text', '/news/luojiapo-dajiating/'],
  ])('%s shows its title and the first line of its text on the first screen, 朗读 button included', async (_what, path) => {
    const { page } = await pageWith(browser, MODES[2]![1]);
    await page.addInitScript(stubSpeech(['zh-CN']));
    await page.goto(base + path);
    await expect(page.getByRole('button', { name: '朗读' }).isVisible()).resolves.toBe(true);
    const h1 = await page.locator('h1').evaluate((h) => h.getBoundingClientRect().bottom);
    const firstLine = await page.locator('.prose p').first().evaluate((p) => p.getBoundingClientRect().top + Number.parseFloat(getComputedStyle(p).lineHeight));
    expect(h1).toBeLessThanOrEqual(PHONE.height);
    expect(firstLine).toBeLessThanOrEqual(PHONE.height);
    await page.context().close();
  });
});

describe('who runs the site', () => {
  test('every page type names the 主办单位 and links the 备案 numbers to their look-ups', async () => {
    const { page } = await pageWith(browser, MODES[0]![1]);
    for (const [, path] of PAGES) {
      await page.goto(base + path);
      const footer = page.getByRole('contentinfo');
      await expect(footer.textContent()).resolves.toContain(`主办单位：${SITE.owner.host}`);
      await expect(footer.getByRole('link', { name: SITE.icp }).getAttribute('href')).resolves.toBe('https://beian.miit.gov.cn/');
      await expect(footer.getByRole('link', { name: SITE.policeBeian }).getAttribute('href')).resolves.toMatch(/^https:\/\/beian\.mps\.gov\.cn\/.*code=\d+$/);
    }
    await expect(page.locator('.brand').textContent()).resolves.toContain(SITE.owner.host);
    await page.context().close();
  });
});

describe('screenshots for review (tests/artifacts/screenshots)', () => {
  const SHOT_MODES = [...PHONE_MODES.map(([name, prefs]) => [name, prefs, PHONE] as const), ['desktop', MODES[0]![1], DESKTOP] as const, ['desktop xlarge', MODES[2]![1], DESKTOP] as const];
  test.each(SHOT_MODES)('every page type in %s', async (name, prefs, viewport) => {
    const { page } = await pageWith(browser, prefs, viewport);
    for (const [label, path] of PAGES) {
      await page.goto(base + path);
      await page.screenshot({ path: join(SHOTS, `${label}-${name.replace(/[ ,]+/g, '-')}.png`), fullPage: true });
    }
    await page.context().close();
  });
});
