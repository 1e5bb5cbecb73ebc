import { describe, expect, test } from 'vitest';
import { parseChinaTime } from '../../src/lib/china-time.ts';
import { siteColumns, type ColumnSettings } from '../../src/lib/site/columns.ts';
import { buildSiteModel } from '../../src/lib/site/model.ts';
import { TopicIndex } from '../../src/lib/site/topics.ts';
import { communitySource, honorSource, newsSource } from '../support/model-sources.ts';

const at = (text: string): Date => parseChinaTime(text) ?? new Date(NaN);
const SETTINGS: ColumnSettings = { news: 'dynamic', honors: 'other', communities: 'other', topics: { 'tongzhi-gonggao': 'notice' }, topicDefault: 'feature' };

function model(columnTopics: string[] = []) {
  const news = (id: string, time: string, community: string | undefined, topics: string[]) =>
    newsSource(id, { title: id, publishedAt: at(time), community, topics });
  return buildSiteModel({
    news: [
      news('a', '2026-11-18 16:30', 'qingsongli', ['通知公告']),
      news('b', '2025-03-08 09:30', 'qingsongli', ['义诊']),
      news('c', '2024-01-02 08:00', undefined, ['义诊']),
    ],
    honors: [honorSource('h', { name: '王淑芬', year: 2025, category: 'civility', community: 'qingsongli' })],
    communities: [communitySource('qingsongli', '青松里社区'), communitySource('haitangwan', '海棠湾社区')],
    topics: new TopicIndex({ 通知公告: 'tongzhi-gonggao', 义诊: 'yizhen', 政策文件: 'zhengce-wenjian' }),
    columnTopics,
    now: at('2026-11-22 12:00'),
    preview: false,
    summaryLength: 60,
    honorCategories: ['civility'],
  });
}

describe('siteColumns', () => {
  const columns = siteColumns(model(), SETTINGS);
  const byKey = new Map(columns.map((c) => [c.key, c]));

  test('every list a reader can reach is a column with its kind from the settings', () => {
    expect(columns.map((c) => [c.key, c.kind])).toEqual([
      ['news', 'dynamic'],
      ['honors', 'other'],
      ['topic:yizhen', 'feature'],
      ['topic:tongzhi-gonggao', 'notice'], // most used first, as /topics/ lists them
      ['community:haitangwan', 'other'],
      ['community:qingsongli', 'other'],
    ]);
  });

  test('a column was last updated by its newest article', () => {
    expect(byKey.get('news')?.lastUpdated).toEqual(at('2026-11-18 16:30'));
    expect(byKey.get('topic:yizhen')?.lastUpdated).toEqual(at('2025-03-08 09:30'));
    expect(byKey.get('community:qingsongli')?.count).toBe(2);
  });

  test('a community with no article is an empty column', () => {
    expect(byKey.get('community:haitangwan')).toMatchObject({ count: 0, lastUpdated: undefined });
  });

  test('红榜 counts from 1 January after its newest roll (a roll is announced when its year ends)', () => {
    expect(byKey.get('honors')?.lastUpdated).toEqual(at('2026-01-01 00:00'));
  });
});

describe('a nav column no article uses yet', () => {
  test('has its page (an empty column the audit counts), named as topics.yaml names it', () => {
    const columns = siteColumns(model(['zhengce-wenjian', 'tongzhi-gonggao']), { ...SETTINGS, topics: { ...SETTINGS.topics, 'zhengce-wenjian': 'policy' } });
    expect(columns.find((c) => c.key === 'topic:zhengce-wenjian')).toMatchObject({
      name: '政策文件',
      kind: 'policy',
      count: 0,
      lastUpdated: undefined,
      url: '/topics/zhengce-wenjian/',
    });
    // A column that has articles is listed once.
    expect(columns.filter((c) => c.key === 'topic:tongzhi-gonggao')).toHaveLength(1);
  });
});
