/**
 * Debian's Chromium driven by playwright-core (no downloaded browser), with
 * every page watched for console errors, uncaught exceptions and CSP violations:
 * for the browser tests, the search benchmark and the screenshots.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { readEnv } from '../../../src/env.ts';

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: readEnv().chromiumPath, args: FLAGS, headless: true });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: () => Promise<string[]>;
}

/** A page in a fresh context whose errors and CSP violations are collected (`bypassCSP` only to inject test tools like axe). */
export async function watchedPage(browser: Browser, viewport = { width: 390, height: 844 }, options: { bypassCSP?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  const page = await context.newPage();
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const problems = async () => {
    const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
    return [...seen, ...csp.map((c) => `csp: ${c}`)];
  };
  return { page, problems };
}
