/** The reader's modes the browser tests cover, and pages opened as if a reader had chosen one earlier. */
import type { Browser } from 'playwright-core';
import { PREFS_KEY, serializePrefs, type ReadingPrefs } from '../../../src/lib/reader/reading-prefs.ts';
import { watchedPage, type WatchedPage } from './chromium.ts';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 768 };

/** One page of each type a reader meets, by a short name. */
export const PAGE_TYPES = [
  ['home', '/'],
  ['news', '/news/'],
  ['community', '/communities/qingsongli/'],
  ['topic', '/topics/hongxin-shitang/'],
  ['article', '/news/qingsongli-yinling-zhijia/'],
  ['honors-year', '/honors/2024/'],
  ['honoree', '/honors/2024/tang-zhiqiang/'],
  ['feeds', '/feeds/'],
] as const;

export const MODES: [string, ReadingPrefs][] = [
  ['standard', { size: 'standard', contrast: 'normal' }],
  ['large', { size: 'large', contrast: 'normal' }],
  ['xlarge', { size: 'xlarge', contrast: 'normal' }],
  ['high contrast', { size: 'standard', contrast: 'high' }],
  ['high contrast, xlarge', { size: 'xlarge', contrast: 'high' }],
];

/** A page whose stored reading prefs are `prefs`, as if chosen on an earlier visit; in the system's `colorScheme` when given. */
export async function pageWith(
  browser: Browser,
  prefs: ReadingPrefs,
  viewport = PHONE,
  bypassCSP = false,
  colorScheme?: 'light' | 'dark',
): Promise<WatchedPage> {
  const watched = await watchedPage(browser, viewport, { bypassCSP });
  if (colorScheme) await watched.page.emulateMedia({ colorScheme });
  await watched.page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [PREFS_KEY, serializePrefs(prefs)] as const,
  );
  return watched;
}
