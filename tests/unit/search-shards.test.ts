import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/lib/search/documents.ts';
import { firstAnswerShards, shardDocuments, SINGLE_SHARD, type ShardManifest } from '../../src/lib/search/shards.ts';

/** A news document published on the given China-time day. */
const news = (day: string, n = 0): SearchDocument => {
  const date = new Date(`${day}T12:00:00+08:00`);
  return { url: `/news/${day}-${n}/`, type: 'news', title: day, text: '', year: Number(day.slice(0, 4)), sortDate: date.getTime() / 1000 };
};
const profile = (type: 'honor' | 'community', n: number): SearchDocument => ({ url: `/${type}/${n}/`, type, title: String(n), text: '', sortDate: 0 });

describe('shardDocuments', () => {
  it('keeps a site that fits in one shard in one, so its ranking is exactly Pagefind\'s', () => {
    const docs = [news('2024-03-01'), profile('community', 1), news('2026-01-01')];
    expect(shardDocuments(docs, 3).map((s) => [s.id, s.docs.length, s.years])).toEqual([[SINGLE_SHARD, 3, [2026, 2024]]]);
  });

  it('splits a bigger site by year, newest first, honors by their year and profiles with the newest year, each document once', () => {
    const docs = [news('2024-03-01'), profile('community', 1), news('2026-01-01'), { ...profile('honor', 2), year: 2024 }, news('2024-12-31'), news('2025-06-15')];
    const shards = shardDocuments(docs, 3);
    expect(shards.map((s) => [s.id, s.docs.map((d) => d.url)])).toEqual([
      ['2025_2026', ['/news/2025-06-15-0/', '/community/1/', '/news/2026-01-01-0/']],
      ['2024', ['/news/2024-03-01-0/', '/honor/2/', '/news/2024-12-31-0/']],
    ]);
    expect(shards.map((s) => s.years)).toEqual([[2026, 2025], [2024]]);
  });

  it('packs years from the oldest, so new articles change only the newest shard', () => {
    const year = (y: number, n: number) => Array.from({ length: n }, (_, i) => news(`${y}-05-05`, i));
    const before = shardDocuments([...year(2020, 4), ...year(2021, 4), ...year(2022, 4), ...year(2023, 2)], 8);
    const after = shardDocuments([...year(2020, 4), ...year(2021, 4), ...year(2022, 4), ...year(2023, 2), ...year(2023, 3).map((d) => ({ ...d, url: `${d.url}new` }))], 8);
    expect(before.map((s) => [s.id, s.docs.length])).toEqual([['2022_2023', 6], ['2020_2021', 8]]);
    expect(after.map((s) => [s.id, s.docs.length])).toEqual([['2023', 5], ['2022', 4], ['2020_2021', 8]]);
  });

  it('uses the China-time year and month: 31 December 23:30 in Beijing is still that year', () => {
    const late: SearchDocument = { ...news('2024-12-31'), sortDate: new Date('2024-12-31T23:30:00+08:00').getTime() / 1000 };
    expect(shardDocuments([late, news('2023-05-05')], 1).map((s) => s.id)).toEqual(['2024', '2023']);
  });

  it('cuts a year that is too big into runs of whole months, newest run first, none bigger than needed', () => {
    const docs = Array.from({ length: 12 }, (_, m) => Array.from({ length: 10 }, (_, i) => news(`2025-${String(m + 1).padStart(2, '0')}-10`, i))).flat();
    const shards = shardDocuments(docs, 40);
    expect(shards.map((s) => s.id)).toEqual(['2025-09', '2025-05', '2025-01']);
    expect(shards.map((s) => s.docs.length)).toEqual([40, 40, 40]);
    expect(shards.every((s) => s.years.join() === '2025')).toBe(true);
  });

  it('never cuts a month, even one bigger than a shard', () => {
    const docs = Array.from({ length: 50 }, (_, i) => news('2025-03-03', i));
    expect(shardDocuments(docs, 10).map((s) => s.docs.length)).toEqual([50]);
  });
});

describe('firstAnswerShards', () => {
  const manifest = (counts: [string, number][]): ShardManifest => ({ shards: counts.map(([id, count]) => ({ id, years: [], count, digest: '' })) });

  it('takes the newest shards until they hold enough documents', () => {
    expect(firstAnswerShards(manifest([['2026', 3], ['2025', 900], ['2024', 1200], ['2023', 1200]]), 1000)).toEqual(['2026', '2025', '2024']);
    expect(firstAnswerShards(manifest([['2026', 3000], ['2025', 900]]), 1000)).toEqual(['2026']);
  });

  it('is every shard for a small site', () => {
    expect(firstAnswerShards(manifest([[SINGLE_SHARD, 20]]), 1000)).toEqual([SINGLE_SHARD]);
    expect(firstAnswerShards(manifest([['2021', 5], ['2020', 3]]), 1000)).toEqual(['2021', '2020']);
  });
});
