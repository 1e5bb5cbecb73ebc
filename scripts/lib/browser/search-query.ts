/** Runs a query on the built site's search page, as a reader would, and reads the result links. */
import type { Page } from 'playwright-core';
import { t } from '../../../src/i18n/zh-CN.ts';

export interface QueryRun {
  urls: string[];
  /** Milliseconds from the last input event to the frame with the final results (every index shard searched). */
  ms: number;
  /** Milliseconds to the frame with the first results: on a sharded index, the newest shard's answer (same as `ms` otherwise). */
  shownMs: number;
}

/** The final results are on screen (for `page.waitForFunction`): every shard has answered. */
export const FINAL = () => document.querySelector<HTMLElement>('[data-search-status]')?.dataset['final'] === 'true';

/** Pause between words typed with an input method: each word is committed at once, as an IME does. */
const WORD_PAUSE_MS = 250;

/**
 * Types `query` into the search box as a resident with an input method does
 * (word by word, a pause between) and times, inside the page, from the last
 * input event to the frame after which the results for the whole query are on
 * screen: first (the newest shard's answer on a sharded index) and final.
 */
export async function runQuery(page: Page, base: string, query: string, timeout = 15_000): Promise<QueryRun> {
  if (!page.url().includes('/search/')) await page.goto(`${base}/search/`);
  const box = page.getByRole('searchbox', { name: t('search.label') });
  await box.fill('');
  await page.waitForFunction(() => !document.querySelector('[data-search-status]')?.textContent);
  await page.evaluate((q) => {
    const w = window as unknown as { __typed?: number; __shown?: number; __final?: number };
    delete w.__typed;
    delete w.__shown;
    delete w.__final;
    const box = document.querySelector<HTMLInputElement>('main input[name="q"]');
    box?.addEventListener(
      'input',
      (e) => {
        w.__typed = e.timeStamp;
        // The page's marks (`search/run.ts`) then describe the answer to the whole query, not to its first word.
        performance.clearMarks();
        delete w.__shown;
        delete w.__final;
      },
      { capture: true },
    );
    const status = document.querySelector<HTMLElement>('[data-search-status]');
    const list = document.querySelector<HTMLElement>('[data-search-results]');
    const observer = new MutationObserver(() => {
      if (box?.value !== q || list?.dataset['query'] !== q) return;
      if (w.__shown === undefined) requestAnimationFrame(() => (w.__shown ??= performance.now()));
      if (status?.dataset['final'] === 'true' && w.__final === undefined) {
        requestAnimationFrame(() => (w.__final ??= performance.now()));
        observer.disconnect();
      }
    });
    observer.observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, query);
  await box.focus();
  const words = query.split(' ');
  for (const [i, word] of words.entries()) {
    if (i > 0) await page.waitForTimeout(WORD_PAUSE_MS);
    await page.keyboard.insertText(i < words.length - 1 ? `${word} ` : word);
  }
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __shown?: number; __final?: number };
      return w.__shown !== undefined && w.__final !== undefined;
    },
    null,
    { timeout, polling: 'raf' },
  );
  const { shownMs, ms } = await page.evaluate(() => {
    const w = window as unknown as { __typed: number; __shown: number; __final: number };
    return { shownMs: Math.round(w.__shown - w.__typed), ms: Math.round(w.__final - w.__typed) };
  });
  const urls = await page.locator('[data-search-results] li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return { urls, ms, shownMs };
}

/**
 * Asks for the earliest years of a city-size site (the 查找更早的新闻 button under the results) and
 * times from the click to the longer list on screen; undefined when the page offers no such button.
 */
export async function askForOlder(page: Page, timeout = 15_000): Promise<number | undefined> {
  const button = page.locator('[data-search-older]');
  if (await button.isHidden()) return undefined;
  const start = Date.now();
  await button.click();
  await page.waitForFunction(FINAL, null, { timeout, polling: 'raf' });
  return Date.now() - start;
}
