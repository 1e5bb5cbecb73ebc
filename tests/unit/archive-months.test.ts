import { afterEach, describe, expect, test } from 'vitest';
import { groupByYearMonth, monthLinks } from '../../src/lib/site/archive-months.ts';

interface Item {
  id: string;
  at: string;
}

const item = (id: string, at: string): Item => ({ id, at });
const dateOf = (i: Item): Date => new Date(i.at);

/** The archive as a reader sees it: year (count) › month › article ids. */
const outline = (items: Item[]): [number, number, [number, string[]][]][] =>
  groupByYearMonth(items, dateOf).map((y) => [y.year, y.count, y.months.map((m): [number, string[]] => [m.month, m.items.map((i) => i.id)])]);

describe('groupByYearMonth', () => {
  test('gives no years for no articles', () => {
    expect(groupByYearMonth([], dateOf)).toEqual([]);
  });

  test('lists years and months newest first, keeping each month’s articles in order', () => {
    const items = [
      item('march-b', '2025-03-20T09:00:00+08:00'),
      item('march-a', '2025-03-02T09:00:00+08:00'),
      item('january', '2025-01-15T09:00:00+08:00'),
      item('december', '2024-12-10T09:00:00+08:00'),
      item('june', '2024-06-01T09:00:00+08:00'),
      item('long-ago', '2021-01-25T15:54:00+08:00'),
    ];
    expect(outline(items)).toEqual([
      [
        2025,
        3,
        [
          [3, ['march-b', 'march-a']],
          [1, ['january']],
        ],
      ],
      [
        2024,
        2,
        [
          [12, ['december']],
          [6, ['june']],
        ],
      ],
      [2021, 1, [[1, ['long-ago']]]],
    ]);
  });

  test.each([
    ['2024-12-31T23:30:00+08:00', 2024, 12],
    ['2025-01-01T00:10:00+08:00', 2025, 1],
    ['2024-12-31T16:10:00Z', 2025, 1],
    ['2024-12-31T15:59:59Z', 2024, 12],
    ['2024-03-31T23:59:59+08:00', 2024, 3],
    ['2024-04-01T00:00:00+08:00', 2024, 4],
    ['2024-02-29T20:00:00-08:00', 2024, 3],
  ])('files an article published at %s under %i-%i (China time)', (at, year, month) => {
    expect(outline([item('x', at)])).toEqual([[year, 1, [[month, ['x']]]]]);
  });

  test('splits articles half an hour apart across New Year in China', () => {
    const items = [item('new-year', '2025-01-01T00:10:00+08:00'), item('old-year', '2024-12-31T23:30:00+08:00')];
    expect(outline(items)).toEqual([
      [2025, 1, [[1, ['new-year']]]],
      [2024, 1, [[12, ['old-year']]]],
    ]);
  });

  describe('whatever time zone the build machine runs in', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    test.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])(
      'files New Year’s Eve and New Year’s Day in China the same way under TZ=%s',
      (tz) => {
        process.env.TZ = tz;
        const items = [item('new-year', '2025-01-01T00:10:00+08:00'), item('old-year', '2024-12-31T23:30:00+08:00')];
        expect(outline(items)).toEqual([
          [2025, 1, [[1, ['new-year']]]],
          [2024, 1, [[12, ['old-year']]]],
        ]);
      },
    );
  });
});

describe('monthLinks', () => {
  test("links each month to the year page where its newest article is, at the month's heading", () => {
    // A year in two pages: the front page ends inside March, page 1 holds the rest of March and January.
    const pages = [
      { url: '/archive/2025/', items: [item('may', '2025-05-01T09:00:00+08:00'), item('march-c', '2025-03-30T09:00:00+08:00')] },
      { url: '/archive/2025/1/', items: [item('march-b', '2025-03-20T09:00:00+08:00'), item('january', '2025-01-15T09:00:00+08:00')] },
    ];
    expect([...monthLinks(pages, dateOf)]).toEqual([
      [5, '/archive/2025/#month-5'],
      [3, '/archive/2025/#month-3'],
      [1, '/archive/2025/1/#month-1'],
    ]);
  });

  test('reads the month in China time: 07:00 on 1 February is February, though still January in UTC', () => {
    expect([...monthLinks([{ url: '/archive/2025/', items: [item('early', '2025-02-01T07:00:00+08:00')] }], dateOf)]).toEqual([[2, '/archive/2025/#month-2']]);
  });
});
