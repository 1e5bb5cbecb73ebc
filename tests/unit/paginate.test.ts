import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pageParam, pagerEntries, paginate, type Page } from '../../src/lib/paginate.ts';
import { newsListUrl, topicUrl } from '../../src/lib/routes.ts';

/** Articles 1…count, newest first (article `count` is the newest). */
const newestFirst = (count: number): number[] => Array.from({ length: count }, (_, i) => count - i);
const shape = (pages: Page<number>[]) => pages.map((p) => [p.number ?? 'front', p.items.length]);

describe('paginate: pages that stay put', () => {
  test.each([
    [0, [['front', 0]]],
    [9, [['front', 9]]],
    [10, [['front', 10]]],
    [19, [['front', 19]]],
    [20, [['front', 10], [1, 10]]],
    [25, [['front', 15], [1, 10]]],
    [47, [['front', 17], [3, 10], [2, 10], [1, 10]]],
  ])('%i articles in pages of 10: the front page keeps one to two pages, numbered pages hold ten', (count, expected) => {
    expect(shape(paginate(newestFirst(count), 10, newsListUrl))).toEqual(expected);
  });

  test('page 1 holds the oldest articles, and every article is shown once, newest first', () => {
    const pages = paginate(newestFirst(47), 10, newsListUrl);
    expect(pages.at(-1)?.items).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(pages.flatMap((p) => p.items)).toEqual(newestFirst(47));
  });

  test('adding articles one by one never changes what a numbered page holds or where it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 12 }), (count, size) => {
        const before = paginate(newestFirst(count), size, newsListUrl).filter((p) => p.number !== undefined);
        const after = new Map(paginate(newestFirst(count + 1), size, newsListUrl).map((p) => [p.url, p.items]));
        for (const page of before) expect(after.get(page.url)).toEqual(page.items);
      }),
    );
  });

  test('adding one article rewrites at most three existing pages: the front page and the pagers of the two newest numbered pages', () => {
    for (let count = 0; count < 80; count++) {
      const before = new Map(paginate(newestFirst(count), 10, newsListUrl).map((p) => [p.url, JSON.stringify(p)]));
      const changed = paginate(newestFirst(count + 1), 10, newsListUrl).filter((p) => before.has(p.url) && before.get(p.url) !== JSON.stringify(p));
      expect(changed.length, `adding article ${count + 1}`).toBeLessThanOrEqual(3);
    }
  });

  test('links pages newest to oldest, with no newer link on the front page and no older link on page 1', () => {
    const pages = paginate(newestFirst(35), 10, (n) => topicUrl('la-ji-fen-lei', n));
    expect(pages.map(({ url, newerUrl, olderUrl }) => ({ url, newerUrl, olderUrl }))).toEqual([
      { url: '/topics/la-ji-fen-lei/', newerUrl: undefined, olderUrl: '/topics/la-ji-fen-lei/2/' },
      { url: '/topics/la-ji-fen-lei/2/', newerUrl: '/topics/la-ji-fen-lei/', olderUrl: '/topics/la-ji-fen-lei/1/' },
      { url: '/topics/la-ji-fen-lei/1/', newerUrl: '/topics/la-ji-fen-lei/2/', olderUrl: undefined },
    ]);
  });

  test('a list that fits on its front page has no pager', () => {
    expect(paginate(newestFirst(19), 10, newsListUrl).map((p) => p.pager)).toEqual([[]]);
  });

  test.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses the page size %s', (size) => {
    expect(() => paginate([1], size, newsListUrl)).toThrow(RangeError);
  });
});

describe('pageParam', () => {
  test('builds each page at the URL the pager links to', () => {
    const pages = paginate(newestFirst(47), 10, newsListUrl);
    expect(pages.map((p) => newsListUrl(pageParam(p.number) === undefined ? undefined : Number(pageParam(p.number))))).toEqual(pages.map((p) => p.url));
    expect(pages.map((p) => pageParam(p.number))).toEqual([undefined, '3', '2', '1']);
  });
});

describe('pagerEntries', () => {
  const numbers = (current: number | undefined, highest: number) => pagerEntries(current, highest, newsListUrl).map((e) => (e === null ? '…' : (e.number ?? '最新')));
  test.each([
    [undefined, 1, ['最新', 1]],
    [undefined, 5, ['最新', 5, '…', 1]],
    [5, 5, ['最新', 5, 4, '…', 1]],
    [3, 5, ['最新', '…', 4, 3, 2, 1]],
    [1, 5, ['最新', '…', 2, 1]],
    [2, 3, ['最新', 3, 2, 1]],
  ])('on page %s of pages 1…%i shows %j', (current, highest, expected) => {
    expect(numbers(current, highest)).toEqual(expected);
  });

  test("a page's pager does not change when pages far above it are added", () => {
    expect(numbers(3, 10)).toEqual(numbers(3, 11));
  });

  test('links each entry to its page', () => {
    expect(pagerEntries(2, 3, newsListUrl)).toEqual([
      { number: undefined, url: '/news/' },
      { number: 3, url: '/news/3/' },
      { number: 2, url: '/news/2/' },
      { number: 1, url: '/news/1/' },
    ]);
  });
});
