import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { MODES, pageWith } from '../../scripts/lib/browser/reading-modes.ts';

const base = inject('baseUrl');
/** A 停水 notice: phones, time ranges and a 落款, the body a resident most needs to act on. */
const NOTICE = '/news/qingsongli-tingshui-tongzhi/';
const browserOf = useBrowser();

/** The line boxes `text` takes in the article body (`.prose`, not the dates above it), measured on the text itself (so with or without markup around it). */
function linesOf(page: Page, text: string): Promise<{ left: number; right: number; top: number }[]> {
  return page.evaluate((wanted) => {
    // Every article page has its body in .prose (ArticleLayout.astro).
    const walker = document.createTreeWalker(document.querySelector('.prose')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rows = new Map<number, { left: number; right: number; top: number }>();
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const row = rows.get(Math.round(r.top));
        rows.set(Math.round(r.top), { left: Math.min(row?.left ?? r.left, r.left), right: Math.max(row?.right ?? r.right, r.right), top: r.top });
      }
      return [...rows.values()];
    }
    throw new Error(`not in the article body: ${wanted}`);
  }, text);
}

const XLARGE = MODES.find(([name]) => name === 'xlarge')![1]; // MODES lists xlarge: a fixed table in reading-modes.ts

describe('the body of a 停水 notice on a 390 px phone at 特大', () => {
  test('the community office’s phone is a tap-to-call link on one line', async () => {
    const { page, problems } = await pageWith(browserOf(), XLARGE);
    await page.goto(base + NOTICE);
    const phone = page.locator('.prose').getByRole('link', { name: '0531-8888 1234' });
    expect(await phone.getAttribute('href')).toBe('tel:053188881234');
    expect(await linesOf(page, '0531-8888 1234')).toHaveLength(1);
    expect(await page.locator('.prose').getByRole('link', { name: '0531-8888 6110' }).getAttribute('href')).toBe('tel:053188886110');
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  test('every time range reads on one line', async () => {
    const { page } = await pageWith(browserOf(), XLARGE);
    await page.goto(base + NOTICE);
    for (const range of ['8:00至18:00', '8:00—18:00', '8:30—17:30']) {
      expect(await linesOf(page, range), range).toHaveLength(1);
    }
    await page.context().close();
  });

  test('the 落款 and its date sit on the right, the text above on the left', async () => {
    const { page } = await pageWith(browserOf(), XLARGE);
    await page.goto(base + NOTICE);
    const box = (await page.locator('.prose p').last().boundingBox())!; // the notice ends with its 落款
    for (const line of ['青松里社区居民委员会', '2026年11月18日']) {
      const [row = { left: Number.NaN, right: Number.NaN }] = await linesOf(page, line);
      expect(Math.abs(box.x + box.width - row.right), line).toBeLessThan(2);
      expect(row.left - box.x, line).toBeGreaterThan(40);
    }
    const [opening = { left: Number.NaN }] = await linesOf(page, '因青松路供水管网改造施工');
    expect(Math.abs(opening.left - box.x)).toBeLessThan(2);
    await page.context().close();
  });
});
