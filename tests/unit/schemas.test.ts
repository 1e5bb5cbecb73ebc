import { describe, expect, test } from 'vitest';
import { newsCheckSchema } from '../../src/lib/schemas/news.ts';
import { honorCheckSchema } from '../../src/lib/schemas/honor.ts';
import { communityCheckSchema } from '../../src/lib/schemas/community.ts';
import { topicsFileSchema } from '../../src/lib/schemas/topics.ts';
import { readFrontmatter } from '../../src/lib/text/frontmatter.ts';

type Parse = { safeParse(input: unknown): { success: boolean; error?: { issues: unknown[] } } };

/** The issues a schema reports for `input`, trimmed to what an editor is shown. */
function issues(schema: Parse, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return (result.error?.issues ?? []).map((raw) => {
    const issue = raw as { code: string; path: PropertyKey[]; message: string; keys?: string[] };
    return { code: issue.code, path: issue.path.join('.'), message: issue.message, ...(issue.keys ? { keys: issue.keys } : {}) };
  });
}

describe('news front matter', () => {
  const minimal = { title: '罗家坡社区举办迎新春活动' };

  test('accepts a minimal article and defaults draft to false', () => {
    expect(newsCheckSchema.parse(minimal)).toEqual({ title: '罗家坡社区举办迎新春活动', draft: false });
  });

  test('accepts a full article', () => {
    const full = {
      title: ' 罗家坡社区举办迎新春活动 ',
      kicker: '喜迎新春',
      subtitle: '三百余名居民参加',
      featured: true,
      publishedAt: '2021-01-25 15:54:00',
      updatedAt: '2021-01-26T09:00:00+08:00',
      source: '本站讯',
      authors: ['张三', '李四'],
      correspondents: '王五',
      photographers: ['赵六'],
      editor: '钱七',
      community: 'luojiapo',
      topics: ['红心食堂', '垃圾分类'],
      cover: './images/cover.jpg',
      coverAlt: '居民在社区广场写春联',
      summary: '社区举办迎新春活动。',
      review: { first: '孙八', second: '周九', final: '吴十' },
      draft: true,
    };
    expect(newsCheckSchema.parse(full)).toEqual({
      ...full,
      title: '罗家坡社区举办迎新春活动',
      publishedAt: new Date('2021-01-25T07:54:00Z'),
      updatedAt: new Date('2021-01-26T01:00:00Z'),
      correspondents: ['王五'],
    });
  });

  test.each([
    ['authors', '张三', ['张三']],
    ['correspondents', '王五', ['王五']],
    ['photographers', '赵六', ['赵六']],
    ['topics', '红心食堂', ['红心食堂']],
  ])('accepts a single name for %s as a list of one', (field, value, list) => {
    expect(newsCheckSchema.parse({ ...minimal, [field]: value })).toMatchObject({ [field]: list });
  });

  test.each([
    ['2021-01-25 15:54:00', '2021-01-25T07:54:00.000Z'],
    ['2021-01-25', '2021-01-24T16:00:00.000Z'],
    ['2021-01-25T07:54:00Z', '2021-01-25T07:54:00.000Z'],
  ])('reads publishedAt %s as a Date at %s', (text, instant) => {
    const { publishedAt } = newsCheckSchema.parse({ ...minimal, publishedAt: text });
    expect(publishedAt).toBeInstanceOf(Date);
    expect(publishedAt?.toISOString()).toBe(instant);
  });

  test('reads an unquoted time from a Markdown file as China time', () => {
    const file = readFrontmatter('---\ntitle: 迎新春\npublishedAt: 2021-01-25 15:54:00\n---\n正文\n');
    if (!file.ok) throw new Error('front matter not read');
    expect(newsCheckSchema.parse(file.data).publishedAt?.toISOString()).toBe('2021-01-25T07:54:00.000Z');
  });

  test('rejects an unknown key', () => {
    expect(issues(newsCheckSchema, { ...minimal, tittle: '错字' })).toEqual([
      { code: 'unrecognized_keys', path: '', keys: ['tittle'], message: expect.any(String) },
    ]);
  });

  test('rejects an unknown key inside review', () => {
    expect(issues(newsCheckSchema, { ...minimal, review: { first: '孙八', fourth: '郑十一' } })).toMatchObject([
      { code: 'unrecognized_keys', path: 'review', keys: ['fourth'] },
    ]);
  });

  test.each([
    ['an empty title', { title: '' }, 'title'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a missing title', {}, 'title'],
    ['an empty source', { ...minimal, source: '' }, 'source'],
    ['an empty name in a list', { ...minimal, authors: ['张三', ''] }, 'authors.1'],
  ])('rejects %s', (_what, input, path) => {
    expect(issues(newsCheckSchema, input).map((i) => i.path)).toEqual([path]);
  });

  test('rejects a community id that is not ASCII kebab-case, in Chinese', () => {
    expect(issues(newsCheckSchema, { ...minimal, community: 'Luo Jia Po' })).toMatchInlineSnapshot(`
      [
        {
          "code": "custom",
          "message": "编号“Luo Jia Po”不合规——只能用小写字母、数字和连字符，例如 luojiapo",
          "path": "community",
        },
      ]
    `);
  });

  test.each(['3月8日', '2021-02-30', '2021-01-25 25:00', '1985-01-01'])('rejects publishedAt %j and names the value', (text) => {
    expect(issues(newsCheckSchema, { ...minimal, publishedAt: text })).toEqual([
      { code: 'custom', path: 'publishedAt', message: expect.stringContaining(`“${text}”`) },
    ]);
  });

  test('tells the editor how to write a time', () => {
    expect(issues(newsCheckSchema, { ...minimal, updatedAt: '3月8日' })[0]?.message).toMatchInlineSnapshot(
      `"无法识别的时间“3月8日”——请写成 2025-03-08 09:30（北京时间）或 2025-03-08"`,
    );
  });

  test('refuses a Date object, which only a YAML 1.1 reader (eight hours off) would produce', () => {
    expect(issues(newsCheckSchema, { ...minimal, publishedAt: new Date('2021-01-25T15:54:00Z') })).toMatchObject([
      { code: 'invalid_type', path: 'publishedAt' },
    ]);
  });
});

describe('honor front matter', () => {
  const minimal = { name: '王秀英', category: 'civility', year: 2023, community: 'luojiapo', headline: '十年如一日照顾孤寡老人' };

  test('accepts a minimal entry and defaults draft to false', () => {
    expect(honorCheckSchema.parse(minimal)).toEqual({ ...minimal, draft: false });
  });

  test('accepts a full entry', () => {
    const full = { ...minimal, photo: './images/wang.jpg', photoAlt: '王秀英在社区活动室', draft: true };
    expect(honorCheckSchema.parse(full)).toEqual(full);
  });

  test.each(['civility', 'morality', 'filial', 'dedication', 'model-resident'])('accepts the category %s', (category) => {
    expect(honorCheckSchema.parse({ ...minimal, category }).category).toBe(category);
  });

  test.each([
    ['a category outside the list', { category: 'heroism' }, 'category', 'invalid_value'],
    ['a category written in Chinese', { category: '文明红榜' }, 'category', 'invalid_value'],
    ['a year before 1992', { year: 1985 }, 'year', 'too_small'],
    ['a year after 2100', { year: 2101 }, 'year', 'too_big'],
    ['a year with a fraction', { year: 2023.5 }, 'year', 'invalid_type'],
    ['a year written as text', { year: '2023' }, 'year', 'invalid_type'],
    ['a bad community id', { community: 'Luo Jia Po' }, 'community', 'custom'],
    ['an unknown key', { reason: '好人' }, '', 'unrecognized_keys'],
  ])('rejects %s', (_what, change, path, code) => {
    expect(issues(honorCheckSchema, { ...minimal, ...change })).toMatchObject([{ path, code }]);
  });
});

describe('community profile', () => {
  const minimal = { name: '罗家坡社区', district: '市南区', subdistrict: '八大峡街道', summary: '老城区里的一个熟人社区。' };

  test('accepts a minimal profile', () => {
    expect(communityCheckSchema.parse(minimal)).toEqual(minimal);
  });

  test('accepts a full profile', () => {
    const full = {
      ...minimal,
      households: 1200,
      population: 3400,
      partyMembers: 0,
      statsYear: 2023,
      address: '罗家坡路1号',
      phone: '0532-12345678',
      officeHours: '工作日 8:30–17:30',
      cover: './images/luojiapo.jpg',
      coverAlt: '社区办公楼',
    };
    expect(communityCheckSchema.parse(full)).toEqual(full);
  });

  test.each([
    ['a negative household count', { households: -1 }, 'households', 'too_small'],
    ['a population with a fraction', { population: 3400.5 }, 'population', 'invalid_type'],
    ['a statistics year before 1992', { statsYear: 1990 }, 'statsYear', 'too_small'],
    ['an empty phone number', { phone: '' }, 'phone', 'too_small'],
    ['a missing district', { district: undefined }, 'district', 'invalid_type'],
    ['an unknown key', { draft: false }, '', 'unrecognized_keys'],
  ])('rejects %s', (_what, change, path, code) => {
    expect(issues(communityCheckSchema, { ...minimal, ...change })).toMatchObject([{ path, code }]);
  });
});

describe('content/topics.yaml', () => {
  test('accepts string and object entries', () => {
    const file = { 垃圾分类: 'lajifenlei', 红心食堂: { slug: 'hongxin-shitang', formerNames: ['爱心食堂'] }, 老年大学: { slug: 'laonian-daxue' } };
    expect(topicsFileSchema.parse(file)).toEqual(file);
  });

  test('rejects a slug that is not ASCII kebab-case, in Chinese', () => {
    expect(issues(topicsFileSchema, { 垃圾分类: 'La Ji' })).toMatchInlineSnapshot(`
      [
        {
          "code": "custom",
          "message": "专题网址“La Ji”不合规——只能用小写字母、数字和连字符",
          "path": "垃圾分类",
        },
      ]
    `);
  });

  test.each([
    ['an unknown key in an entry', { 红心食堂: { slug: 'hongxin', aliases: ['爱心食堂'] } }],
    ['an empty former name', { 红心食堂: { slug: 'hongxin', formerNames: [''] } }],
    ['an entry without a slug', { 红心食堂: { formerNames: ['爱心食堂'] } }],
    ['an empty topic name', { '': 'kong' }],
  ])('rejects %s', (_what, file) => {
    expect(topicsFileSchema.safeParse(file).success).toBe(false);
  });
});
