import { describe, expect, test } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { archiveIndex } from '../../src/lib/site/archive-index.ts';
import { buildSiteModel } from '../../src/lib/site/model.ts';
import { TopicIndex } from '../../src/lib/site/topics.ts';
import { newsSource, type Plain } from '../support/model-sources.ts';

/** `count` articles in March 2025 (China time) and `april` in April, then one in January 2024. */
function model(count: number, april = 1) {
  const at = (month: number, i: number) => new Date(Date.UTC(2025, month - 1, 1 + (i % 28), 2, i));
  const news = [
    ...Array.from({ length: count }, (_, i) => newsSource(`m${i}`, { title: `三月${i}`, publishedAt: at(3, i) })),
    ...Array.from({ length: april }, (_, i) => newsSource(`a${i}`, { title: `四月${i}`, publishedAt: at(4, i) })),
    newsSource('old', { title: '旧', publishedAt: new Date('2024-01-01T00:30:00+08:00') }),
  ];
  return buildSiteModel<Plain>({
    news,
    honors: [],
    communities: [],
    topics: new TopicIndex(),
    now: new Date('2026-11-22T12:00:00+08:00'),
    preview: false,
    summaryLength: 60,
    honorCategories: [],
  });
}

describe('archiveIndex', () => {
  test('lists years newest first with their counts, and each month with its count and anchor', () => {
    expect(archiveIndex(model(2))).toEqual([
      {
        year: 2025,
        count: 3,
        url: '/archive/2025/',
        months: [
          { month: 4, count: 1, url: '/archive/2025/#month-4' },
          { month: 3, count: 2, url: '/archive/2025/#month-3' },
        ],
      },
      { year: 2024, count: 1, url: '/archive/2024/', months: [{ month: 1, count: 1, url: '/archive/2024/#month-1' }] },
    ]);
  });

  test('links a month that starts past the front page to the numbered page holding its newest article', () => {
    const size = SITE.pageSize.archive;
    // April fills the front page and one numbered page; March's one article is the oldest, on page 1.
    const [year] = archiveIndex(model(1, size * 3));
    expect(year?.months).toEqual([
      { month: 4, count: size * 3, url: '/archive/2025/#month-4' },
      { month: 3, count: 1, url: '/archive/2025/1/#month-3' },
    ]);
  });
});
