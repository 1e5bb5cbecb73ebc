import { describe, expect, test } from 'vitest';
import { homePage } from '../../src/lib/site/home-page.ts';
import { buildSiteModel } from '../../src/lib/site/model.ts';
import { pinyinSlug, TopicIndex } from '../../src/lib/site/topics.ts';
import { communitySource, honorSource, newsSource, type Plain } from '../support/model-sources.ts';

const NOW = new Date('2026-11-22T04:00:00Z');
const daysAgo = (d: number): Date => new Date(NOW.getTime() - d * 86_400_000);
const config = {
  noticeTopic: pinyinSlug('通知公告'),
  homeCommunities: { blocks: 2, perBlock: 2, recentDays: 30 },
  pageSize: { home: 2 },
  homeSide: { notices: 2, honors: 3 },
  homeLeadDays: 7,
} as const;

function model() {
  return buildSiteModel<Plain>({
    news: [
      newsSource('lead', { title: '头条', publishedAt: daysAgo(1), featured: true, community: 'a' }),
      newsSource('n1', { title: '动态一', publishedAt: daysAgo(2), community: 'a' }),
      newsSource('n2', { title: '动态二', publishedAt: daysAgo(3), community: 'b' }),
      newsSource('notice', { title: '停水通知', publishedAt: daysAgo(2), topics: ['通知公告'], community: 'b' }),
      newsSource('b1', { title: '乙社区旧闻', publishedAt: daysAgo(10), community: 'b' }),
      newsSource('old', { title: '去年的事', publishedAt: daysAgo(400), community: 'a' }),
    ],
    honors: [
      honorSource('h1', { name: '王淑芬', year: 2025, category: 'civility', community: 'a' }),
      honorSource('h2', { name: '李建国', year: 2025, category: 'morality', community: 'b' }),
      honorSource('h0', { name: '赵老师', year: 2024, category: 'civility', community: 'b' }),
    ],
    communities: [communitySource('a', '甲社区'), communitySource('b', '乙社区')],
    topics: new TopicIndex(),
    now: NOW,
    preview: false,
    summaryLength: 60,
    honorCategories: ['civility', 'morality'],
  });
}

describe('homePage', () => {
  test('each article shows once, the notice in its own box, blocks named from the model', () => {
    const home = homePage(model(), config, NOW);
    expect(home.lead?.title).toBe('头条');
    expect(home.latest.map((n) => n.title)).toEqual(['动态一', '动态二']);
    expect(home.notices.map((n) => n.title)).toEqual(['停水通知']);
    // What is left and recent, by community; a year-old story is not "recent".
    expect(home.blocks).toEqual([expect.objectContaining({ id: 'b', name: '乙社区', items: [expect.objectContaining({ title: '乙社区旧闻' })] })]);
  });

  test('the honor box takes the newest year, in category order, up to its size', () => {
    const home = homePage(model(), { ...config, homeSide: { notices: 2, honors: 1 } }, NOW);
    expect(home.honorYear?.year).toBe(2025);
    expect(home.honorNames.map(({ honor, categoryId }) => [honor.name, categoryId])).toEqual([['王淑芬', 'civility']]);
  });

  test('a site without the notices topic has no link to it', () => {
    expect(homePage(model(), { ...config, noticeTopic: 'no-such-topic' }, NOW).noticeTopic).toBeUndefined();
  });
});
