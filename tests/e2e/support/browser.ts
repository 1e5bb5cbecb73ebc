/** One Chromium per browser-test file; the launcher and watched pages are scripts/lib's, shared with the benchmark and screenshots. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../../scripts/lib/browser/chromium.ts';

export { watchedPage, type WatchedPage } from '../../../scripts/lib/browser/chromium.ts';

/** One Chromium for a spec file: launched before its tests, closed after them. Call at the top of the file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is only there inside tests');
    return browser;
  };
}
