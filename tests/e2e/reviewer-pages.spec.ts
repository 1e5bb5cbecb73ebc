/**
 * The reviewer's list (#26), page structure: each item as a resident would notice it,
 * measured in Chromium on the sample site.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { formatChinaDateRange, parseChinaTime } from '../../src/lib/china-time.ts';
import { axeViolations } from './support/axe.ts';
import type { ReadingPrefs } from '../../src/lib/reader/reading-prefs.ts';
import { useBrowser } from './support/browser.ts';
import { MODES, PHONE, pageWith } from '../../scripts/lib/browser/reading-modes.ts';

const base = inject('baseUrl');
const DESKTOP = { width: 1280, height: 800 };
function mode(name: string): ReadingPrefs {
  const found = MODES.find(([n]) => n === name);
  if (!found) throw new Error(`no reading mode ${name}`);
  return found[1];
}
const browserOf = useBrowser();

async function open(path: string, modeName = 'standard', viewport = PHONE): Promise<Page> {
  const { page } = await pageWith(browserOf(), mode(modeName), viewport);
  await page.goto(base + path);
  return page;
}

/** How far right the widest of `selector`'s boxes reaches, as a share of main's content box. */
const reach = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const main = document.querySelector('main') as HTMLElement;
    const style = getComputedStyle(main);
    const left = main.getBoundingClientRect().left + Number.parseFloat(style.paddingInlineStart);
    const width = main.clientWidth - Number.parseFloat(style.paddingInlineStart) - Number.parseFloat(style.paddingInlineEnd);
    const right = Math.max(...[...document.querySelectorAll(sel)].map((el) => el.getBoundingClientRect().right));
    return (right - left) / width;
  }, selector);

describe('the pager names pages by their dates', () => {
  // The sample's other lists fit one page each; they share the Pagination component with these.
  test.each(['/news/', '/news/1/'])('%s shows no page numbers and no counting rule: every pager link is a step or dates', async (path) => {
    const page = await open(path);
    const pager = page.getByRole('navigation', { name: '分页' });
    expect(await pager.textContent()).not.toMatch(/页码|第 ?\d+ ?页/);
    const labels = await pager.getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLElement).innerText.trim()));
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).toMatch(/^(较新|更早|最新|\d{4}年\d{1,2}月\d{1,2}日.*)$/);
    expect(await page.title()).not.toMatch(/第 ?\d+ ?页/);
    await page.context().close();
  });

  test('更早 leads from the front page to an older page whose label gives the dates of the articles it holds', async () => {
    const page = await open('/news/');
    const pager = page.getByRole('navigation', { name: '分页' });
    await expect(pager.locator('[aria-current="page"]').textContent()).resolves.toBe('最新');
    await pager.getByRole('link', { name: '更早' }).click();
    const times = await page.locator('main .news-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    const dates = times.map((t) => parseChinaTime(t) as Date).sort((a, b) => a.getTime() - b.getTime()); // datetimes carry +08:00
    const expected = formatChinaDateRange(dates[0] as Date, dates.at(-1) as Date);
    await expect(pager.locator('[aria-current="page"]').textContent()).resolves.toBe(expected);
    expect(await page.locator('h1').textContent()).toContain(expected);
    await expect(pager.getByRole('link', { name: '较新' }).getAttribute('rel')).resolves.toBe('prev');
    await page.context().close();
  });
});

describe('the archive', () => {
  test('every month is a link that lands on its heading in the year page', async () => {
    const page = await open('/archive/');
    const months = page.locator('.archive-years .months li');
    expect(await months.count()).toBeGreaterThan(5);
    await expect(months.locator('a').count()).resolves.toBe(await months.count());
    const card = page.locator('.archive-years > li').filter({ hasText: '2024年新闻' });
    await card.getByRole('link', { name: /^7月/ }).click();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/archive/2024/#month-7');
    const heading = page.locator('#month-7');
    await expect(heading.evaluate((h) => [h.tagName, h.textContent])).resolves.toEqual(['H2', '7月']);
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
    await page.context().close();
  });

  test('on a desktop the years fill the width, not a narrow column', async () => {
    const page = await open('/archive/', 'standard', DESKTOP);
    expect(await reach(page, '.archive-years > li')).toBeGreaterThan(0.9);
    await page.context().close();
  });
});

describe('订阅 is for subscribers', () => {
  test.each(['/communities/qingsongli/', '/honors/'])('on %s the 订阅 link comes after the content, as quiet text', async (path) => {
    const page = await open(path);
    const found = await page.evaluate(() => {
      const link = [...document.querySelectorAll('main a')].find((a) => a.textContent?.includes('订阅')) as HTMLElement;
      const links = [...document.querySelectorAll('main a')];
      const style = getComputedStyle(link);
      const body = Number.parseFloat(getComputedStyle(document.body).fontSize);
      const h1 = document.querySelector('h1') as HTMLElement;
      return {
        linksAfter: links.length - 1 - links.indexOf(link),
        belowTitle: link.getBoundingClientRect().top - h1.getBoundingClientRect().bottom,
        border: style.borderTopWidth,
        background: style.backgroundColor,
        smaller: Number.parseFloat(style.fontSize) < body,
      };
    });
    expect(found.linksAfter).toBe(0);
    expect(found.belowTitle).toBeGreaterThan(PHONE.height);
    expect([found.border, found.background, found.smaller]).toEqual(['0px', 'rgba(0, 0, 0, 0)', true]);
    await page.context().close();
  });
});

describe('the 红榜 index', () => {
  test('a year jump near the top links to every year, at 特大 on a phone', async () => {
    const page = await open('/honors/', 'xlarge');
    const jump = page.getByRole('navigation', { name: '按年份查看' });
    const links = jump.getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toEqual(['/honors/2025/', '/honors/2024/', '/honors/2023/', '/honors/2022/']);
    const last = await links.last().boundingBox();
    expect(last && last.y + last.height).toBeLessThan(PHONE.height * 1.5);
    await links.nth(1).click();
    expect(new URL(page.url()).pathname).toBe('/honors/2024/');
    await page.context().close();
  });

  test('older years are folded, the newest open, and a folded year opens without JavaScript', async () => {
    const { page } = await pageWith(browserOf(), mode('xlarge'), PHONE);
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${base}/honors/`);
    const folds = page.locator('main details');
    expect(await folds.evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open))).toEqual([true, false, false, false]);
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    expect(screens).toBeLessThan(8); // 27 screens before: the newest year as cards, the others open
    const older = folds.nth(2);
    await expect(older.getByRole('link').first().isVisible()).resolves.toBe(false);
    await older.locator('summary').click();
    await expect(older.getByRole('link').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('the home page', () => {
  test('no headline appears in two blocks', async () => {
    const page = await open('/');
    const hrefs = await page
      .locator('main a[href^="/news/"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname).filter((p) => /^\/news\/[^/]*[a-z][^/]*\/$/.test(p)));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h, i) => hrefs.indexOf(h) !== i)).toEqual([]);
    await page.context().close();
  });

  test.each(['standard', 'large', 'xlarge'])("on a desktop (1280×800) the 头条's headline is on the first screen at %s", async (modeName) => {
    const page = await open('/', modeName, DESKTOP);
    const box = await page.locator('.lead-title').boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(DESKTOP.height);
    await page.context().close();
  });
});

describe('pages that use a desktop’s width', () => {
  test('an honoree page spreads across the screen', async () => {
    const page = await open('/honors/2024/tang-zhiqiang/', 'standard', DESKTOP);
    expect(await reach(page, '.honor-page .prose')).toBeGreaterThan(0.9);
    await page.context().close();
  });

  test('/topics/ fills the width, and each count sits inside its topic', async () => {
    const page = await open('/topics/', 'standard', DESKTOP);
    expect(await reach(page, '.topic-list li')).toBeGreaterThan(0.9);
    const loose = await page.locator('.topic-list li').evaluateAll((lis) =>
      lis
        .filter((li) => {
          const link = li.querySelector('a')?.getBoundingClientRect();
          const count = [...li.querySelectorAll('*')].find((el) => /^\d+篇$/.test(el.textContent?.trim() ?? ''))?.getBoundingClientRect();
          return !link || !count || count.left < link.left || count.right > link.right || count.top < link.top || count.bottom > link.bottom;
        })
        .map((li) => li.textContent),
    );
    expect(loose).toEqual([]);
    await page.context().close();
  });
});

describe('the 404 page', () => {
  test('offers the search box and the main sections', async () => {
    const page = await open('/news/no-such-article/');
    const main = page.locator('main');
    for (const name of ['新闻', '社区', '专题', '红榜', '归档']) await expect(main.getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
    await main.getByRole('search').getByRole('searchbox').fill('食堂');
    await main.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('食堂');
    await page.context().close();
  });
});

describe('axe', () => {
  test.each([
    ['/news/1/', 'standard'],
    ['/archive/', 'high contrast, xlarge'],
    ['/honors/', 'high contrast, xlarge'],
    ['/honors/', 'standard'],
    ['/topics/', 'high contrast'],
    ['/news/no-such-article/', 'xlarge'],
  ])('%s in %s has no WCAG 2.2 AA violation', async (path, modeName) => {
    const { page } = await pageWith(browserOf(), mode(modeName), PHONE, true);
    await page.goto(base + path);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
