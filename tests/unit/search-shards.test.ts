import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/lib/search/documents.ts';
import {
  firstAnswerShards,
  shardDocuments,
  shardTiers,
  SINGLE_SHARD,
  tiersForYear,
  waitsForReader,
  yearRange,
  type ShardManifest,
} from '../../src/lib/search/shards.ts';

/** A news document published on the given China-time day. */
const news = (day: string, n = 0): SearchDocument => {
  const date = new Date(`${day}T12:00:00+08:00`);
  return { url: `/news/${day}-${n}/`, type: 'news', title: day, body: [], fields: [], year: Number(day.slice(0, 4)), sortDate: date.getTime() / 1000 };
};
const profile = (type: 'honor' | 'community', n: number): SearchDocument => ({
  url: `/${type}/${n}/`,
  type,
  title: String(n),
  body: [],
  fields: [],
  sortDate: 0,
});

describe('shardDocuments', () => {
  it("keeps a site small enough for one quick shard in one, so its ranking is exactly Pagefind's", () => {
    const docs = [news('2024-03-01'), profile('community', 1), news('2026-01-01')];
    expect(shardDocuments(docs, 10, 3).map((s) => [s.id, s.docs.length, s.years])).toEqual([[SINGLE_SHARD, 3, [2026, 2024]]]);
  });

  it('puts the newest whole months, with every community profile, in a small first shard, and the rest by year, each document once', () => {
    const docs = [
      news('2024-03-01'),
      profile('community', 1),
      news('2026-01-01'),
      { ...profile('honor', 2), year: 2024 },
      news('2024-12-31'),
      news('2025-06-15'),
    ];
    const shards = shardDocuments(docs, 3, 2);
    expect(shards.map((s) => [s.id, s.docs.map((d) => d.url)])).toEqual([
      ['recent-2025-06', ['/community/1/', '/news/2026-01-01-0/', '/news/2025-06-15-0/']],
      ['2024', ['/news/2024-03-01-0/', '/honor/2/', '/news/2024-12-31-0/']],
    ]);
    expect(shards.map((s) => s.years)).toEqual([[2026, 2025], [2024]]);
  });

  it('packs older years from the oldest, so new articles change only the newest shard', () => {
    const year = (y: number, n: number) => Array.from({ length: n }, (_, i) => news(`${y}-05-05`, i));
    const before = shardDocuments([...year(2020, 4), ...year(2021, 4), ...year(2022, 4), ...year(2023, 2)], 8, 3);
    const after = shardDocuments(
      [...year(2020, 4), ...year(2021, 4), ...year(2022, 4), ...year(2023, 2), ...year(2023, 3).map((d) => ({ ...d, url: `${d.url}new` }))],
      8,
      3,
    );
    expect(before.map((s) => [s.id, s.docs.length])).toEqual([
      ['recent-2023-05', 2],
      ['2022', 4],
      ['2020_2021', 8],
    ]);
    expect(after.map((s) => [s.id, s.docs.length])).toEqual([
      ['recent-2023-05', 5],
      ['2022', 4],
      ['2020_2021', 8],
    ]);
  });

  it('uses the China-time month and year: half past midnight on 1 January in Beijing is the new year (still the old one in UTC)', () => {
    const early: SearchDocument = { ...news('2025-01-01'), sortDate: new Date('2025-01-01T00:30:00+08:00').getTime() / 1000, year: 2025 };
    expect(shardDocuments([early, news('2024-12-20'), news('2023-05-05')], 1).map((s) => s.id)).toEqual(['recent-2025-01', '2024', '2023']);
  });

  it('cuts an older year that is too big into runs of whole months, newest run first, none bigger than needed', () => {
    const docs = Array.from({ length: 12 }, (_, m) => Array.from({ length: 10 }, (_, i) => news(`2025-${String(m + 1).padStart(2, '0')}-10`, i))).flat();
    const shards = shardDocuments(docs, 40, 10);
    expect(shards.map((s) => s.id)).toEqual(['recent-2025-12', '2025-09', '2025-05', '2025-01']);
    expect(shards.map((s) => s.docs.length)).toEqual([10, 30, 40, 40]);
    expect(shards.every((s) => s.years.join() === '2025')).toBe(true);
  });

  it('never cuts a month, even one bigger than a shard', () => {
    const docs = Array.from({ length: 50 }, (_, i) => news('2025-03-03', i));
    expect(shardDocuments(docs, 10).map((s) => s.docs.length)).toEqual([50]);
  });
});

describe('firstAnswerShards', () => {
  const manifest = (counts: [string, number][]): ShardManifest => ({ shards: counts.map(([id, count]) => ({ id, years: [], count, digest: '' })) });

  it('is the newest shard', () => {
    expect(
      firstAnswerShards(
        manifest([
          ['recent-2026-09', 1400],
          ['2020_2026', 9000],
        ]),
      ),
    ).toEqual(['recent-2026-09']);
  });

  it('is the only shard of a small site', () => {
    expect(firstAnswerShards(manifest([[SINGLE_SHARD, 20]]))).toEqual([SINGLE_SHARD]);
  });
});

describe('shardTiers', () => {
  const manifest = (shards: [string, number, number[]][]): ShardManifest => ({
    shards: shards.map(([id, count, years]) => ({ id, years, count, digest: '' })),
  });
  const city = manifest([
    ['recent-2026-09', 600, [2026]],
    ['2026-01', 5000, [2026]],
    ['2025', 5000, [2025]],
    ['2024', 5000, [2024]],
    ['2023', 5000, [2023]],
    ['2022', 5000, [2022]],
    ['2019_2021', 5000, [2021, 2020, 2019]],
  ]);

  it('a city-size index: the newest shard, then the recent years up to the documents searched unasked, then the earliest years on request', () => {
    expect(shardTiers(city, 20_000)).toEqual([
      { ids: ['recent-2026-09'], years: [2026], onRequest: false },
      { ids: ['2026-01', '2025', '2024', '2023'], years: [2026, 2025, 2024, 2023], onRequest: false },
      { ids: ['2022', '2019_2021'], years: [2022, 2021, 2020, 2019], onRequest: true },
    ]);
  });

  it('a site whose older shards fit is searched whole, as before: no tier waits for the reader', () => {
    expect(shardTiers(city, 100_000).map((t) => t.onRequest)).toEqual([false, false]);
    expect(shardTiers(manifest([[SINGLE_SHARD, 300, [2026, 2025]]]))).toEqual([{ ids: [SINGLE_SHARD], years: [2026, 2025], onRequest: false }]);
  });

  it('searches at least one older shard unasked, even one bigger than the limit', () => {
    expect(shardTiers(city, 1000).map((t) => t.ids.length)).toEqual([1, 1, 5]);
  });
});

describe('yearRange', () => {
  it('names a span of years from the earliest, or one year alone', () => {
    expect(yearRange([2022, 2019, 2021])).toBe('2019—2022');
    expect(yearRange([2022])).toBe('2022');
    expect(yearRange([])).toBe('');
  });
});

describe('tiersForYear', () => {
  const tiers = [
    { id: 'newest', years: [2026] },
    { id: 'recent', years: [2026, 2025, 2024] },
    { id: 'earliest', years: [2023, 2022] },
    { id: 'profiles', years: [] },
  ];
  it('keeps the tiers holding the filtered year (and those without years), all of them without a filter', () => {
    expect(tiersForYear(tiers, '2022').map((t) => t.id)).toEqual(['earliest', 'profiles']);
    expect(tiersForYear(tiers, '2026').map((t) => t.id)).toEqual(['newest', 'recent', 'profiles']);
    expect(tiersForYear(tiers, undefined)).toHaveLength(4);
    expect(tiersForYear(tiers, '')).toHaveLength(4);
  });
});

describe('waitsForReader', () => {
  const earliest = { onRequest: true };
  it('leaves the earliest years for the reader once the recent ones fill a page, and only then', () => {
    expect(waitsForReader(earliest, false, 10, 10)).toBe(true);
    expect(waitsForReader(earliest, false, 9, 10)).toBe(false);
  });
  it('never once the reader asked, and never for a tier searched unasked', () => {
    expect(waitsForReader(earliest, true, 500, 10)).toBe(false);
    expect(waitsForReader({ onRequest: false }, false, 500, 10)).toBe(false);
  });
});
