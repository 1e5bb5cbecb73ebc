/**
 * The weight budgets the portal design must keep (issue #15): CSS a page loads
 * ≤ 13 KB raw (12 KB until #26 put the inspection's marks in every footer), the median article ≤ 11.0 KB of HTML, the home page ≤ 40 KB
 * over the wire from nginx (gzip on), images and all.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { pageAssets } from '../../scripts/lib/bench/html-assets.ts';
import { useBrowser } from './support/browser.ts';

const dist = realpathSync(inject('distDir'));
const base = inject('baseUrl');
const KB = 1024;
const browser = useBrowser();

const articles = readdirSync(join(dist, 'news'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name))
  .map((d) => join('news', d.name, 'index.html'));
// Print-only sheets (the 红榜 poster's, media="print") are fetched without blocking the screen: not part of the budget.
const printSheets = (html: string) =>
  new Set(
    [...html.matchAll(/<link\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => /media="print"/.test(tag))
      .map((tag) => /href="([^"]+)"/.exec(tag)?.[1]),
  );
const cssBytes = (html: string) => {
  const print = printSheets(html);
  return pageAssets(html)
    .stylesheets.filter((href) => !print.has(href))
    .reduce((sum, href) => sum + statSync(join(dist, href)).size, 0);
};

describe('page weight', () => {
  test('no page type loads more than 13 KB of CSS', () => {
    const pages = [
      'index.html',
      'news/index.html',
      'communities/qingsongli/index.html',
      'topics/hongxin-shitang/index.html',
      'honors/2025/index.html',
      'honors/2024/tang-zhiqiang/index.html',
      'feeds/index.html',
      'search/index.html',
      ...articles,
    ];
    const heavy = pages.map((p) => [p, cssBytes(readFileSync(join(dist, p), 'utf8'))] as const).filter(([, bytes]) => bytes > 13 * KB);
    expect(heavy).toEqual([]);
  });

  test('the median article is at most 11.0 KB of HTML', () => {
    const sizes = articles.map((f) => statSync(join(dist, f)).size).sort((a, b) => a - b);
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(11 * KB);
  });

  test('the home page is at most 40 KB transferred, images included', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
    });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    expect(bytes).toBeGreaterThan(5 * KB);
    expect(bytes).toBeLessThanOrEqual(40 * KB);
    await context.close();
  });
});
