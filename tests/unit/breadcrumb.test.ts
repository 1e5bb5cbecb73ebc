import { describe, expect, test } from 'vitest';
import { articleCrumbs, honorCrumbs, sectionCrumbs, type Crumb } from '../../src/lib/breadcrumb.ts';

const HOME: Crumb = { label: '首页', url: '/' };

describe('articleCrumbs', () => {
  test.each<[string, Parameters<typeof articleCrumbs>, Crumb[]]>([
    [
      'an article of a community sits under 社区 › its community',
      ['红心食堂开张了', { id: 'taoyuan', name: '桃源社区' }],
      [HOME, { label: '社区', url: '/communities/' }, { label: '桃源社区', url: '/communities/taoyuan/' }, { label: '红心食堂开张了' }],
    ],
    ['an article of no community sits under 新闻', ['全市停水通知'], [HOME, { label: '新闻', url: '/news/' }, { label: '全市停水通知' }]],
  ])('%s', (_what, args, expected) => {
    expect(articleCrumbs(...args)).toEqual(expected);
  });
});

describe('sectionCrumbs', () => {
  test.each<[Parameters<typeof sectionCrumbs>, Crumb[]]>([
    [['communities', '桃源社区'], [HOME, { label: '社区', url: '/communities/' }, { label: '桃源社区' }]],
    [['topics', '垃圾分类'], [HOME, { label: '专题', url: '/topics/' }, { label: '垃圾分类' }]],
  ])('puts %j under its section', (args, expected) => {
    expect(sectionCrumbs(...args)).toEqual(expected);
  });
});

describe('honorCrumbs', () => {
  test('puts a year’s roll under 红榜, as the current page', () => {
    expect(honorCrumbs(2024)).toEqual([HOME, { label: '红榜', url: '/honors/' }, { label: '2024 年红榜' }]);
  });

  test('puts an honoree under the year’s roll, which links to the year', () => {
    expect(honorCrumbs(2023, '王老师')).toEqual([HOME, { label: '红榜', url: '/honors/' }, { label: '2023 年红榜', url: '/honors/2023/' }, { label: '王老师' }]);
  });
});

describe('every trail', () => {
  test.each<[string, Crumb[]]>([
    ['a community article', articleCrumbs('标题', { id: 'taoyuan', name: '桃源社区' })],
    ['a plain article', articleCrumbs('标题')],
    ['a community', sectionCrumbs('communities', '桃源社区')],
    ['a topic', sectionCrumbs('topics', '垃圾分类')],
    ['a year of honors', honorCrumbs(2024)],
    ['an honoree', honorCrumbs(2024, '王老师')],
  ])('for %s starts at 首页 and links every crumb but the current page', (_what, trail) => {
    expect(trail[0]).toEqual(HOME);
    expect(trail.map((c) => c.url !== undefined)).toEqual(trail.map((_, i) => i < trail.length - 1));
  });
});
