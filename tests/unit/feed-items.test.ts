import { describe, expect, test } from 'vitest';
import { honorFeedEntry, newsFeedEntry } from '../../src/lib/feeds/feed-items.ts';
import { honorView, newsView } from '../../src/lib/site/views.ts';
import { honorSource, newsSource, type Plain } from '../support/model-sources.ts';

describe('feed items', () => {
  test('an article’s item: absolute URL, summary, time, authors, community and topics as categories', () => {
    const at = new Date('2026-11-18T08:30:00Z');
    const item = newsView<Plain>(newsSource('hongxin-shitang', { title: '红心食堂开张了', publishedAt: at, authors: ['张伟'] }), {
      summary: '老人有了食堂。',
      community: { id: 'taoyuan', name: '桃源社区' },
      topics: [{ slug: 'shi-tang', name: '食堂' }],
    });
    expect(newsFeedEntry(item, '<p>正文</p>')).toEqual({
      title: '红心食堂开张了',
      url: 'https://shequ.example.cn/news/hongxin-shitang/',
      summary: '老人有了食堂。',
      html: '<p>正文</p>',
      date: at,
      creators: ['张伟'],
      categories: ['桃源社区', '食堂'],
    });
  });

  test('an honor’s item: its roll in the title, the deed and community as summary, no date', () => {
    const honor = honorView<Plain>(honorSource('wang', { name: '王大妈', year: 2025, category: 'civility', community: 'a', headline: '照顾孤寡老人十年' }), {
      id: 'a',
      name: '甲社区',
    });
    expect(honorFeedEntry(honor, '<p>事迹</p>')).toEqual({
      title: '2025年文明红榜：王大妈',
      url: 'https://shequ.example.cn/honors/2025/wang/',
      summary: '照顾孤寡老人十年（甲社区）',
      html: '<p>事迹</p>',
      categories: ['文明红榜', '甲社区'],
    });
  });
});
