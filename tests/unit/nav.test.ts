import { describe, expect, test } from 'vitest';
import { parseChinaTime } from '../../src/lib/china-time.ts';
import type { Column } from '../../src/lib/site/columns.ts';
import { isNavColumn, mainNav } from '../../src/lib/site/nav.ts';
import { PAST_TOPIC_DAYS, topicShelves } from '../../src/lib/site/topic-shelves.ts';

describe('mainNav', () => {
  test('通知公告 and 政策文件 topics are columns of the nav, in that order, named by their kind', () => {
    const nav = mainNav({ topics: { 'zhengce-wenjian': 'policy', yizhen: 'feature', 'tongzhi-gonggao': 'notice', 'dangjian-dongtai': 'dynamic' } });
    expect(nav.map((l) => `${l.label} ${l.url}`)).toEqual([
      '首页 /',
      '新闻 /news/',
      '通知公告 /topics/tongzhi-gonggao/',
      '政策文件 /topics/zhengce-wenjian/',
      '社区 /communities/',
      '专题 /topics/',
      '红榜 /honors/',
      '归档 /archive/',
      '互动交流 /contact/',
    ]);
    expect(isNavColumn('tongzhi-gonggao', { topics: { 'tongzhi-gonggao': 'notice' } })).toBe(true);
    expect(isNavColumn('yizhen', { topics: { yizhen: 'feature' } })).toBe(false);
  });
});

describe('topicShelves', () => {
  const now = parseChinaTime('2026-11-22 12:00') ?? new Date(NaN);
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
  const topic = (slug: string, last: Date | undefined): Column => ({
    key: `topic:${slug}`,
    group: 'topic',
    kind: 'feature',
    name: slug,
    url: `/topics/${slug}/`,
    count: 1,
    lastUpdated: last,
  });

  test("a 专题 with nothing new for a year is 往期; the site's own columns are not 专题 at all", () => {
    const shelves = topicShelves(
      [topic('old', daysAgo(PAST_TOPIC_DAYS + 1)), topic('live', daysAgo(10)), topic('edge', daysAgo(PAST_TOPIC_DAYS)), topic('tongzhi-gonggao', daysAgo(1))],
      now,
      (slug) => slug === 'tongzhi-gonggao',
    );
    expect(shelves.current.map((c) => c.name)).toEqual(['live', 'edge']);
    expect(shelves.past.map((c) => c.name)).toEqual(['old']);
  });
});
