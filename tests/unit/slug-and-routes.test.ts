import { describe, expect, test } from 'vitest';
import { isValidSlug, slugFromPath } from '../../src/lib/text/slug.ts';
import {
  feedSubscribeUrl,
  archiveUrl,
  classifySitePath,
  communityUrl,
  honorsYearUrl,
  honorUrl,
  newsListUrl,
  newsUrl,
  SECTION_URLS,
  topicUrl,
  withPage,
} from '../../src/lib/site/urls.ts';

describe('slugFromPath', () => {
  test.each([
    ['content/news/2021/hongxin-shitang.md', 'hongxin-shitang'],
    ['content/news/2021/hongxin-shitang.mdx', 'hongxin-shitang'],
    ['content\\news\\2021\\hongxin-shitang.md', 'hongxin-shitang'],
    ['luojiapo.yaml', 'luojiapo'],
    ['news/2021/v1.2.md', 'v1.2'],
  ])('takes the file name without extension from %s', (path, slug) => {
    expect(slugFromPath(path)).toBe(slug);
  });
});

describe('isValidSlug', () => {
  test.each(['hongxin-shitang', 'luojiapo', 'pm2-5', '2021-chunjie'])('accepts %s', (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  test.each([
    ['红心食堂', 'Han characters'],
    ['Hongxin', 'capitals'],
    ['hongxin_shitang', 'an underscore'],
    ['hongxin shitang', 'a space'],
    ['-hongxin', 'a leading hyphen'],
    ['hongxin-', 'a trailing hyphen'],
    ['hongxin--shitang', 'a double hyphen'],
    ['v1.2', 'a dot'],
    ['', 'nothing'],
  ])('rejects %j (%s)', (slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });

  test('refuses a slug whose article URL would be a page of the news list', () => {
    expect(isValidSlug('2') && newsUrl('2') === newsListUrl(2)).toBe(false);
  });
});

describe('URL builders', () => {
  test.each([
    ['newsUrl', newsUrl('hongxin-shitang'), '/news/hongxin-shitang/'],
    ['newsListUrl for page 1, the oldest', newsListUrl(1), '/news/1/'],
    ['newsListUrl with no page', newsListUrl(), '/news/'],
    ['newsListUrl for page 3', newsListUrl(3), '/news/3/'],
    ['communityUrl', communityUrl('luojiapo'), '/communities/luojiapo/'],
    ['topicUrl', topicUrl('hong-xin-shi-tang'), '/topics/hong-xin-shi-tang/'],
    ['honorUrl', honorUrl(2023, 'wang-dama'), '/honors/2023/wang-dama/'],
    ['honorsYearUrl', honorsYearUrl(2023), '/honors/2023/'],
    ['archiveUrl with no year', archiveUrl(), '/archive/'],
    ['archiveUrl for a year', archiveUrl(2021), '/archive/2021/'],
    ['topicUrl for page 1', topicUrl('hong-xin-shi-tang', 1), '/topics/hong-xin-shi-tang/1/'],
    ['topicUrl for page 2', topicUrl('hong-xin-shi-tang', 2), '/topics/hong-xin-shi-tang/2/'],
    ['communityUrl for page 1', communityUrl('luojiapo', 1), '/communities/luojiapo/1/'],
    ['communityUrl for page 3', communityUrl('luojiapo', 3), '/communities/luojiapo/3/'],
    ['archiveUrl for page 1 of a year', archiveUrl(2021, 1), '/archive/2021/1/'],
    ['archiveUrl for page 2 of a year', archiveUrl(2021, 2), '/archive/2021/2/'],
  ])('%s gives %s', (_what, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('withPage', () => {
  test.each([
    ['/news/', undefined, '/news/'],
    ['/news/', 1, '/news/1/'],
    ['/news/', 2, '/news/2/'],
    ['/topics/la-ji-fen-lei/', 12, '/topics/la-ji-fen-lei/12/'],
  ])('gives %s page %s the URL %s', (base, page, expected) => {
    expect(withPage(base, page)).toBe(expected);
  });
});

describe('classifySitePath', () => {
  test.each([
    ['/news/hongxin-shitang/', { kind: 'news', slug: 'hongxin-shitang' }],
    ['/news/hongxin-shitang', { kind: 'news', slug: 'hongxin-shitang' }],
    ['/news/hongxin-shitang/#comments', { kind: 'news', slug: 'hongxin-shitang' }],
    ['/news/hongxin-shitang/?from=rss', { kind: 'news', slug: 'hongxin-shitang' }],
    ['/communities/luojiapo/', { kind: 'community', id: 'luojiapo' }],
    ['/topics/hong-xin-shi-tang/', { kind: 'topic', slug: 'hong-xin-shi-tang' }],
    ['/topics/hong-xin-shi-tang/2/', { kind: 'topic', slug: 'hong-xin-shi-tang' }],
    ['/topics/hong-xin-shi-tang/2/#list', { kind: 'topic', slug: 'hong-xin-shi-tang' }],
    ['/communities/luojiapo/3/', { kind: 'community', id: 'luojiapo' }],
    ['/communities/luojiapo/3', { kind: 'community', id: 'luojiapo' }],
    ['/communities/luojiapo/news/', { kind: 'unknown' }],
    ['/topics/hong-xin-shi-tang/2/3/', { kind: 'unknown' }],
    ['/honors/2023/wang-dama/', { kind: 'honor', year: 2023, id: 'wang-dama' }],
    ['/news/3/', { kind: 'section' }],
    ['/archive/2021/', { kind: 'section' }],
    ['/archive/2021/2/', { kind: 'section' }],
    ['/honors/2023/', { kind: 'section' }],
    ['/search', { kind: 'section' }],
    ['/images/logo.png', { kind: 'asset' }],
    ['/feeds/news.xml', { kind: 'asset' }],
    ['/feeds/all/', { kind: 'section' }],
    ['/feeds/communities/luojiapo/', { kind: 'section' }],
    ['/feeds/topics/laji-fenlei/', { kind: 'section' }],
    ['/feeds/nothing/', { kind: 'unknown' }],
    ['/nowhere/', { kind: 'unknown' }],
    ['/news/a/b/', { kind: 'unknown' }],
  ])('classifies %s', (href, expected) => {
    expect(classifySitePath(href)).toEqual(expected);
  });

  test.each([...SECTION_URLS])('knows the section %s', (url) => {
    expect(classifySitePath(url)).toEqual({ kind: 'section' });
  });

  test('reads back every URL the builders make', () => {
    expect([
      classifySitePath(newsUrl('hongxin-shitang')),
      classifySitePath(communityUrl('luojiapo')),
      classifySitePath(topicUrl('la-ji-fen-lei')),
      classifySitePath(honorUrl(2023, 'wang-dama')),
      classifySitePath(newsListUrl(2)),
      classifySitePath(archiveUrl(2021)),
      classifySitePath(honorsYearUrl(2023)),
      classifySitePath(communityUrl('luojiapo', 2)),
      classifySitePath(topicUrl('la-ji-fen-lei', 3)),
      classifySitePath(archiveUrl(2021, 2)),
    ]).toEqual([
      { kind: 'news', slug: 'hongxin-shitang' },
      { kind: 'community', id: 'luojiapo' },
      { kind: 'topic', slug: 'la-ji-fen-lei' },
      { kind: 'honor', year: 2023, id: 'wang-dama' },
      { kind: 'section' },
      { kind: 'section' },
      { kind: 'section' },
      { kind: 'community', id: 'luojiapo' },
      { kind: 'topic', slug: 'la-ji-fen-lei' },
      { kind: 'section' },
    ]);
  });

  test('knows page 1, the oldest page of a list, and refuses page 0 or a leading zero', () => {
    expect(['/news/1/', '/archive/2021/1/', '/communities/luojiapo/1/', '/topics/la-ji-fen-lei/1/'].map((href) => classifySitePath(href).kind)).toEqual([
      'section',
      'section',
      'community',
      'topic',
    ]);
    expect(['/news/0/', '/archive/2021/0/', '/communities/luojiapo/01/'].map((href) => classifySitePath(href).kind)).toEqual(['unknown', 'unknown', 'unknown']);
  });
});

describe('feedSubscribeUrl', () => {
  test.each<[Parameters<typeof feedSubscribeUrl>, string]>([
    [['site'], '/feeds/all/'],
    [['honors'], '/feeds/honors/'],
    [['community', 'luojiapo'], '/feeds/communities/luojiapo/'],
    [['topic', 'laji-fenlei'], '/feeds/topics/laji-fenlei/'],
  ])('%j → %s, a page the router knows', (args, url) => {
    expect(feedSubscribeUrl(...args)).toBe(url);
    expect(classifySitePath(url)).toEqual({ kind: 'section' });
  });
});
