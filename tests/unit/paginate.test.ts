import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dateSpan, pageParam, pagerEntries, pageTitle, paginate, type Page } from '../../src/lib/site/paginate.ts';
import { newsListUrl, topicUrl } from '../../src/lib/site/urls.ts';

/** Articles 1…count, newest first (article `count` is the newest). */
const newestFirst = (count: number): number[] => Array.from({ length: count }, (_, i) => count - i);
const shape = (pages: Page<number>[]) => pages.map((p) => [p.number ?? 'front', p.items.length]);

describe('paginate: pages that stay put', () => {
  test.each([
    [0, [['front', 0]]],
    [9, [['front', 9]]],
    [10, [['front', 10]]],
    [19, [['front', 19]]],
    [
      20,
      [
        ['front', 10],
        [1, 10],
      ],
    ],
    [
      25,
      [
        ['front', 15],
        [1, 10],
      ],
    ],
    [
      47,
      [
        ['front', 17],
        [3, 10],
        [2, 10],
        [1, 10],
      ],
    ],
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
  const numbers = (current: number | undefined, highest: number) =>
    pagerEntries(current, highest, newsListUrl).map((e) => (e === null ? '…' : (e.number ?? '最新')));
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
      { number: undefined, url: '/news/', span: undefined },
      { number: 3, url: '/news/3/', span: undefined },
      { number: 2, url: '/news/2/', span: undefined },
      { number: 1, url: '/news/1/', span: undefined },
    ]);
  });
});

describe('paginate with dates: what a reader sees instead of page numbers', () => {
  // Article n was published on day n of 2025 (China time), so page 1 spans days 1–10.
  const dayOf = (n: number): Date => new Date(Date.UTC(2025, 0, n) - 8 * 3600_000);
  const pages = paginate(newestFirst(47), 10, newsListUrl, dayOf);
  const spans = (p: Page<number>) =>
    p.pager.map((e) => (e === null ? '…' : e.span ? [e.span.oldest, e.span.newest].map((d) => d.getTime()) : (e.number ?? 'front')));

  test("each page knows its oldest and newest article's date", () => {
    expect(pages.map((p) => p.span && [p.span.oldest, p.span.newest])).toEqual([
      [dayOf(31), dayOf(47)],
      [dayOf(21), dayOf(30)],
      [dayOf(11), dayOf(20)],
      [dayOf(1), dayOf(10)],
    ]);
  });

  test("numbered pages' pager links carry their dates; the front page's link carries none", () => {
    const second = pages[2];
    expect(second?.pager.map((e) => e?.number)).toEqual([undefined, 3, 2, 1]);
    expect(spans(second as Page<number>)).toEqual([
      'front',
      [dayOf(21), dayOf(30)].map((d) => d.getTime()),
      [dayOf(11), dayOf(20)].map((d) => d.getTime()),
      [dayOf(1), dayOf(10)].map((d) => d.getTime()),
    ]);
  });

  test('adding one article still rewrites at most three existing pages when pages show their dates', () => {
    for (let count = 0; count < 80; count++) {
      const before = new Map(paginate(newestFirst(count), 10, newsListUrl, dayOf).map((p) => [p.url, JSON.stringify(p)]));
      const changed = paginate(newestFirst(count + 1), 10, newsListUrl, dayOf).filter((p) => before.has(p.url) && before.get(p.url) !== JSON.stringify(p));
      expect(changed.length, `adding article ${count + 1}`).toBeLessThanOrEqual(3);
    }
  });

  test('items without a date are left out of the span; a page with none has no span', () => {
    expect(dateSpan([1, 2, 3], (n) => (n === 2 ? dayOf(5) : undefined))).toEqual({ oldest: dayOf(5), newest: dayOf(5) });
    expect(dateSpan([1], () => undefined)).toBeUndefined();
  });
});

describe('pageTitle', () => {
  const dayOf = (n: number): Date => new Date(Date.UTC(2025, 0, n) - 8 * 3600_000);
  test('names a numbered page by its dates, and leaves the front page its plain title', () => {
    const pages = paginate(newestFirst(25), 10, newsListUrl, dayOf);
    expect(pages.map((p) => pageTitle('新闻', p))).toEqual(['新闻', '新闻（2025年1月1日至1月10日）']);
  });

  test('falls back to the page number when its articles have no dates', () => {
    expect(pageTitle('新闻', paginate(newestFirst(25), 10, newsListUrl)[1] as Page<number>)).toBe('新闻（第 1 页）');
  });
});
