import { describe, expect, test } from 'vitest';
import { parseRfc822, validateRss } from '../../src/lib/feeds/rss-validate.ts';

const SELF = 'https://example.org/rss.xml';

const NAMESPACES = [
  'xmlns:atom="http://www.w3.org/2005/Atom"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
].join(' ');
/** The first item's article, escaped as content:encoded carries it: a link and an image. */
const FIRST_HTML =
  '&lt;p&gt;食堂在 &lt;a href="https://example.org/communities/taoyuan/"&gt;桃源社区&lt;/a&gt; 开张。&lt;/p&gt;' +
  '&lt;img src="https://example.org/a.jpg" alt="食堂"/&gt;';

/** A small feed as our build writes it: every rule the validator checks is met. */
const VALID = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" ${NAMESPACES}>
  <channel>
    <title>桃源社区新闻</title>
    <description>桃源社区的最新消息</description>
    <link>https://example.org/</link>
    <language>zh-cn</language>
    <atom:link href="https://example.org/rss.xml" rel="self" type="application/rss+xml"/>
    <lastBuildDate>Mon, 25 Jan 2021 15:54:00 +0800</lastBuildDate>
    <item>
      <title>红心食堂开张了</title>
      <link>https://example.org/news/hongxin-shitang/</link>
      <guid isPermaLink="true">https://example.org/news/hongxin-shitang/</guid>
      <description>社区老人有了自己的食堂。</description>
      <pubDate>Mon, 25 Jan 2021 15:54:00 +0800</pubDate>
      <dc:creator>王小明</dc:creator>
      <content:encoded>${FIRST_HTML}</content:encoded>
    </item>
    <item>
      <title>全市停水通知</title>
      <link>https://example.org/news/tingshui/</link>
      <guid isPermaLink="true">https://example.org/news/tingshui/</guid>
      <description>周六上午停水。</description>
      <pubDate>Sun, 24 Jan 2021 09:00:00 +0800</pubDate>
      <dc:creator>李红 &amp; 张伟</dc:creator>
      <content:encoded>&lt;p&gt;周六上午 8 点到 12 点停水。&lt;/p&gt;</content:encoded>
    </item>
  </channel>
</rss>
`;

/** VALID with one piece of text replaced; throws if the piece is not there, so no case passes by missing its target. */
function mutate(from: string | RegExp, to: string): string {
  const changed = VALID.replace(from, to);
  if (changed === VALID) throw new Error(`mutation did not apply: ${String(from)}`);
  return changed;
}

const FIRST_CONTENT = /<content:encoded>[^]*?<\/content:encoded>/;

describe('validateRss', () => {
  test('finds no problem in a well-formed feed and reads its items in order', () => {
    const { problems, items } = validateRss(VALID, SELF);
    expect(problems).toEqual([]);
    expect(items).toEqual([
      {
        title: '红心食堂开张了',
        link: 'https://example.org/news/hongxin-shitang/',
        guid: 'https://example.org/news/hongxin-shitang/',
        pubDate: new Date('2021-01-25T07:54:00Z'),
      },
      {
        title: '全市停水通知',
        link: 'https://example.org/news/tingshui/',
        guid: 'https://example.org/news/tingshui/',
        pubDate: new Date('2021-01-24T01:00:00Z'),
      },
    ]);
  });

  test('accepts a feed without lastBuildDate, pubDate or author', () => {
    const xml = VALID.replace(/\s*<(lastBuildDate|pubDate)>[^<]*<\/\1>/g, '');
    expect(xml).not.toContain('Date>');
    expect(validateRss(xml, SELF).problems).toEqual([]);
  });

  test('accepts a non-permalink guid that is not a URL', () => {
    const xml = mutate('<guid isPermaLink="true">https://example.org/news/tingshui/</guid>', '<guid isPermaLink="false">news-2021-0124</guid>');
    expect(validateRss(xml, SELF).problems).toEqual([]);
  });

  test('accepts an <author> that is an e-mail address', () => {
    const xml = mutate('<dc:creator>王小明</dc:creator>', '<author>news@example.org (王小明)</author>');
    expect(validateRss(xml, SELF).problems).toEqual([]);
  });

  test('reports malformed XML alone, with the line it broke on', () => {
    const { problems, items } = validateRss(mutate('<title>红心食堂开张了</title>', '<title>红心食堂开张了</titel>'), SELF);
    expect(items).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^not well-formed XML: .+ \(line 11\)$/);
  });

  test.each<[string, string | RegExp, string, string[]]>([
    ['a wrong rss version', '<rss version="2.0"', '<rss version="0.91"', ['root element must be <rss version="2.0">']],
    ['a missing channel title', '<title>桃源社区新闻</title>', '', ['channel has no <title>']],
    ['a blank channel title', '<title>桃源社区新闻</title>', '<title>  </title>', ['channel has no <title>']],
    ['a missing channel description', '<description>桃源社区的最新消息</description>', '', ['channel has no <description>']],
    // No link at all is also not an absolute link.
    ['a missing channel link', '<link>https://example.org/</link>', '', ['channel has no <link>', 'channel <link> must be an absolute URL']],
    ['a relative channel link', '<link>https://example.org/</link>', '<link>/</link>', ['channel <link> must be an absolute URL']],
    ['a missing language', '<language>zh-cn</language>', '', ['channel has no <language>']],
    ['a missing self link', /<atom:link [^>]*\/>/, '', [`atom:link rel="self" must be ${SELF}, is missing`]],
    ['an atom:link that is not rel="self"', 'rel="self"', 'rel="alternate"', [`atom:link rel="self" must be ${SELF}, is missing`]],
    [
      'a self link to another URL',
      'href="https://example.org/rss.xml"',
      'href="https://example.org/communities/taoyuan/rss.xml"',
      [`atom:link rel="self" must be ${SELF}, is https://example.org/communities/taoyuan/rss.xml`],
    ],
    [
      'a lastBuildDate that is not RFC 822',
      '<lastBuildDate>Mon, 25 Jan 2021 15:54:00 +0800',
      '<lastBuildDate>2021-01-25T15:54:00+08:00',
      ['lastBuildDate: not an RFC 822 date: 2021-01-25T15:54:00+08:00'],
    ],
    ['a lastBuildDate with the wrong weekday', '<lastBuildDate>Mon,', '<lastBuildDate>Tue,', ['lastBuildDate: wrong weekday: Tue, 25 Jan 2021 15:54:00 +0800']],
    ['an item without a title', '<title>红心食堂开张了</title>', '', ['item 1: no <title>']],
    [
      'a relative item link',
      '<link>https://example.org/news/tingshui/</link>',
      '<link>/news/tingshui/</link>',
      ['item 2: <link> must be an absolute URL, is "/news/tingshui/"'],
    ],
    [
      'an item link without a scheme',
      '<link>https://example.org/news/tingshui/</link>',
      '<link>example.org/news/tingshui/</link>',
      ['item 2: <link> must be an absolute URL, is "example.org/news/tingshui/"'],
    ],
    ['an item without a guid', '<guid isPermaLink="true">https://example.org/news/tingshui/</guid>', '', ['item 2: no <guid>']],
    [
      'a guid repeated in a later item',
      '<guid isPermaLink="true">https://example.org/news/tingshui/</guid>',
      '<guid isPermaLink="true">https://example.org/news/hongxin-shitang/</guid>',
      ['item 2: duplicate <guid> https://example.org/news/hongxin-shitang/'],
    ],
    [
      'a permalink guid that is not absolute',
      '<guid isPermaLink="true">https://example.org/news/tingshui/</guid>',
      '<guid isPermaLink="true">/news/tingshui/</guid>',
      ['item 2: a permalink <guid> must be an absolute URL'],
    ],
    // RSS 2.0: a guid without isPermaLink is a permalink.
    [
      'a guid without isPermaLink that is not a URL',
      '<guid isPermaLink="true">https://example.org/news/tingshui/</guid>',
      '<guid>tingshui</guid>',
      ['item 2: a permalink <guid> must be an absolute URL'],
    ],
    [
      'an <author> that is a name, not an e-mail address',
      '<dc:creator>王小明</dc:creator>',
      '<author>王小明</author>',
      ['item 1: <author> must be an e-mail address (use dc:creator)'],
    ],
    ['a pubDate with the wrong weekday', '<pubDate>Mon, 25 Jan', '<pubDate>Sun, 25 Jan', ['item 1: pubDate wrong weekday: Sun, 25 Jan 2021 15:54:00 +0800']],
    ['a pubDate on 31 February', '<pubDate>Mon, 25 Jan 2021', '<pubDate>Wed, 31 Feb 2021', ['item 1: pubDate no such day: Wed, 31 Feb 2021 15:54:00 +0800']],
    [
      'a pubDate in ISO 8601',
      '<pubDate>Sun, 24 Jan 2021 09:00:00 +0800',
      '<pubDate>2021-01-24T09:00:00+08:00',
      ['item 2: pubDate not an RFC 822 date: 2021-01-24T09:00:00+08:00'],
    ],
    [
      'a pubDate with a full day name',
      '<pubDate>Sun, 24 Jan 2021',
      '<pubDate>Sunday, 24 Jan 2021',
      ['item 2: pubDate not an RFC 822 date: Sunday, 24 Jan 2021 09:00:00 +0800'],
    ],
    [
      'a pubDate in Chinese',
      '<pubDate>Sun, 24 Jan 2021 09:00:00 +0800',
      '<pubDate>2021年1月24日 09:00',
      ['item 2: pubDate not an RFC 822 date: 2021年1月24日 09:00'],
    ],
    [
      'a pubDate with a colon in the offset',
      '<pubDate>Sun, 24 Jan 2021 09:00:00 +0800',
      '<pubDate>Sun, 24 Jan 2021 09:00:00 +08:00',
      ['item 2: pubDate not an RFC 822 date: Sun, 24 Jan 2021 09:00:00 +08:00'],
    ],
    [
      'an escaped <script> in content:encoded',
      FIRST_CONTENT,
      '<content:encoded>&lt;p&gt;你好&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content:encoded>',
      ['item 1: executable content'],
    ],
    [
      'an escaped onload= handler in content:encoded',
      FIRST_CONTENT,
      '<content:encoded>&lt;img src="https://example.org/a.jpg" onload="alert(1)"/&gt;</content:encoded>',
      ['item 1: executable content'],
    ],
    [
      'an escaped javascript: link in content:encoded',
      FIRST_CONTENT,
      '<content:encoded>&lt;a href="javascript:alert(1)"&gt;点我&lt;/a&gt;</content:encoded>',
      ['item 1: executable content'],
    ],
    [
      'a <script> in a CDATA section of content:encoded',
      FIRST_CONTENT,
      '<content:encoded><![CDATA[<p>你好</p><SCRIPT src="https://evil.example/x.js"></SCRIPT>]]></content:encoded>',
      ['item 1: executable content'],
    ],
    [
      'an escaped <iframe> in content:encoded',
      FIRST_CONTENT,
      '<content:encoded>&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;</content:encoded>',
      ['item 1: executable content'],
    ],
    [
      'an escaped <script> in the description',
      '<description>周六上午停水。</description>',
      '<description>&lt;script&gt;alert(1)&lt;/script&gt;</description>',
      ['item 2: executable content'],
    ],
  ])('reports %s', (_what, from, to, expected) => {
    expect(validateRss(mutate(from, to), SELF).problems).toEqual(expected);
  });

  test('does not mistake prose about scripts for executable content', () => {
    const xml = mutate(FIRST_CONTENT, '<content:encoded>&lt;p&gt;话剧 the script 排练；讲座：JavaScript 入门&lt;/p&gt;</content:encoded>');
    expect(validateRss(xml, SELF).problems).toEqual([]);
  });

  test('does not mistake a word starting with “on” followed by = in prose for an event handler', () => {
    const xml = mutate(FIRST_CONTENT, '<content:encoded>&lt;p&gt;报名表里填写 online=是 即可&lt;/p&gt;</content:encoded>');
    expect(validateRss(xml, SELF).problems).toEqual([]);
  });

  test('reports every problem of a feed, not only the first', () => {
    const xml = VALID.replace('<language>zh-cn</language>', '')
      .replace('<link>https://example.org/news/tingshui/</link>', '<link>/news/tingshui/</link>')
      .replace('<pubDate>Mon, 25 Jan', '<pubDate>Tue, 25 Jan');
    expect(validateRss(xml, SELF).problems).toEqual([
      'channel has no <language>',
      'item 1: pubDate wrong weekday: Tue, 25 Jan 2021 15:54:00 +0800',
      'item 2: <link> must be an absolute URL, is "/news/tingshui/"',
    ]);
  });

  test('reports a <script> escaped with numeric character references in content:encoded', () => {
    const xml = mutate(FIRST_CONTENT, '<content:encoded>&#60;p&#62;你好&#60;/p&#62;&#60;script&#62;alert(1)&#60;/script&#62;</content:encoded>');
    expect(validateRss(xml, SELF).problems).toEqual(['item 1: executable content']);
  });
});

describe('parseRfc822', () => {
  test.each([
    ['Mon, 25 Jan 2021 15:54:00 +0800', '2021-01-25T07:54:00.000Z'],
    ['Mon, 25 Jan 2021 07:54:00 GMT', '2021-01-25T07:54:00.000Z'],
    ['Mon, 25 Jan 2021 07:54:00 +0000', '2021-01-25T07:54:00.000Z'],
    ['Mon, 25 Jan 2021 02:54:00 -0500', '2021-01-25T07:54:00.000Z'],
    ['Sun, 24 Jan 2021 21:24:00 -1030', '2021-01-25T07:54:00.000Z'],
    ['Mon, 25 Jan 2021 13:24:00 +0530', '2021-01-25T07:54:00.000Z'],
    ['Fri, 31 Dec 2021 20:30:00 -0800', '2022-01-01T04:30:00.000Z'],
    ['Sat, 01 Jan 2022 00:30:00 +0800', '2021-12-31T16:30:00.000Z'],
    ['Thu, 29 Feb 2024 12:00:00 GMT', '2024-02-29T12:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    const parsed = parseRfc822(text);
    expect(parsed).toBeInstanceOf(Date);
    expect((parsed as Date).toISOString()).toBe(iso);
  });

  test('checks the weekday of the date as written, not of the UTC date', () => {
    // 2021-01-25 02:00 in China is still Sunday 24 January in UTC; Monday is right.
    expect(parseRfc822('Mon, 25 Jan 2021 02:00:00 +0800')).toEqual(new Date('2021-01-24T18:00:00Z'));
    expect(parseRfc822('Sun, 25 Jan 2021 02:00:00 +0800')).toBe('wrong weekday: Sun, 25 Jan 2021 02:00:00 +0800');
  });

  test.each([
    ['Mon, 25 Jan 2021 15:54:00 +0800 ', 'not an RFC 822 date: Mon, 25 Jan 2021 15:54:00 +0800 '],
    ['Mon, 25 Jan 2021 15:54 +0800', 'not an RFC 822 date: Mon, 25 Jan 2021 15:54 +0800'],
    ['Mon, 25 jan 2021 15:54:00 +0800', 'not an RFC 822 date: Mon, 25 jan 2021 15:54:00 +0800'],
    ['Mon, 25 Jan 21 15:54:00 +0800', 'not an RFC 822 date: Mon, 25 Jan 21 15:54:00 +0800'],
    ['Mon, 25 Jan 2021 15:54:00 CST', 'not an RFC 822 date: Mon, 25 Jan 2021 15:54:00 CST'],
    ['', 'not an RFC 822 date: '],
    ['Thu, 29 Feb 2021 12:00:00 GMT', 'no such day: Thu, 29 Feb 2021 12:00:00 GMT'],
    ['Sat, 31 Apr 2021 12:00:00 GMT', 'no such day: Sat, 31 Apr 2021 12:00:00 GMT'],
    ['Sat, 00 Jan 2022 12:00:00 GMT', 'no such day: Sat, 00 Jan 2022 12:00:00 GMT'],
    ['Tue, 25 Jan 2021 15:54:00 GMT', 'wrong weekday: Tue, 25 Jan 2021 15:54:00 GMT'],
  ])('rejects %j', (text, error) => {
    expect(parseRfc822(text)).toBe(error);
  });

  test('rejects a time with minute 60', () => {
    expect(typeof parseRfc822('Mon, 25 Jan 2021 15:60:00 +0800')).toBe('string');
  });
});
