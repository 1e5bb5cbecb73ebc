/** Runs a query on the built site's search page, as a reader would, and reads the result links. */
import type { Page } from 'playwright-core';

export interface QueryRun {
  urls: string[];
  /** Milliseconds from the query call (typing finished) to results on screen. */
  ms: number;
}

export async function runQuery(page: Page, base: string, query: string): Promise<QueryRun> {
  if (!page.url().includes('/search/')) await page.goto(`${base}/search/`);
  const box = page.getByRole('searchbox', { name: '搜索本站' });
  await box.fill('');
  await page.waitForFunction(() => !document.querySelector('[data-search-status]')?.textContent);
  const start = Date.now();
  await box.fill(query);
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      const shown = document.querySelectorAll('[data-search-results] li').length;
      return status.startsWith('没有找到') || (status.startsWith('找到') && shown > 0);
    },
    null,
    { timeout: 15_000 },
  );
  const ms = Date.now() - start;
  const urls = await page.locator('[data-search-results] li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return { urls, ms };
}
