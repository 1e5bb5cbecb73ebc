import { describe, expect, expectTypeOf, test } from 'vitest';
import { honorCategoryName, isUiKey, t, zhCN, type UiKeyId } from '../../src/i18n/zh-CN.ts';
import { newsCheckSchema } from '../../src/lib/schemas/news.ts';
import { honorCheckSchema } from '../../src/lib/schemas/honor.ts';
import { communityCheckSchema } from '../../src/lib/schemas/community.ts';
import { SITE } from '../../src/site.config.ts';

describe('t()', () => {
  test('returns a string without placeholders as written', () => {
    expect(t('site.skipLink')).toBe('跳到正文');
  });

  test.each([
    ['a text value', t('article.source', { source: '胶东在线' }), '来源：胶东在线'],
    ['a number', t('site.copyright', { year: 2021, name: '社区新闻' }), '版权所有 © 2021 社区新闻'],
    ['zero', t('check.summaryOk', { files: 3, errors: 0, warnings: 1 }), '检查了 3 个文件：0 个错误，1 个提醒'],
    ['the same placeholder twice', t('check.required', { label: '标题' }), '缺少标题——请补上标题'],
    ['several placeholders', t('article.review', { first: '孙八', second: '周九', final: '吴十' }), '初审：孙八　复审：周九　终审：吴十'],
  ])('fills %s', (_what, actual, expected) => {
    expect(actual).toBe(expected);
  });

  test('leaves a placeholder it has no value for, so the gap is visible', () => {
    expect(t('article.source')).toBe('来源：{source}');
  });

  test('ignores values for placeholders the string does not have', () => {
    expect(t('site.home', { name: '多余' })).toBe('首页');
  });

  test.each([
    ['$& and $1', '值$&与$1'],
    ['a brace pair', '{label}'],
  ])('inserts a value containing %s literally', (_what, value) => {
    expect(t('check.badDate', { value })).toBe(`无法识别的时间“${value}”——请写成 2025-03-08 09:30（北京时间）或 2025-03-08`);
  });
});

describe('isUiKey', () => {
  test.each(['site.home', 'field.title', 'field.review.final', 'honor.category.civility'])('knows %s', (key) => {
    expect(isUiKey(key)).toBe(true);
  });

  test.each(['field.nope', 'Field.title', '', 'toString', 'constructor', '__proto__', 'hasOwnProperty'])('does not know %j', (key) => {
    expect(isUiKey(key)).toBe(false);
  });
});

describe('key families', () => {
  test('UiKeyId lists the ids under a prefix, so a key built from one needs no cast', () => {
    expectTypeOf<UiKeyId<'search.filter'>>().toEqualTypeOf<'member' | 'type' | 'community' | 'topic' | 'year' | 'all'>();
    expectTypeOf<UiKeyId<'no.such.family'>>().toBeNever();
  });

  test('honorCategoryName names a roll by its id', () => {
    expect(honorCategoryName('civility')).toBe('文明红榜');
  });

  test('honorCategoryName refuses an id with no name, naming the missing key', () => {
    expect(() => honorCategoryName('nope')).toThrow('honor.category.nope');
  });
});

describe('labels content:check needs', () => {
  const fields = (schema: { shape: Record<string, unknown> }): string[] => Object.keys(schema.shape);

  test.each([
    ['news', fields(newsCheckSchema)],
    ['honor', fields(honorCheckSchema)],
    ['community', fields(communityCheckSchema)],
  ])('every %s field has a Chinese label', (_what, keys) => {
    expect(keys.filter((key) => !isUiKey(`field.${key}`))).toEqual([]);
  });

  test('every review role has a Chinese label', () => {
    expect(['first', 'second', 'final'].filter((role) => !isUiKey(`field.review.${role}`))).toEqual([]);
  });

  test('every honor category in the site config has a Chinese name', () => {
    expect(SITE.honorCategories.filter((c) => !isUiKey(`honor.category.${c}`))).toEqual([]);
  });

  test('every string is non-empty', () => {
    expect(Object.entries(zhCN).filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});
