import { describe, expect, test } from 'vitest';
import { pageParam, pagerNumbers, paginate } from '../../src/lib/paginate.ts';
import { newsListUrl, topicUrl } from '../../src/lib/routes.ts';

const numbers = (count: number): number[] => Array.from({ length: count }, (_, i) => i + 1);

describe('paginate', () => {
  test.each([
    [0, 10, [0]],
    [1, 10, [1]],
    [9, 10, [9]],
    [10, 10, [10]],
    [11, 10, [10, 1]],
    [20, 10, [10, 10]],
    [25, 10, [10, 10, 5]],
    [3, 1, [1, 1, 1]],
  ])('splits %i items into pages of %i as %j', (count, size, sizes) => {
    const pages = paginate(numbers(count), size, newsListUrl);
    expect(pages.map((p) => p.items.length)).toEqual(sizes);
    expect(pages.map((p) => [p.number, p.total])).toEqual(sizes.map((_, i) => [i + 1, sizes.length]));
  });

  test('gives an empty list one empty page at the list URL, with no prev or next', () => {
    expect(paginate([], 10, newsListUrl)).toEqual([{ number: 1, total: 1, items: [], url: '/news/', prevUrl: undefined, nextUrl: undefined }]);
  });

  test('keeps every item once, in the order given', () => {
    const items = ['丙', '甲', '乙', '丁', '戊', '己', '庚'];
    expect(paginate(items, 3, newsListUrl).flatMap((p) => p.items)).toEqual(items);
  });

  test('links pages to one another, with no prev on the first page and no next on the last', () => {
    const pages = paginate(numbers(25), 10, newsListUrl);
    expect(pages.map(({ url, prevUrl, nextUrl }) => ({ url, prevUrl, nextUrl }))).toEqual([
      { url: '/news/', prevUrl: undefined, nextUrl: '/news/2/' },
      { url: '/news/2/', prevUrl: '/news/', nextUrl: '/news/3/' },
      { url: '/news/3/', prevUrl: '/news/2/', nextUrl: undefined },
    ]);
  });

  test('adds no empty page after a list that exactly fills its pages', () => {
    const pages = paginate(numbers(20), 10, (n) => topicUrl('la-ji-fen-lei', n));
    expect(pages.map((p) => p.url)).toEqual(['/topics/la-ji-fen-lei/', '/topics/la-ji-fen-lei/2/']);
    expect(pages.at(-1)?.nextUrl).toBeUndefined();
  });

  test('refuses a page size of zero', () => {
    expect(() => paginate([1], 0, newsListUrl)).toThrowErrorMatchingInlineSnapshot(`[RangeError: page size must be a positive integer, got 0]`);
  });

  test.each([-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses the page size %s', (size) => {
    expect(() => paginate([1], size, newsListUrl)).toThrow(RangeError);
  });
});

describe('pageParam', () => {
  test.each([
    [1, undefined],
    [0, undefined],
    [2, '2'],
    [12, '12'],
  ])('gives page %i the route parameter %j', (page, param) => {
    expect(pageParam(page)).toBe(param);
  });

  test('builds each page at the URL the pager links to', () => {
    const pages = paginate(numbers(35), 10, newsListUrl);
    const built = pages.map((p) => {
      const param = pageParam(p.number);
      return param === undefined ? '/news/' : `/news/${param}/`;
    });
    expect(built).toEqual(pages.map((p) => p.url));
  });
});

describe('pagerNumbers', () => {
  test.each([
    [1, 1, 1, [1]],
    [1, 2, 1, [1, 2]],
    [2, 3, 1, [1, 2, 3]],
    [3, 5, 1, [1, 2, 3, 4, 5]],
    [1, 5, 1, [1, 2, null, 5]],
    [5, 5, 1, [1, null, 4, 5]],
    [2, 10, 1, [1, 2, 3, null, 10]],
    [4, 10, 1, [1, null, 3, 4, 5, null, 10]],
    [5, 10, 1, [1, null, 4, 5, 6, null, 10]],
    [10, 10, 1, [1, null, 9, 10]],
    [5, 10, 2, [1, null, 3, 4, 5, 6, 7, null, 10]],
    [5, 10, 0, [1, null, 5, null, 10]],
  ])('on page %i of %i (window %i) shows %j', (current, total, window, expected) => {
    expect(pagerNumbers(current, total, window)).toEqual(expected);
  });

  test('uses a window of one page either side by default', () => {
    expect(pagerNumbers(50, 100)).toEqual([1, null, 49, 50, 51, null, 100]);
  });

  test.each(numbers(12))('on page %i of 12 shows first, current and last once each, in order, never two gaps in a row', (current) => {
    const shown = pagerNumbers(current, 12);
    const pages = shown.filter((n): n is number => n !== null);
    expect(pages).toEqual([...new Set(pages)].sort((a, b) => a - b));
    expect(pages).toEqual(expect.arrayContaining([1, current, 12]));
    expect(shown.some((n, i) => n === null && shown[i + 1] === null)).toBe(false);
    expect([shown[0], shown.at(-1)]).toEqual([1, 12]);
  });
});
