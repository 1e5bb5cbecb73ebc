import { describe, expect, test } from 'vitest';
import { articleCrumbs, currentSection, honorCrumbs, sectionCrumbs, sectionOf, type Crumb } from '../../src/lib/site/breadcrumb.ts';

const HOME: Crumb = { label: '首页', url: '/' };

describe('articleCrumbs', () => {
  test.each<[string, Parameters<typeof articleCrumbs>, Crumb[]]>([
    [
      'an article of a community sits under 社区 › its community',
      [{ id: 'taoyuan', name: '桃源社区' }],
      [HOME, { label: '社区', url: '/communities/' }, { label: '桃源社区', url: '/communities/taoyuan/' }],
    ],
    ['an article of no community sits under 新闻', [], [HOME, { label: '新闻', url: '/news/' }]],
    [
      'a 通知 of a community sits under its column, as the nav shows it',
      [
        { id: 'taoyuan', name: '桃源社区' },
        { label: '通知公告', url: '/topics/tongzhi-gonggao/' },
      ],
      [HOME, { label: '通知公告', url: '/topics/tongzhi-gonggao/' }],
    ],
  ])('%s', (_what, args, expected) => {
    expect(articleCrumbs(...args)).toEqual(expected);
  });
});

describe('sectionCrumbs', () => {
  test.each<[Parameters<typeof sectionCrumbs>, Crumb[]]>([
    [
      ['communities', '桃源社区'],
      [HOME, { label: '社区', url: '/communities/' }, { label: '桃源社区' }],
    ],
    [
      ['topics', '垃圾分类'],
      [HOME, { label: '专题', url: '/topics/' }, { label: '垃圾分类' }],
    ],
  ])('puts %j under its section', (args, expected) => {
    expect(sectionCrumbs(...args)).toEqual(expected);
  });
});

describe('honorCrumbs', () => {
  test('puts a year’s roll under 红榜, as the current page', () => {
    expect(honorCrumbs(2024)).toEqual([HOME, { label: '红榜', url: '/honors/' }, { label: '2024年度红榜' }]);
  });

  test('puts an honoree under the year’s roll, which links to the year', () => {
    expect(honorCrumbs(2023, '王老师')).toEqual([
      HOME,
      { label: '红榜', url: '/honors/' },
      { label: '2023年度红榜', url: '/honors/2023/' },
      { label: '王老师' },
    ]);
  });
});

describe('every trail', () => {
  test.each<[string, Crumb[]]>([
    ['a community', sectionCrumbs('communities', '桃源社区')],
    ['a topic', sectionCrumbs('topics', '垃圾分类')],
    ['a year of honors', honorCrumbs(2024)],
    ['an honoree', honorCrumbs(2024, '王老师')],
  ])('for %s starts at 首页 and links every crumb but the current page', (_what, trail) => {
    expect(trail[0]).toEqual(HOME);
    expect(trail.map((c) => c.url !== undefined)).toEqual(trail.map((_, i) => i < trail.length - 1));
  });

  test.each([
    ['a community article', articleCrumbs({ id: 'taoyuan', name: '桃源社区' })],
    ['a plain article', articleCrumbs()],
  ])('for %s starts at 首页 and links every crumb: the title is the h1 below', (_what, trail) => {
    expect(trail[0]).toEqual(HOME);
    expect(trail.every((c) => c.url !== undefined)).toBe(true);
  });
});

describe('the current navigation section', () => {
  test('follows the breadcrumb, so an article of a community marks 社区 as its trail says', () => {
    expect(sectionOf(articleCrumbs({ id: 'taoyuan', name: '桃源社区' }))).toBe('/communities/');
    expect(sectionOf(articleCrumbs())).toBe('/news/');
    expect(sectionOf(honorCrumbs(2024, '王老师'))).toBe('/honors/');
  });

  const SECTIONS = ['/', '/news/', '/communities/', '/honors/'];
  test.each([
    ['/', '/'],
    ['/news/2/', '/news/'],
    ['/communities/taoyuan/', '/communities/'],
    ['/search/', undefined],
  ])('without a trail, %s is under %s', (path, expected) => {
    expect(currentSection(path, SECTIONS)).toBe(expected);
  });
});
