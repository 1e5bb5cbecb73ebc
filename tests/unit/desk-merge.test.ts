import { describe, expect, test } from 'vitest';
import { keyOrderFor, mergeRaw, rawKindOf } from '../../src/lib/desk/merge-raw.ts';
import { isEmptyValue, sameValue } from '../../src/lib/desk/values.ts';

const lines = (...l: string[]): string => l.join('\n');
const NEWS = { kind: 'markdown', keyOrder: keyOrderFor('news/2021/a.md') } as const;

const ORIGINAL = lines(
  '---',
  'title: 青松里社区老年大学秋季开学',
  'publishedAt: "2021-09-06 08:45"',
  'source: 枫林街道办事处 # 见原稿',
  'correspondents: [何小溪, 陶然]',
  'community: qingsongli',
  'topics: [老年大学, 防诈骗宣传]',
  'cover: ./images/kaixue-cover.jpg',
  'coverAlt: 示意插图',
  'review: { first: 林晓燕, second: 邵明远, final: 许文博 }',
  '---',
  '',
  '9月6日，老年大学迎来秋季开学。',
  '',
  '![学员](./images/kaixue-1.jpg "开学第一课")',
  '',
);

/** What Decap sends back for ORIGINAL when nothing was edited: config key order, block lists, no quotes, no comments. */
const DECAP_REWRITE = lines(
  '---',
  'title: 青松里社区老年大学秋季开学',
  'publishedAt: 2021-09-06 08:45',
  'community: qingsongli',
  'topics:',
  '  - 老年大学',
  '  - 防诈骗宣传',
  'cover: ./images/kaixue-cover.jpg',
  'coverAlt: 示意插图',
  'review:',
  '  first: 林晓燕',
  '  second: 邵明远',
  '  final: 许文博',
  'source: 枫林街道办事处',
  'correspondents:',
  '  - 何小溪',
  '  - 陶然',
  '---',
  '9月6日，老年大学迎来秋季开学。',
  '',
  '![学员](./images/kaixue-1.jpg "开学第一课")',
);

const withLine = (text: string, from: string, to: string): string => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

describe('mergeRaw keeps an unedited article byte-identical', () => {
  test('returns the original bytes for Decap’s rewrite of unchanged data and body', () => {
    expect(mergeRaw(ORIGINAL, DECAP_REWRITE, NEWS)).toBe(ORIGINAL);
  });

  test('treats a cleared field and an unticked draft box as no change', () => {
    const proposed = withLine(DECAP_REWRITE, 'coverAlt: 示意插图\n', "coverAlt: 示意插图\nkicker: ''\ndraft: false\nauthors: []\n");
    expect(mergeRaw(ORIGINAL, proposed, NEWS)).toBe(ORIGINAL);
  });

  test('keeps Windows line endings and a byte-order mark when nothing changed', () => {
    const crlf = `\uFEFF${ORIGINAL.replace(/\n/g, '\r\n')}`;
    expect(mergeRaw(crlf, DECAP_REWRITE, NEWS)).toBe(crlf);
  });
});

describe('mergeRaw edits only what changed', () => {
  test('changes one value in place, keeping quotes, comments and order elsewhere', () => {
    const merged = mergeRaw(ORIGINAL, withLine(DECAP_REWRITE, 'final: 许文博', 'final: 周正'), NEWS);
    expect(merged).toBe(withLine(ORIGINAL, 'final: 许文博', 'final: 周正'));
  });

  test('writes a changed list in flow style and deletes a removed key', () => {
    const proposed = withLine(withLine(DECAP_REWRITE, '  - 防诈骗宣传\n', ''), 'source: 枫林街道办事处\n', '');
    expect(mergeRaw(ORIGINAL, proposed, NEWS)).toBe(
      withLine(withLine(ORIGINAL, 'topics: [老年大学, 防诈骗宣传]', 'topics: [老年大学]'), 'source: 枫林街道办事处 # 见原稿\n', ''),
    );
  });

  test('inserts a new key at its schema position', () => {
    const merged = mergeRaw(
      ORIGINAL,
      withLine(DECAP_REWRITE, 'title: 青松里社区老年大学秋季开学\n', 'title: 青松里社区老年大学秋季开学\nkicker: 新学期\n'),
      NEWS,
    );
    expect(merged).toBe(withLine(ORIGINAL, 'title: 青松里社区老年大学秋季开学\n', 'title: 青松里社区老年大学秋季开学\nkicker: 新学期\n'));
  });

  test('keeps the front matter when only the body changed', () => {
    const merged = mergeRaw(ORIGINAL, withLine(DECAP_REWRITE, '迎来秋季开学。', '迎来秋季开学，共开设12个班。'), NEWS);
    expect(merged).toBe(withLine(ORIGINAL, '迎来秋季开学。', '迎来秋季开学，共开设12个班。'));
  });

  test('writes a photo Decap added to the body as ./images/…', () => {
    const merged = mergeRaw(ORIGINAL, `${DECAP_REWRITE}\n\n![居民](images/new.jpg "说明")`, NEWS);
    expect(merged).toContain('![居民](./images/new.jpg "说明")\n');
    expect(merged).toContain('![学员](./images/kaixue-1.jpg "开学第一课")');
  });

  test('keeps a reference the original wrote without ./', () => {
    const original = lines('---', 'title: 标题', '---', '', '![a](images/a.jpg)', '');
    const proposed = lines('---', 'title: 新标题', '---', '![a](images/a.jpg)');
    expect(mergeRaw(original, proposed, NEWS)).toBe(lines('---', 'title: 新标题', '---', '', '![a](images/a.jpg)', ''));
  });

  test('hands back text it cannot read, for the checker to report', () => {
    expect(mergeRaw(ORIGINAL, 'no front matter', NEWS)).toBe('no front matter');
    expect(mergeRaw('---\ntitle: [\n---\n', DECAP_REWRITE, NEWS)).toBe(DECAP_REWRITE);
  });
});

describe('mergeRaw writes a new file in the project’s style', () => {
  test('puts keys in schema order, lists in flow style, photos as ./images/…', () => {
    const proposed = lines(
      '---',
      'draft: false',
      'title: 明湖社区新电梯投入使用',
      'review:',
      '  first: 甲',
      '  second: 乙',
      '  final: 丙',
      'topics:',
      '  - 加装电梯',
      '  - 老旧小区改造',
      'community: minghu',
      'publishedAt: 2025-03-08 09:30',
      'cover: images/photo.jpg',
      'coverAlt: 新电梯',
      'source: 本站讯',
      'kicker: ""',
      '---',
      '居民排队乘电梯。',
      '',
      '![居民排队乘电梯](images/photo.jpg "新电梯投入使用（摄影 张三）")',
    );
    expect(mergeRaw(undefined, proposed, NEWS)).toBe(
      lines(
        '---',
        'title: 明湖社区新电梯投入使用',
        'publishedAt: 2025-03-08 09:30',
        'source: 本站讯',
        'community: minghu',
        'topics: [加装电梯, 老旧小区改造]',
        'cover: ./images/photo.jpg',
        'coverAlt: 新电梯',
        'review:',
        '  first: 甲',
        '  second: 乙',
        '  final: 丙',
        '---',
        '',
        '居民排队乘电梯。',
        '',
        '![居民排队乘电梯](./images/photo.jpg "新电梯投入使用（摄影 张三）")',
        '',
      ),
    );
  });

  test('keeps draft: true and quotes what YAML would misread', () => {
    const merged = mergeRaw(undefined, lines('---', 'title: "2025"', 'draft: true', '---', ''), NEWS);
    expect(merged).toBe(lines('---', 'title: "2025"', 'draft: true', '---', ''));
  });

  test('writes a YAML data file in its schema order', () => {
    const yaml = { kind: rawKindOf('communities/minghu.yaml'), keyOrder: keyOrderFor('communities/minghu.yaml') };
    expect(mergeRaw(undefined, 'district: 历下区\nname: 明湖社区\n', yaml)).toBe('name: 明湖社区\ndistrict: 历下区\n');
    expect(mergeRaw('name: 明湖社区 # 旧称\ndistrict: 历下区\n', 'district: 历下区\nname: 明湖社区\n', yaml)).toBe('name: 明湖社区 # 旧称\ndistrict: 历下区\n');
  });
});

describe('values', () => {
  test.each([
    [{ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }, true],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [['a', 'b'], ['b', 'a'], false],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    ['1', 1, false],
  ])('sameValue(%j, %j) is %s', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });

  test.each([[''], [null], [[]], [{ first: '', second: null }]])('%j is empty', (v) => expect(isEmptyValue(v)).toBe(true));
  test.each([[false], [0], ['a'], [{ first: '甲' }]])('%j is not empty', (v) => expect(isEmptyValue(v)).toBe(false));
});
