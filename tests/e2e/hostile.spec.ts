import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateRss } from '../../src/lib/feeds/rss-validate.ts';
import { ROOT, runBuild, tempDir } from '../support/build.ts';
import { useBrowser, watchedPage } from './support/browser.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/browser/static-server.ts';
import { readFileSync, realpathSync } from 'node:fs';

// Content full of attacks, one per kind (tests/fixtures/site-hostile), built by the real pipeline.
const dist = join(tempDir('hostile'), 'dist');
let server: RunningServer;
const browser = useBrowser();

beforeAll(async () => {
  const run = runBuild({ CONTENT_DIR: join(ROOT, 'tests/fixtures/site-hostile'), SITE_NOW: '2026-01-01T00:00:00+08:00', OUT_DIR: dist });
  if (run.status !== 0) throw new Error(run.output);
  server = await serveStatic(dist);
});
afterAll(async () => {
  await server?.close();
});

const PAGES = [
  ['the hostile article', '/news/hostile-article/', '这是正常的社区通知正文'],
  ['the MDX article', '/news/notice-mdx/', '停水时间：明天 8:00 至 12:00。'],
  ['the hostile community', '/communities/evil/', '正常的社区简介'],
  ['the hostile honor entry', '/honors/2024/evil-honor/', '这是正常的表彰事迹'],
  ['the home page', '/', '停水通知'],
  ['the topic page', '/topics/img-src-x-onerror-alert-topic/', '停水通知'],
  ['search for the attacks', `/search/?q=${encodeURIComponent('停水')}`, '停水通知'],
] as const;

describe('hostile content builds to pages that run nothing', () => {
  test.each(PAGES)('%s: no dialog, no foreign request, no payload in the DOM, ordinary text visible, no CSP violation', async (_name, path, text) => {
    const { page, problems } = await watchedPage(browser());
    const dialogs: string[] = [];
    const foreign: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.goto(server.url + path);
    await page.waitForLoadState('networkidle');
    // Search results render after Pagefind's files load, which may be after the network is idle: wait for the text.
    await page.getByText(text).first().waitFor({ state: 'visible', timeout: 15_000 });
    const payloads = await page.evaluate(() => {
      const found: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) {
          const value = el.getAttribute(attr) ?? '';
          if (/^on/i.test(attr)) found.push(`${el.tagName} ${attr}`);
          if (/^(href|src|action|data|formaction)$/i.test(attr) && /^\s*(javascript|vbscript|data):/i.test(value)) found.push(`${el.tagName} ${attr}=${value}`);
        }
        if (/^(OBJECT|EMBED|IFRAME|BASE)$/.test(el.tagName)) found.push(el.tagName);
        if (el.tagName === 'FORM' && el.getAttribute('action') !== '/search/') found.push('FORM');
        if (el.tagName === 'META' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push('META refresh');
        // JSON-LD is data the browser never runs; its text may quote the (escaped) title.
        if (el.tagName === 'SCRIPT' && el.getAttribute('type') !== 'application/ld+json' && /alert\(/.test(el.textContent ?? '')) found.push('SCRIPT alert');
        if (el.tagName === 'STYLE' && /body\s*\{\s*display:\s*none/.test(el.textContent ?? '')) found.push('STYLE from content');
      }
      return found;
    });
    expect(payloads).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  test('every feed of the hostile site carries nothing executable', () => {
    const real = realpathSync(dist);
    for (const file of ['rss.xml', 'communities/evil/rss.xml', 'honors/rss.xml']) {
      const xml = readFileSync(join(real, file), 'utf8');
      expect(validateRss(xml, new URL(file, 'https://shequ.example.cn/').href).problems, file).toEqual([]);
    }
  });
});
