import { globSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/check/check-all.ts';
import { parseRfc822, validateRss } from '../../src/lib/feeds/rss-validate.ts';
import { filesIn, readContent } from '../../src/node/content-files.ts';
import { SITE } from '../../src/site.config.ts';
import { checkFeeds } from '../../scripts/lib/build/stages/check-feeds.ts';
import { ROOT } from '../support/build.ts';
import { SITE_NOW } from '../../scripts/lib/run-build.ts';

const dist = realpathSync(inject('distDir'));
const feedFiles = globSync('**/rss.xml', { cwd: dist }).sort();
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const abs = (path: string) => new URL(path, SITE.url).href;

// What each feed should hold, worked out from the content files by content:check's reader, not the site's.
const contentDir = join(ROOT, 'content');
const { content } = checkContent(readContent(contentDir, ROOT), { now: new Date(SITE_NOW), ...filesIn(contentDir) });
const published = content.news
  .filter((n) => n.state === 'published')
  .sort((a, b) => (b.data.publishedAt?.getTime() ?? 0) - (a.data.publishedAt?.getTime() ?? 0) || a.id.localeCompare(b.id));
const expectedLinks = (pick: (n: (typeof published)[number]) => boolean) =>
  published
    .filter(pick)
    .slice(0, SITE.feedSize)
    .map((n) => abs(`/news/${n.id}/`));
const linksOf = (file: string) => validateRss(read(file), abs(file)).items.map((i) => i.link);

describe('every feed', () => {
  test('there is a feed for the site, the honor roll, each community and each topic', () => {
    const topics = new Set(published.flatMap((n) => (n.data.topics ?? []).map((t) => content.topics.resolve(t).slug)));
    expect(feedFiles).toEqual(
      ['rss.xml', 'honors/rss.xml', ...content.communities.map((c) => `communities/${c.id}/rss.xml`), ...[...topics].map((s) => `topics/${s}/rss.xml`)].sort(),
    );
  });

  test.each(feedFiles)('%s meets the RSS 2.0 rules the W3C validator checks', (file) => {
    expect(validateRss(read(file), abs(file)).problems).toEqual([]);
  });

  test.each(feedFiles)('%s is read by a real feed client library', async (file) => {
    const feed = await new Parser().parseString(read(file));
    expect(feed.title).toBeTruthy();
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(item.link).toMatch(/^https:\/\//);
  });
});

describe('what each feed holds', () => {
  test('the site feed holds exactly the newest published articles', () => {
    expect(linksOf('rss.xml')).toEqual(expectedLinks(() => true));
  });

  test.each(content.communities.map((c) => c.id))('the %s feed holds exactly that community’s published articles', (id) => {
    expect(linksOf(`communities/${id}/rss.xml`)).toEqual(expectedLinks((n) => n.data.community === id));
  });

  test('each topic feed holds exactly the published articles of that topic, under its current name too', () => {
    for (const file of feedFiles.filter((f) => f.startsWith('topics/'))) {
      const slug = file.split('/')[1];
      expect(linksOf(file), file).toEqual(expectedLinks((n) => (n.data.topics ?? []).some((t) => content.topics.resolve(t).slug === slug)));
    }
  });

  test('the honor roll feed holds the newest published honor entries, each once', () => {
    // Newest year first, then by URL, as the site model orders them; the sample has more entries than one feed holds.
    const expected = content.honors
      .filter((h) => !h.data.draft)
      .map((h) => ({ year: h.data.year, link: abs(`/honors/${h.data.year}/${h.id}/`) }))
      .sort((a, b) => b.year - a.year || a.link.localeCompare(b.link))
      .slice(0, SITE.feedSize)
      .map((h) => h.link);
    expect(linksOf('honors/rss.xml')).toEqual(expected);
  });

  test('no draft or scheduled article is in any feed', () => {
    const unpublished = content.news.filter((n) => n.state !== 'published').map((n) => n.id);
    expect(unpublished.length).toBeGreaterThan(1);
    for (const file of feedFiles) for (const id of unpublished) expect(read(file), file).not.toContain(id);
  });

  test("an article's feed entry and its page show the same date and time, in China time", () => {
    const items = validateRss(read('rss.xml'), abs('rss.xml')).items;
    for (const item of items) {
      const page = read(`${new URL(item.link).pathname.slice(1)}index.html`);
      const datetime = /<time datetime="([^"]+)">[^<]*\d{2}:\d{2}<\/time>/.exec(page)?.[1];
      expect(item.pubDate?.toISOString(), item.link).toBe(new Date(datetime ?? '').toISOString());
    }
    expect(read('rss.xml')).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0800<\/pubDate>/);
  });

  test('full content is HTML with absolute links and images, authors are dc:creator, never <author>', () => {
    const xml = read('rss.xml');
    expect(xml).toContain('<content:encoded>');
    expect(xml).toContain('src=&quot;https://shequ.example.cn/_astro/');
    expect(xml).not.toMatch(/(?:src|href)=&quot;\//);
    expect(xml).toContain('<dc:creator>');
    expect(xml).not.toContain('<author>');
  });
});

describe('subscribing', () => {
  test('the OPML file lists every feed and only feeds that exist', () => {
    expect(checkFeeds(dist).problems).toEqual([]);
  });

  test.each([
    ['index.html', ['/rss.xml']],
    ['communities/qingsongli/index.html', ['/rss.xml', '/communities/qingsongli/rss.xml']],
    ['topics/hongxin-shitang/index.html', ['/rss.xml', '/topics/hongxin-shitang/rss.xml']],
    ['honors/index.html', ['/rss.xml', '/honors/rss.xml']],
  ])('%s announces its feeds to readers', (page, feeds) => {
    const found = [...read(page).matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)">/g)].map((m) => m[1]);
    expect(found).toEqual(feeds);
  });

  // Every feed the OPML lists (the site's own list of feeds), so a feed without a page cannot slip through.
  // An address's text in full, whatever tags mark where its lines may break.
  const addresses = (html: string) => [...html.matchAll(/<code>(.*?)<\/code>/g)].map((m) => (m[1] ?? '').replace(/<[^>]*>/g, ''));
  const opmlFeeds = [...read('feeds.opml').matchAll(/title="([^"]+)" xmlUrl="([^"]+)"/g)].map((m) => ({ title: m[1] ?? '', url: m[2] ?? '' }));

  test('every feed has a subscribe page with its name and full address', () => {
    expect(opmlFeeds.length).toBe(feedFiles.length);
    const pages = globSync('feeds/*/**/index.html', { cwd: dist });
    expect(pages.length).toBe(feedFiles.length);
    for (const { title, url } of opmlFeeds) {
      const page = pages.map(read).find((html) => addresses(html).includes(url));
      expect(page, url).toBeDefined();
      expect(page).toContain(`<h1>订阅“${title.replace(` - ${SITE.name}`, '')}”</h1>`);
    }
  });

  test('the feeds page lists every feed under 全站, 各社区, 各专题 and 红榜, each address in full', () => {
    const html = read('feeds/index.html');
    const headings = [...html.matchAll(/<h3 id="feeds-[a-z]+">([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual(['全站', '各社区', '各专题', '红榜']);
    for (const { url } of opmlFeeds) expect(addresses(html)).toContain(url);
  });

  test('feeds are named one way everywhere: the channel title, the OPML and the page that announces it', () => {
    const channel = (file: string) => /<channel><title>([^<]+)<\/title>/.exec(read(file))?.[1];
    expect(channel('rss.xml')).toBe(`全站新闻 - ${SITE.name}`);
    expect(channel('communities/qingsongli/rss.xml')).toBe(`青松里社区新闻 - ${SITE.name}`);
    expect(channel('topics/hongxin-shitang/rss.xml')).toBe(`专题：红心食堂 - ${SITE.name}`);
    expect(channel('honors/rss.xml')).toBe(`红榜 - ${SITE.name}`);
    for (const { title, url } of opmlFeeds) expect(channel(new URL(url).pathname.slice(1)), url).toBe(title);
    expect(read('communities/qingsongli/index.html')).toContain(`title="青松里社区新闻 - ${SITE.name}" href="/communities/qingsongli/rss.xml"`);
  });

  test('an RFC 822 date with the wrong weekday is caught', () => {
    expect(parseRfc822('Tue, 25 Jan 2021 15:54:00 +0800')).toBe('wrong weekday: Tue, 25 Jan 2021 15:54:00 +0800');
    expect(parseRfc822('Mon, 25 Jan 2021 15:54:00 +0800')).toEqual(new Date('2021-01-25T07:54:00Z'));
  });
});
