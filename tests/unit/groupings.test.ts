import { describe, expect, test } from 'vitest';
import { groupBy, honorRolls, latestByCommunity } from '../../src/lib/groupings.ts';
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

describe('latestByCommunity', () => {
  interface News {
    id: string;
    time: number;
  }
  const n = (id: string, time: number): News => ({ id, time });
  const timeOf = (item: News): number => item.time;
  const byCommunity = new Map<string, News[]>([
    ['luojiapo', [n('l1', 50), n('l2', 40), n('l3', 30), n('l4', 20)]],
    ['taoyuan', [n('t1', 90), n('t2', 10)]],
    ['empty', []],
    ['baihe', [n('b1', 70)]],
    ['anle', [n('a1', 50)]],
  ]);
  const outline = (blocks: number, perBlock: number): [string, string[]][] =>
    latestByCommunity(byCommunity, timeOf, blocks, perBlock).map((b) => [b.id, b.items.map((i) => i.id)]);

  test('orders communities by their newest article, leaving out those with none', () => {
    expect(outline(10, 10).map(([id]) => id)).toEqual(['taoyuan', 'baihe', 'anle', 'luojiapo']);
  });

  test('orders communities whose newest articles are equally new by id', () => {
    expect(outline(10, 10).slice(2).map(([id]) => id)).toEqual(['anle', 'luojiapo']);
  });

  test.each([
    [2, 3, [['taoyuan', ['t1', 't2']], ['baihe', ['b1']]]],
    [4, 2, [['taoyuan', ['t1', 't2']], ['baihe', ['b1']], ['anle', ['a1']], ['luojiapo', ['l1', 'l2']]]],
    [1, 1, [['taoyuan', ['t1']]]],
    [0, 3, []],
  ])('shows at most %i blocks of at most %i newest articles', (blocks, perBlock, expected) => {
    expect(outline(blocks, perBlock)).toEqual(expected);
  });

  test('shows nothing when no community has news', () => {
    expect(latestByCommunity(new Map([['empty', []]]), timeOf, 4, 3)).toEqual([]);
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
      [2024, [['civility', ['王芳']], ['dedication', ['李娜']], ['model-resident', ['陈静']]]],
      [2023, [['filial', ['刘洋']]]],
      [2022, [['model-resident', ['张伟']]]],
    ]);
  });

  test('follows a site’s own category order', () => {
    const entries = [h('王芳', 2024, 'civility'), h('李娜', 2024, 'dedication')];
    expect(outline(entries, ['dedication', 'civility'])).toEqual([[2024, [['dedication', ['李娜']], ['civility', ['王芳']]]]]);
  });

  test('sorts names within a roll in Chinese (pinyin) order', () => {
    const entries = ['张伟', '王芳', '陈静', '李娜', '赵磊', '安然'].map((name) => h(name, 2024, 'civility'));
    expect(outline(entries)).toEqual([[2024, [['civility', ['安然', '陈静', '李娜', '王芳', '张伟', '赵磊']]]]]);
  });
});
