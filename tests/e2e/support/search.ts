/** Runs a query on the built site's search page, as a reader would, and reads the result links. */
import type { Page } from 'playwright-core';

export interface QueryRun {
  urls: string[];
  /** Milliseconds from the query call (typing finished) to the final results on screen (every index shard searched). */
  ms: number;
  /** Milliseconds to the first results on screen: on a sharded index, the newest shards' answer (same as `ms` otherwise). */
  shownMs: number;
}

/** The final results are on screen (for `page.waitForFunction`): a count with its list, or the no-results message. */
export const FINAL = () => {
  const status = document.querySelector('[data-search-status]')?.textContent ?? '';
  const shown = document.querySelectorAll('[data-search-results] li').length;
  return status.startsWith('没有找到') || (status.startsWith('找到') && shown > 0);
};

export async function runQuery(page: Page, base: string, query: string): Promise<QueryRun> {
  if (!page.url().includes('/search/')) await page.goto(`${base}/search/`);
  const box = page.getByRole('searchbox', { name: '搜索本站' });
  await box.fill('');
  await page.waitForFunction(() => !document.querySelector('[data-search-status]')?.textContent);
  const start = Date.now();
  await box.fill(query);
  await page.waitForFunction(
    () => document.querySelectorAll('[data-search-results] li').length > 0 || (document.querySelector('[data-search-status]')?.textContent ?? '').startsWith('没有找到'),
    null,
    { timeout: 15_000, polling: 'raf' },
  );
  const shownMs = Date.now() - start;
  await page.waitForFunction(FINAL, null, { timeout: 15_000, polling: 'raf' });
  const ms = Date.now() - start;
  const urls = await page.locator('[data-search-results] li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return { urls, ms, shownMs };
}
