import { describe, expect, test } from 'vitest';
import { groupBy, honorRolls } from '../../src/lib/site/groupings.ts';
import { SITE } from '../../src/site.config.ts';

describe('groupBy', () => {
  const news = [
    { id: 'a', topics: ['la-ji-fen-lei', 'yi-zhen'] },
    { id: 'b', topics: ['yi-zhen'] },
    { id: 'c', topics: [] },
    { id: 'd', topics: ['la-ji-fen-lei', 'la-ji-fen-lei'] },
  ];
  const grouped = groupBy(news, (n) => n.topics);
  const ids = (key: string): string[] | undefined => grouped.get(key)?.map((n) => n.id);

  test.each([
    ['la-ji-fen-lei', ['a', 'd']],
    ['yi-zhen', ['a', 'b']],
  ])('lists under %s every item that has it, once each, in the original order', (key, expected) => {
    expect(ids(key)).toEqual(expected);
  });

  test('makes groups only for keys some item has, in order of first appearance', () => {
    expect([...grouped.keys()]).toEqual(['la-ji-fen-lei', 'yi-zhen']);
  });

  test('gives no groups for no items', () => {
    expect(groupBy([], () => ['x']).size).toBe(0);
  });
});

describe('honorRolls', () => {
  interface Honor {
    name: string;
    year: number;
    category: string;
  }
  const h = (name: string, year: number, category: string): Honor => ({ name, year, category });
  const outline = (entries: Honor[], categories: readonly string[] = SITE.honorCategories): [number, [string, string[]][]][] =>
    honorRolls(entries, categories, (e) => e.name).map((y) => [y.year, y.categories.map((c): [string, string[]] => [c.id, c.entries.map((e) => e.name)])]);

  test('gives no years for no entries', () => {
    expect(honorRolls([], SITE.honorCategories, (e: Honor) => e.name)).toEqual([]);
  });

  test('lists years newest first, categories in the configured order, leaving out empty ones', () => {
    const entries = [
      h('张伟', 2022, 'model-resident'),
      h('李娜', 2024, 'dedication'),
      h('王芳', 2024, 'civility'),
      h('刘洋', 2023, 'filial'),
      h('陈静', 2024, 'model-resident'),
    ];
    expect(outline(entries)).toEqual([
      [
        2024,
        [
          ['civility', ['王芳']],
          ['dedication', ['李娜']],
          ['model-resident', ['陈静']],
        ],
      ],
      [2023, [['filial', ['刘洋']]]],
      [2022, [['model-resident', ['张伟']]]],
    ]);
  });

  test('follows a site’s own category order', () => {
    const entries = [h('王芳', 2024, 'civility'), h('李娜', 2024, 'dedication')];
    expect(outline(entries, ['dedication', 'civility'])).toEqual([
      [
        2024,
        [
          ['dedication', ['李娜']],
          ['civility', ['王芳']],
        ],
      ],
    ]);
  });

  test('sorts names within a roll in Chinese (pinyin) order', () => {
    const entries = ['张伟', '王芳', '陈静', '李娜', '赵磊', '安然'].map((name) => h(name, 2024, 'civility'));
    expect(outline(entries)).toEqual([[2024, [['civility', ['安然', '陈静', '李娜', '王芳', '张伟', '赵磊']]]]]);
  });
});
