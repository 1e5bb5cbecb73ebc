import { describe, expect, test } from 'vitest';
import { newsArticleJsonLd, type NewsArticleInput } from '../../src/lib/site/json-ld.ts';

type Data = { updatedAt?: Date; authors?: string[]; source?: string };

const input = (publishedAt: Date | undefined, data: Data = {}, image?: string): NewsArticleInput => {
  // A site-model item carries its summary too; the JSON-LD leaves it to the page's <meta name="description">.
  const item = {
    title: '红心食堂开张了',
    summary: '桃源社区的老人有了家门口的食堂。',
    publishedAt,
    updatedAt: data.updatedAt,
    source: data.source,
    credits: { authors: data.authors },
  };
  return { item, url: 'https://shequ.example.cn/news/hongxin-shitang/', image, siteName: '社区新闻' };
};

describe('newsArticleJsonLd', () => {
  test('describes a full article for search engines', () => {
    const ld = newsArticleJsonLd(
      input(
        new Date('2021-01-25T15:54:00+08:00'),
        { updatedAt: new Date('2021-01-26T09:00:00+08:00'), authors: ['张伟', '李娜'], source: '胶东在线' },
        'https://shequ.example.cn/images/shitang.jpg',
      ),
    );
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '红心食堂开张了',
      mainEntityOfPage: 'https://shequ.example.cn/news/hongxin-shitang/',
      datePublished: '2021-01-25T15:54:00+08:00',
      dateModified: '2021-01-26T09:00:00+08:00',
      image: ['https://shequ.example.cn/images/shitang.jpg'],
      author: [
        { '@type': 'Person', name: '张伟' },
        { '@type': 'Person', name: '李娜' },
      ],
      publisher: { '@type': 'Organization', name: '社区新闻' },
      sourceOrganization: { '@type': 'Organization', name: '胶东在线' },
      inLanguage: 'zh-CN',
    });
  });

  test.each([
    ['2021-01-25T07:54:00Z', '2021-01-25T15:54:00+08:00'],
    ['2024-12-31T16:10:00Z', '2025-01-01T00:10:00+08:00'],
    ['2024-12-31T23:30:00+08:00', '2024-12-31T23:30:00+08:00'],
    ['2024-06-30T20:00:05-05:00', '2024-07-01T09:00:05+08:00'],
  ])('gives the instant %s as China time %s', (instant, china) => {
    const ld = newsArticleJsonLd(input(new Date(instant)));
    expect([ld.datePublished, ld.dateModified]).toEqual([china, china]);
  });

  test('gives the update time, in China time, as dateModified', () => {
    const ld = newsArticleJsonLd(input(new Date('2024-12-31T23:30:00+08:00'), { updatedAt: new Date('2024-12-31T16:10:00Z') }));
    expect([ld.datePublished, ld.dateModified]).toEqual(['2024-12-31T23:30:00+08:00', '2025-01-01T00:10:00+08:00']);
  });

  test('leaves out image, author and source when the article has none', () => {
    const ld = newsArticleJsonLd(input(new Date('2021-01-25T15:54:00+08:00'), { authors: [] }));
    expect(['image', 'author', 'sourceOrganization'].filter((key) => key in ld)).toEqual([]);
  });

  test('gives no dates for an article with no publish time', () => {
    const ld = JSON.parse(JSON.stringify(newsArticleJsonLd(input(undefined)))) as Record<string, unknown>;
    expect(['datePublished', 'dateModified'].filter((key) => key in ld)).toEqual([]);
  });

  test('serialises to JSON with every date carrying +08:00', () => {
    const json = JSON.stringify(newsArticleJsonLd(input(new Date('2021-01-25T07:54:00Z'), { updatedAt: new Date('2021-02-01T00:00:00Z') })));
    expect(json.match(/"date\w+":"[^"]*"/g)).toEqual(['"datePublished":"2021-01-25T15:54:00+08:00"', '"dateModified":"2021-02-01T08:00:00+08:00"']);
  });
});
