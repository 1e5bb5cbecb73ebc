/** A district of sites: the manifest, a member's feed as the portal reads it, the portal's model and feed, the config file, base paths. */
import { describe, expect, test } from 'vitest';
import { readManifest, siteManifest, type ArticleFacts, type ManifestInput } from '../../src/lib/district/manifest.ts';
import { readMemberFeed, type FeedItem } from '../../src/lib/district/member-feed.ts';
import { portalModel, uniqueStories, type MemberData, type PortalArticle } from '../../src/lib/district/portal-model.ts';
import { portalFeed } from '../../src/lib/district/portal-feed.ts';
import { parseSiteOverrides } from '../../src/lib/district/config.ts';
import { unbased } from '../../src/lib/site/urls.ts';
import { findBrokenLinks } from '../../src/lib/links/check.ts';
import { validateRss } from '../../src/lib/feeds/rss-validate.ts';
import { memberIndex, searchScriptSources } from '../../src/lib/search/sources.ts';
import { districtReport } from '../../scripts/lib/bench/district.ts';

const URL_A = 'https://qu.example.cn/minghu/';
const article = (slug: string, at: string, title = `标题${slug}`): ArticleFacts => ({
  title,
  url: `${URL_A}news/${slug}/`,
  publishedAt: new Date(at),
  summary: '摘要',
  topics: ['通知公告'],
});
const input = (over: Partial<ManifestInput> = {}): ManifestInput => ({
  name: '明湖街道新闻',
  level: 'street',
  parent: '松鹤区',
  url: URL_A,
  builtAt: new Date('2026-12-06T02:00:00Z'),
  counts: { news: 2, communities: 1, honors: 0 },
  lead: article('a', '2026-12-01T01:00:00Z'),
  news: [article('a', '2026-12-01T01:00:00Z'), article('b', '2026-11-01T01:00:00Z')],
  notices: [],
  feed: `${URL_A}rss.xml`,
  searchIndex: `${URL_A}pagefind/`,
  pagefindVersion: '1.6.0',
  ...over,
});

describe('the site manifest', () => {
  test('is versioned, checked when written, and read back whole', () => {
    const manifest = siteManifest(input());
    expect(manifest).toMatchObject({ format: 'shequ-site-manifest', version: 1, level: 'street', search: { shards: `${URL_A}pagefind/shards.json` } });
    expect(readManifest(JSON.parse(JSON.stringify(manifest)))).toEqual({ manifest });
  });

  test('a member cannot publish one a portal would refuse', () => {
    expect(() => siteManifest(input({ url: 'https://qu.example.cn/minghu' }))).toThrow(/ends with \//);
  });

  test('what the portal refuses is named by field', () => {
    const bad = { ...siteManifest(input()), level: 'city', version: 2, news: [{ title: '' }] };
    const read = readManifest(bad);
    expect('problems' in read && read.problems.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining(['version', 'level', 'news.0.title', 'news.0.url']));
    expect(readManifest('<html>')).toMatchObject({ problems: [expect.stringMatching(/^\(root\)/)] });
  });
});

const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>${URL_A}</link>${items}</channel></rss>`;
const item = (link: string, date = 'Tue, 01 Dec 2026 09:00:00 +0800', title = '标题') =>
  `<item><title>${title}</title><link>${link}</link><guid isPermaLink="true">${link}</guid><description>a &amp;lt; b</description>` +
  `<pubDate>${date}</pubDate><category>通知公告</category><dc:creator>张三</dc:creator></item>`;

describe("a member's feed", () => {
  test('gives its items newest first with their own GUIDs', () => {
    const read = readMemberFeed(rss(item(`${URL_A}news/old/`, 'Sun, 01 Nov 2026 09:00:00 +0800') + item(`${URL_A}news/new/`)));
    expect('items' in read && read.items.map((i) => [i.guid, i.categories, i.creators, i.description])).toEqual([
      [`${URL_A}news/new/`, ['通知公告'], ['张三'], 'a &lt; b'],
      [`${URL_A}news/old/`, ['通知公告'], ['张三'], 'a &lt; b'],
    ]);
  });

  test.each([
    ['an HTML page', '<html><body>502</body></html>', /not an RSS 2.0 feed/],
    ['an item without a date', rss(item(`${URL_A}news/x/`, 'soon')), /item 1: pubDate/],
    ['an item with a relative link', rss(item('/news/x/')), /item 1: link/],
  ])('refuses %s', (_, xml, problem) => {
    const read = readMemberFeed(xml);
    expect('problems' in read && read.problems.join('\n')).toMatch(problem);
  });
});

const NOW = new Date('2026-12-06T02:00:00Z');
const feedItem = (slug: string, at: string, title = `标题${slug}`): FeedItem => ({
  title,
  link: `${URL_A}news/${slug}/`,
  guid: `${URL_A}news/${slug}/`,
  guidIsPermaLink: true,
  publishedAt: new Date(at),
  description: '摘要',
  categories: [],
  creators: [],
});
const data = (over: Partial<MemberData> = {}): MemberData => ({
  member: { id: 'minghu', name: '明湖街道', level: 'street', url: URL_A },
  manifest: siteManifest(input()),
  items: [feedItem('a', '2026-12-01T01:00:00Z'), feedItem('b', '2026-11-01T01:00:00Z')],
  fetchedAt: NOW.toISOString(),
  problems: [],
  ...over,
});

describe('the portal model', () => {
  test('never shows an article dated after now, from a member whose clock runs ahead', () => {
    const ahead = data({
      items: [feedItem('future', '2026-12-31T01:00:00Z'), feedItem('a', '2026-12-01T01:00:00Z')],
      manifest: siteManifest(input({ lead: article('future', '2026-12-31T01:00:00Z') })),
    });
    const model = portalModel([ahead], NOW);
    expect(model.feed.map((a) => a.url)).toEqual([`${URL_A}news/a/`]);
    expect(model.leads.map((a) => a.url)).toEqual([`${URL_A}news/a/`]);
    expect(portalModel([ahead], new Date('2027-01-01T00:00:00Z')).leads.map((a) => a.url)).toEqual([`${URL_A}news/future/`]);
  });

  test('a story two members carry is listed once, under the member that published it first', () => {
    const other = { id: 'yinxing', name: '银杏街道', level: 'street' as const, url: 'https://qu.example.cn/yinxing/' };
    const shared = { ...feedItem('a', '2026-12-01T03:00:00Z'), link: `${other.url}news/a-copy/`, guid: `${other.url}news/a-copy/`, title: '标题a' };
    const model = portalModel([data(), data({ member: other, manifest: undefined, items: [shared] })], NOW);
    expect(model.feed.filter((a) => a.title === '标题a').map((a) => a.memberName)).toEqual(['明湖街道']);
  });

  test('a member with problems is marked stale, with the time of the copy shown', () => {
    const [view] = portalModel([data({ problems: ['HTTP 503'], fetchedAt: '2026-12-01T00:00:00.000Z' })], NOW).members;
    expect(view).toMatchObject({ stale: true, fetchedAt: '2026-12-01T00:00:00.000Z' });
  });

  test('uniqueStories keeps the newest first', () => {
    const a = (url: string, at: string): PortalArticle => ({ ...feedItem('x', at), url, guid: url, memberId: 'm', memberName: 'm', title: url });
    expect(uniqueStories([a('1', '2026-01-01T00:00:00Z'), a('2', '2026-02-01T00:00:00Z'), a('2', '2026-02-01T00:00:00Z')]).map((x) => x.url)).toEqual([
      '2',
      '1',
    ]);
  });
});

test('the portal feed is valid RSS with the members’ GUIDs and a <source> for each item', () => {
  const model = portalModel([data()], NOW);
  const xml = portalFeed(
    { title: '全区新闻', description: 'd', link: 'https://qu.example.cn/', self: 'https://qu.example.cn/rss.xml' },
    model.feed,
    () => `${URL_A}rss.xml`,
  );
  expect(validateRss(xml, 'https://qu.example.cn/rss.xml').problems).toEqual([]);
  expect(xml).toContain(`<guid isPermaLink="true">${URL_A}news/a/</guid>`);
  expect(xml).toContain(`<source url="${URL_A}rss.xml">明湖街道</source>`);
});

describe('SITE_CONFIG', () => {
  test('names the file and each bad field', () => {
    const text = JSON.stringify({ url: 'https://qu.example.cn/minghu', member: { level: 'city' }, colour: 'red', district: { members: [] } });
    expect(() => parseSiteOverrides(text, 'm.json')).toThrow(/m\.json:[\s\S]*url: ends with \/[\s\S]*member\.level[\s\S]*district\.members/);
    expect(() => parseSiteOverrides('{', 'm.json')).toThrow(/m\.json: not JSON/);
  });

  test('refuses two members with one id', () => {
    const m = { id: 'a', name: 'A', level: 'street', url: 'https://a.example.cn/' };
    expect(() => parseSiteOverrides(JSON.stringify({ district: { members: [m, m] } }), 'p.json')).toThrow(/district\.members\.1\.id: a appears twice/);
  });
});

describe('a site under a base path', () => {
  test('unbased takes the path off, and leaves other sites on the host alone', () => {
    expect(unbased('/minghu/news/a/', '/minghu/')).toBe('/news/a/');
    expect(unbased('/minghu', '/minghu/')).toBe('/');
    expect(unbased('/yinxing/news/a/', '/minghu/')).toBeUndefined();
  });

  test('the link check finds a page by its based address, and a link that drops the base is not ours', () => {
    const files = new Set(['index.html', 'news/a/index.html']);
    const refs = new Map([['index.html', { refs: ['/minghu/news/a/', '/minghu/news/b/', 'news/a/', '/yinxing/news/z/'], anchors: new Set<string>() }]]);
    expect(findBrokenLinks(refs, files, URL_A).map((b) => b.target)).toEqual(['/minghu/news/b/']);
  });

  test('a portal reads a member’s index from its folder, resolving results against its origin', () => {
    const source = memberIndex(URL_A, '明湖街道');
    expect(source).toEqual({ index: `${URL_A}pagefind/`, baseUrl: 'https://qu.example.cn', member: '明湖街道' });
    expect(searchScriptSources([source], new URL('https://portal.example.cn/'))).toEqual(["'self'", "'wasm-unsafe-eval'", 'https://qu.example.cn']);
    expect(searchScriptSources([source], new URL('https://qu.example.cn/'))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});

test('the district report names the most members searched within 1 s', () => {
  const row = (members: number, mergedP90: number) => ({
    label: `${members}`,
    members,
    buildS: 2,
    firstP50: 1,
    firstP90: 1,
    mergedP50: 1,
    mergedP90,
    firstQueryKb: 1,
    firstQueryRequests: 1,
  });
  const report = districtReport(
    { total: 100, members: 10, parallel: 1, single: false, out: '', keep: false },
    10,
    [{ id: 'm01', articles: 10, wallS: 5, peakRssMb: 100 }],
    5,
    [row(1, 200), row(5, 900), row(10, 1400)],
    undefined,
  );
  expect(report).toContain('most members with merged results within 1 s (p90): 5');
});
