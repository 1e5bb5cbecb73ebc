/**
 * The home page in the order a resident meets it: on a phone the 便民服务 phones
 * come right after the 通知公告 (they were last, ~7000 px down at 特大), while a
 * desktop keeps them at the foot of its side column; and the 头条 is this month's news.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { chinaDaysBetween, parseChinaTime } from '../../src/lib/china-time.ts';
import { SITE } from '../../src/site.config.ts';
import { SITE_NOW } from '../../scripts/lib/run-build.ts';
import { DESKTOP, MODES, PHONE, pageWith } from '../../scripts/lib/browser/reading-modes.ts';
import { useBrowser } from './support/browser.ts';

const base = inject('baseUrl');
const browserOf = useBrowser();

/** Page boxes (document coordinates) of the home page's sections, by their headings' text. */
async function sections(page: Page): Promise<Record<string, { top: number; bottom: number; left: number }>> {
  return page.locator('.home > *').evaluateAll((els) =>
    Object.fromEntries(
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return [el.querySelector('h2')?.textContent?.trim() ?? '', { top: box.top + scrollY, bottom: box.bottom + scrollY, left: box.left }];
      }),
    ),
  );
}

describe('the home page on a phone', () => {
  test.each(MODES.filter(([name]) => ['standard', 'xlarge', 'high contrast'].includes(name)))(
    'at %s, 便民服务 comes right after 通知公告, before the latest news',
    async (_name, prefs) => {
      const { page } = await pageWith(browserOf(), prefs, PHONE);
      await page.goto(`${base}/`);
      const s = await sections(page);
      const [notices, services, latest] = [s['通知公告'], s['便民服务'], s['最新新闻']];
      expect(notices && services && latest, Object.keys(s).join(' / ')).toBeTruthy();
      expect(services!.top).toBeGreaterThanOrEqual(notices!.bottom);
      expect(services!.bottom).toBeLessThanOrEqual(latest!.top);
      await page.context().close();
    },
  );
});

describe('the home page on a desktop', () => {
  test('便民服务 stays at the foot of the side column, under 通知公告 and the 红榜', async () => {
    const { page } = await pageWith(browserOf(), MODES[0]![1], DESKTOP);
    await page.goto(`${base}/`);
    const s = await sections(page);
    const honors = Object.entries(s).find(([heading]) => heading.endsWith('红榜'))?.[1];
    const [notices, services, latest] = [s['通知公告'], s['便民服务'], s['最新新闻']];
    expect(honors && notices && services && latest).toBeTruthy();
    expect(services!.left).toBeGreaterThan(latest!.left + DESKTOP.width / 3);
    expect(services!.left).toBe(notices!.left);
    expect(services!.top).toBeGreaterThanOrEqual(honors!.bottom);
    await page.context().close();
  });

  test('a 头条 without a photo (this week’s sample lead has none) spans the main column, not three fifths of it', async () => {
    const { page } = await pageWith(browserOf(), MODES[0]![1], DESKTOP);
    await page.goto(`${base}/`);
    await expect(page.locator('.lead-story .lead-photo').count()).resolves.toBe(0);
    const [text, column] = await Promise.all([page.locator('.lead-story .lead-text').boundingBox(), page.locator('.home-lead').boundingBox()]);
    expect(text?.width ?? 0).toBeGreaterThan((column?.width ?? 0) * 0.95);
    await page.context().close();
  });

  test(`the 头条 went live within the last ${SITE.homeLeadDays} days`, async () => {
    const { page } = await pageWith(browserOf(), MODES[0]![1], DESKTOP);
    await page.goto(`${base}/`);
    const datetime = await page.locator('.lead-story time').first().getAttribute('datetime');
    const [when, now] = [parseChinaTime(datetime ?? ''), parseChinaTime(SITE_NOW)];
    expect(when, `the 头条's date ${datetime}`).not.toBeNull();
    expect(chinaDaysBetween(when ?? new Date(0), now ?? new Date(0))).toBeLessThanOrEqual(SITE.homeLeadDays);
    await page.context().close();
  });
});
