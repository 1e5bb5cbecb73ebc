import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { channelCustomData, FEED_XMLNS, opml, rssItem, type FeedEntry, type FeedLink } from '../../src/lib/feeds/rss-items.ts';
import { groupFeeds } from '../../src/lib/feeds/site-feeds.ts';
import { validateRss } from '../../src/lib/feeds/rss-validate.ts';

const ARTICLE: FeedEntry = {
  title: '红心食堂开张了',
  url: 'https://example.org/news/hongxin-shitang/',
  summary: '社区老人有了自己的食堂。',
  html: '<p>食堂开张。</p>',
  date: new Date('2021-01-25T07:54:00Z'), // 15:54 in China
  creators: ['王小明'],
  categories: ['桃源社区'],
};

describe('rssItem', () => {
  test('uses the article’s title, URL and summary as the item’s title, link and description', () => {
    expect(rssItem(ARTICLE)).toMatchObject({
      title: '红心食堂开张了',
      link: 'https://example.org/news/hongxin-shitang/',
      description: '社区老人有了自己的食堂。',
    });
  });

  test.each([
    ['an afternoon in China', '2021-01-25T07:54:00Z', 'Mon, 25 Jan 2021 15:54:00 +0800'],
    ['New Year’s Day in China, still 31 December in UTC', '2021-12-31T16:30:00Z', 'Sat, 01 Jan 2022 00:30:00 +0800'],
    ['a morning with single-digit fields', '2024-03-08T01:05:09Z', 'Fri, 08 Mar 2024 09:05:09 +0800'],
  ])('writes the publication time of %s as an RFC 822 pubDate at +0800', (_what, iso, rfc822) => {
    const item = rssItem({ ...ARTICLE, date: new Date(iso), creators: [] });
    expect(item.customData).toBe(`<pubDate>${rfc822}</pubDate>`);
  });

  test('passes the date only through customData, so @astrojs/rss cannot write it again in GMT', () => {
    expect(rssItem(ARTICLE)).not.toHaveProperty('pubDate');
  });

  test('writes no pubDate for an entry without a date', () => {
    expect(rssItem({ ...ARTICLE, date: undefined }).customData).toBe('<dc:creator>王小明</dc:creator>');
  });

  test('names each author in its own dc:creator, escaped for XML', () => {
    const item = rssItem({ ...ARTICLE, date: undefined, creators: ['李红 & 张伟', '王<小>明', 'O\'Brien "Bob"'] });
    expect(item.customData).toBe(
      '<dc:creator>李红 &amp; 张伟</dc:creator><dc:creator>王&lt;小&gt;明</dc:creator><dc:creator>O&apos;Brien &quot;Bob&quot;</dc:creator>',
    );
  });

  test('writes pubDate before the authors, and nothing at all for an entry with neither', () => {
    expect(rssItem(ARTICLE).customData).toBe('<pubDate>Mon, 25 Jan 2021 15:54:00 +0800</pubDate><dc:creator>王小明</dc:creator>');
    expect(rssItem({ ...ARTICLE, date: undefined, creators: undefined }).customData).toBe('');
  });

  test.each<[string, readonly string[] | undefined, string[]]>([
    ['lists a community and its topics as categories', ['桃源社区', '垃圾分类', '老年食堂'], ['桃源社区', '垃圾分类', '老年食堂']],
    ['lists a category once when it appears twice, keeping first-seen order', ['垃圾分类', '桃源社区', '垃圾分类', '桃源社区'], ['垃圾分类', '桃源社区']],
    ['gives no categories when the entry has none', undefined, []],
  ])('%s', (_what, categories, expected) => {
    expect(rssItem({ ...ARTICLE, categories }).categories).toEqual(expected);
  });

  test('carries the article HTML as content', () => {
    expect(rssItem(ARTICLE).content).toBe('<p>食堂开张。</p>');
  });

  test('carries no content for an entry without HTML, such as an honor', () => {
    expect(rssItem({ ...ARTICLE, html: undefined })).not.toHaveProperty('content');
  });
});

describe('channelCustomData', () => {
  test.each([
    [
      'with the newest item’s date',
      'https://example.org/rss.xml',
      new Date('2021-12-31T16:30:00Z'),
      '<language>zh-cn</language><atom:link href="https://example.org/rss.xml" rel="self" type="application/rss+xml"/>' +
        '<lastBuildDate>Sat, 01 Jan 2022 00:30:00 +0800</lastBuildDate>',
    ],
    [
      'without lastBuildDate for an empty feed',
      'https://example.org/topics/laji-fenlei/rss.xml',
      undefined,
      '<language>zh-cn</language><atom:link href="https://example.org/topics/laji-fenlei/rss.xml" rel="self" type="application/rss+xml"/>',
    ],
    [
      'with the self link escaped inside its attribute',
      'https://example.org/rss.xml?a=1&b="2"',
      undefined,
      '<language>zh-cn</language><atom:link href="https://example.org/rss.xml?a=1&amp;b=&quot;2&quot;" rel="self" type="application/rss+xml"/>',
    ],
  ])('declares Chinese and the self link %s', (_what, url, newest, expected) => {
    expect(channelCustomData(url, newest)).toBe(expected);
  });
});

describe('a feed built by @astrojs/rss from rssItem and channelCustomData', () => {
  const SELF = 'https://example.org/rss.xml';
  const build = (entries: FeedEntry[], newest: Date | undefined) =>
    getRssString({
      title: '桃源社区新闻',
      description: '桃源社区的最新消息',
      site: 'https://example.org',
      xmlns: FEED_XMLNS,
      customData: channelCustomData(SELF, newest),
      items: entries.map(rssItem),
    });
  const entries: FeedEntry[] = [
    {
      ...ARTICLE,
      title: '红心食堂 & “开张”',
      date: new Date('2021-12-31T16:30:00Z'),
      creators: ['李红 & 张伟', '王小明'],
      categories: ['桃源社区', '垃圾分类', '桃源社区'],
    },
    { title: '王老师', url: 'https://example.org/honors/2024/wang/', summary: '三十年义务辅导', date: new Date('2021-01-25T07:54:00Z') },
  ];

  test('passes the RSS validator with China-time dates', async () => {
    const report = validateRss(await build(entries, entries[0]!.date), SELF);
    expect(report.problems).toEqual([]);
    expect(report.items.map((i) => [i.title, i.pubDate?.toISOString()])).toEqual([
      ['红心食堂 & “开张”', '2021-12-31T16:30:00.000Z'],
      ['王老师', '2021-01-25T07:54:00.000Z'],
    ]);
  });

  test('passes the RSS validator when it has no items', async () => {
    expect(validateRss(await build([], undefined), SELF).problems).toEqual([]);
  });

  test('writes +0800 dates, every author once and every category once', async () => {
    const xml = await build(entries, entries[0]!.date);
    const doc = new XMLParser({ isArray: (name) => ['item', 'dc:creator', 'category'].includes(name) }).parse(xml);
    const [article, honor] = doc.rss.channel.item;
    expect(doc.rss.channel.lastBuildDate).toBe('Sat, 01 Jan 2022 00:30:00 +0800');
    expect(article).toMatchObject({ pubDate: 'Sat, 01 Jan 2022 00:30:00 +0800', 'dc:creator': ['李红 & 张伟', '王小明'], category: ['桃源社区', '垃圾分类'] });
    expect(honor.pubDate).toBe('Mon, 25 Jan 2021 15:54:00 +0800');
    expect(honor).not.toHaveProperty('content:encoded');
    expect(xml).not.toContain('GMT');
  });
});

describe('opml', () => {
  const feeds: FeedLink[] = [
    { title: '桃源社区新闻', url: 'https://example.org/rss.xml', pageUrl: 'https://example.org/' },
    { title: '桃源 "社区" & <新闻>', url: 'https://example.org/communities/taoyuan/rss.xml', pageUrl: 'https://example.org/communities/taoyuan/' },
    { title: '专题：垃圾分类', url: 'https://example.org/topics/laji-fenlei/rss.xml?x=1&y=2', pageUrl: 'https://example.org/topics/laji-fenlei/' },
  ];
  const parse = (xml: string) =>
    new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'outline' }).parse(xml) as {
      opml: { '@version': string; head: { title: string }; body: { outline?: Record<string, string>[] } };
    };

  test.each([
    ['three feeds, one with & < " in its name', '订阅 & <全部>', feeds],
    ['no feeds', '桃源社区新闻的全部订阅', []],
  ])('is well-formed XML for %s', (_what, title, list) => {
    expect(XMLValidator.validate(opml(title, list))).toBe(true);
  });

  test('is OPML 2.0 titled with the given name, escaped', () => {
    const doc = parse(opml('订阅 & <全部>', feeds));
    expect(doc.opml['@version']).toBe('2.0');
    expect(doc.opml.head.title).toBe('订阅 & <全部>');
  });

  test('has one RSS outline per feed, in order, with its name, feed URL and page URL', () => {
    const outlines = parse(opml('全部订阅', feeds)).opml.body.outline ?? [];
    expect(outlines.map((o) => ({ type: o['@type'], text: o['@text'], title: o['@title'], xmlUrl: o['@xmlUrl'], htmlUrl: o['@htmlUrl'] }))).toEqual(
      feeds.map((f) => ({ type: 'rss', text: f.title, title: f.title, xmlUrl: f.url, htmlUrl: f.pageUrl })),
    );
  });

  test('escapes &, < and " in names and URLs rather than writing them raw', () => {
    const xml = opml('全部订阅', feeds);
    expect(xml).toContain('text="桃源 &quot;社区&quot; &amp; &lt;新闻&gt;"');
    expect(xml).toContain('xmlUrl="https://example.org/topics/laji-fenlei/rss.xml?x=1&amp;y=2"');
  });

  test('has no outlines for no feeds', () => {
    expect(parse(opml('全部订阅', [])).opml.body.outline ?? []).toEqual([]);
  });
});

describe('groupFeeds', () => {
  test('lists 全站, then 社区, 专题 and 红榜, keeping each kind’s order and leaving out empty kinds', () => {
    const feeds = [
      { group: 'honors', id: 'h' },
      { group: 'community', id: 'c1' },
      { group: 'site', id: 's' },
      { group: 'community', id: 'c2' },
    ] as const;
    expect(groupFeeds(feeds).map((g) => [g.group, g.feeds.map((f) => f.id)])).toEqual([
      ['site', ['s']],
      ['community', ['c1', 'c2']],
      ['honors', ['h']],
    ]);
  });
});
