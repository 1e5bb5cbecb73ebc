/**
 * A district of sites (docs/district.md): three member sites built here from the sample split by
 * community, each with its own address (two under paths of one nginx with deploy/nginx/district.conf,
 * one on a port of its own with deploy/nginx/shequ.conf), and a portal built from their URLs only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runBuild, SITE_NOW, tempDir, listTree } from '../support/build.ts';
import { useBrowser, watchedPage } from './support/browser.ts';
import { freePort, loopbackDistrictConfig, loopbackSiteConfig, startNginx } from '../../scripts/lib/browser/nginx.ts';
import type { RunningServer } from '../../scripts/lib/browser/static-server.ts';
import { splitContent, type MemberShare } from '../../scripts/lib/district/split-content.ts';
import { runPortal } from '../../scripts/lib/portal/run-portal.ts';
import { FINAL } from '../../scripts/lib/browser/search-query.ts';
import { readMemberFeed } from '../../src/lib/district/member-feed.ts';
import { validateRss } from '../../src/lib/feeds/rss-validate.ts';
import type { PortalMember } from '../../src/lib/district/config.ts';

interface Member extends PortalMember {
  share: MemberShare;
  /** A word only this member's articles hold, and one of those articles. */
  word: string;
  article: string;
}

const browser = useBrowser();
const servers: RunningServer[] = [];
let root: string;
let portalUrl: string;
let members: Member[];
let portalOutput: string;

beforeAll(async () => {
  root = tempDir('district');
  const [byPath, ownPort] = [await freePort(), await freePort()];
  portalUrl = `http://127.0.0.1:${byPath}/`;
  members = [
    {
      id: 'minghu',
      name: '明湖街道',
      level: 'street',
      url: `${portalUrl}minghu/`,
      share: { communities: ['minghu', 'qingsongli'] },
      word: '银龄之家',
      article: 'news/qingsongli-yinling-zhijia/',
    },
    {
      id: 'yinxing',
      name: '银杏街道',
      level: 'street',
      url: `${portalUrl}yinxing/`,
      share: { communities: ['yinxingyuan', 'luojiapo', 'haitangwan'] },
      word: '重阳',
      article: 'news/luojiapo-chongyang-jinglao/',
    },
    {
      id: 'yuhuangyuan',
      name: '玉皇苑社区',
      level: 'community',
      url: `http://127.0.0.1:${ownPort}/`,
      share: { communities: ['yuhuangyuan'], unassigned: true },
      word: '消防',
      article: 'news/yuhuangyuan-dongji-xiaofang-jiancha/',
    },
  ];
  for (const m of members) {
    const dir = join(root, m.id);
    splitContent(join(ROOT, 'content'), join(dir, 'content'), m.share);
    writeFileSync(join(dir, 'site.json'), JSON.stringify({ name: `${m.name}新闻`, url: m.url, member: { level: m.level, parent: '松鹤区' } }));
    const run = runBuild({ SITE_CONFIG: join(dir, 'site.json'), CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), SITE_NOW });
    if (run.status !== 0) throw new Error(`member ${m.id} failed to build:\n${run.output}`);
  }
  const [a, b, c] = members as [Member, Member, Member];
  const paths = [a, b].map((m) => ({ path: m.id, dist: join(root, m.id, 'dist') }));
  servers.push(await startNginx(loopbackDistrictConfig(join(root, 'portal', 'dist'), paths, byPath), byPath));
  servers.push(await startNginx(loopbackSiteConfig(join(root, c.id, 'dist'), ownPort), ownPort));
  const config = members.map(({ id, name, level, url }) => ({ id, name, level, url }));
  const portal = await runPortal(join(root, 'portal'), { name: '松鹤区社区新闻门户', url: portalUrl, members: config }, SITE_NOW);
  portalOutput = portal.output;
  if (portal.status !== 0) throw new Error(`portal failed:\n${portal.output}`);
}, 600_000);

afterAll(async () => {
  for (const s of servers) await s.close();
});

const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), cors: res.headers.get('access-control-allow-origin'), text: await res.text() };
};

describe('member sites under their own addresses', () => {
  test('each serves its pages, manifest and feed under its base path, every link inside it', async () => {
    for (const m of members) {
      const home = await get(m.url);
      expect(home.status, m.url).toBe(200);
      const hrefs = [...home.text.matchAll(/href="(\/[^"]*)"/g)].map((x) => x[1] ?? '');
      expect(hrefs.length).toBeGreaterThan(10);
      expect(hrefs.filter((h) => !h.startsWith(new URL(m.url).pathname))).toEqual([]);
      expect((await get(m.url + m.article)).status).toBe(200);
      const manifest = JSON.parse((await get(`${m.url}site-manifest.json`)).text) as { name: string; url: string; level: string };
      expect(manifest).toMatchObject({ name: `${m.name}新闻`, url: m.url, level: m.level });
    }
  });

  test('a member by path answers its own 404 page; a member on its own domain lets other origins read its index', async () => {
    const [a, , c] = members as [Member, Member, Member];
    const missing = await get(`${a.url}no/such/page/`);
    expect(missing.status).toBe(404);
    expect(missing.text).toContain(`${a.name}新闻`);
    for (const path of ['pagefind/shards.json', 'pagefind/all/pagefind.js']) {
      expect((await get(c.url + path)).cors, path).toBe('*');
      expect((await get(a.url + path)).cors, path).toBe('*');
    }
    expect((await get(`${a.url}rss.xml`)).type).toBe('application/rss+xml; charset=utf-8');
  });
});

describe('the portal, built from the members’ addresses only', () => {
  test('reports every member fresh and copies none of their pages', () => {
    expect(portalOutput).toContain('3 个已更新，0 个沿用上次的数据，0 个暂缺');
    const files = listTree(join(root, 'portal', 'dist'));
    expect(files.filter((f) => f.startsWith('news/'))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'rss.xml', 'feeds.opml', 'search/index.html', ...members.map((m) => `members/${m.id}/index.html`)]),
    );
  });

  test('its home shows each member’s 头条 and newest news with the member’s name, linking to the member’s pages', async () => {
    const home = (await get(portalUrl)).text;
    for (const m of members) {
      expect(home).toContain(`来自${m.name}`);
      expect(home).toContain(`href="${m.url}${m.article}"`);
    }
    const page = (await get(`${portalUrl}members/yinxing/`)).text;
    expect(page).toContain(`href="${members[1]?.url}"`);
    expect(page).not.toContain('数据更新于');
  });

  test('its merged feed validates and holds exactly the members’ published items, with their own GUIDs', async () => {
    const feed = await get(`${portalUrl}rss.xml`);
    expect(feed.type).toBe('application/rss+xml; charset=utf-8');
    expect(validateRss(feed.text, `${portalUrl}rss.xml`).problems).toEqual([]);
    const guids = (xml: string) => {
      const read = readMemberFeed(xml);
      if (!('items' in read)) throw new Error(read.problems.join('\n'));
      return read.items.map((i) => i.guid);
    };
    const theirs = (await Promise.all(members.map(async (m) => guids((await get(`${m.url}rss.xml`)).text)))).flat();
    expect(theirs.length).toBeGreaterThan(10);
    expect(guids(feed.text).sort()).toEqual([...new Set(theirs)].sort());
    expect(feed.text).not.toMatch(/draft-caogao|scheduled-dingshi/);
    const opml = (await get(`${portalUrl}feeds.opml`)).text;
    for (const m of members) expect(opml).toContain(`xmlUrl="${m.url}rss.xml"`);
  });
});

describe('search from the portal', () => {
  let page: Page;
  let problems: () => Promise<string[]>;

  const search = async (query: string): Promise<string[]> => {
    await page.goto(`${portalUrl}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(FINAL, null, { timeout: 30_000 });
    return page.locator('[data-search-results] li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  };

  beforeAll(async () => {
    ({ page, problems } = await watchedPage(browser()));
  });

  test.each([0, 1, 2])('finds an article on member %i and its link opens the member’s own page', async (i) => {
    const m = members[i] as Member;
    const urls = await search(m.word);
    expect(urls).toContain(m.url + m.article);
    await page.locator(`[data-search-results] a[href="${m.url}${m.article}"]`).first().click();
    await page.waitForURL(m.url + m.article);
    expect(await page.locator('h1').first().textContent()).not.toBe('');
    expect(await problems()).toEqual([]);
  });

  test('filters by member: the 站点 list names each, and choosing one keeps only its pages', async () => {
    await search('社区');
    const options = await page.locator('select[data-filter="member"] option').allTextContents();
    expect(options.slice(1).sort()).toEqual(members.map((m) => m.name).sort());
    const [a] = members as [Member];
    await page.goto(`${portalUrl}search/?q=${encodeURIComponent('社区')}&member=${encodeURIComponent(a.name)}`);
    await page.waitForFunction(FINAL, null, { timeout: 30_000 });
    const urls = await page.locator('[data-search-results] li h2 a').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).href));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith(a.url))).toEqual([]);
  });

  test('a member serving a broken index is named, and the others are still searched', async () => {
    const [a, b, c] = members as [Member, Member, Member];
    await page
      .context()
      .route(`${c.url}pagefind/shards.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"shards": oops' }));
    try {
      for (const m of [a, b]) {
        expect(await search(m.word)).toContain(m.url + m.article);
        expect(await page.locator('[data-search-missing]').textContent()).toContain(c.name);
      }
      expect(await search(c.word)).not.toContain(c.url + c.article);
    } finally {
      await page.context().unroute(`${c.url}pagefind/shards.json`);
    }
  });

  test('an article a member removed is gone from the portal’s search as soon as the member republishes', async () => {
    const [a] = members as [Member];
    const dir = join(root, a.id);
    const file = join(dir, 'content/news/2026/qingsongli-yinling-zhijia.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^draft: .*$/m, '').replace(/^---\n/, '---\ndraft: true\n'));
    try {
      const run = runBuild({ SITE_CONFIG: join(dir, 'site.json'), CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), SITE_NOW });
      expect(run.status, run.output).toBe(0);
      expect(await search(a.word)).not.toContain(a.url + a.article);
    } finally {
      writeFileSync(file, text);
      runBuild({ SITE_CONFIG: join(dir, 'site.json'), CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), SITE_NOW });
    }
  });
});
