import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/text/frontmatter.ts';
import { articleSlug, uniqueSlug } from '../../src/lib/import/article-slug.ts';
import { defang, escapeMarkdown, renderBody, renderFrontMatter, yamlScalar } from '../../src/lib/import/markdown-writer.ts';
import { isValidSlug } from '../../src/lib/text/slug.ts';

describe('renderFrontMatter', () => {
  const fm = {
    kicker: '为民办实事',
    title: '社区: "新"气象 #1',
    publishedAt: '2024-05-06 09:00',
    source: 'true',
    authors: ['蒋欣', '贺, 龙飞'],
    review: { first: '屈海波', final: '柏青' },
    draft: true,
  };
  const text = renderFrontMatter(fm);

  test('writes fields in order, quotes the time and only what needs quoting', () => {
    expect(text).toMatchInlineSnapshot(`
      "---
      kicker: 为民办实事
      title: "社区: \\"新\\"气象 #1"
      publishedAt: "2024-05-06 09:00"
      source: "true"
      authors: [蒋欣, "贺, 龙飞"]
      review:
        first: 屈海波
        final: 柏青
      draft: true
      ---"
    `);
  });

  test('reads back as the same values', () => {
    const read = readFrontmatter(`${text}\n`);
    expect(read.ok && read.data).toEqual(fm);
  });

  test.each([['-开头'], ['[方括号]'], ['null'], ['123'], ['a: b'], [' 空格'], ['引号"里'], ['#井号']])('round-trips %s', (value) => {
    const read = readFrontmatter(`---\ntitle: ${yamlScalar(value)}\n---\n`);
    expect(read.ok && read.data).toEqual({ title: value });
  });

  test('never writes --- into the block, which would end it early', () => {
    expect(yamlScalar('海滨日报---通讯')).toBe('海滨日报——通讯');
  });
});

describe('escaping', () => {
  test.each([
    ['markup', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['link syntax', '[点我](javascript:alert(1))', '\\[点我\\](javascript：alert(1))'],
    ['emphasis and code', '*重要* _提示_ `代码`', '\\*重要\\* \\_提示\\_ \\`代码\\`'],
    ['a heading mark', '#话题#', '\\#话题#'],
    ['a list mark', '- 不是列表', '\\- 不是列表'],
    ['an ordered list mark', '2024. 年度总结', '2024\\. 年度总结'],
    ['an entity', '&lt;b&gt;', '&amp;lt;b&amp;gt;'],
    ['an event handler', 'onerror=alert(1)', 'onerror＝alert(1)'],
  ])('escapes %s', (_what, input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  test('defangs script URLs anywhere', () => {
    expect(defang('JavaScript:x VBScript :y data:text/html,z')).toBe('JavaScript：x VBScript ：y data：text/html,z');
  });
});

describe('renderBody', () => {
  test('writes headings, lists and numbered figure placeholders', () => {
    const body = renderBody(
      [
        { kind: 'heading', level: 2, text: '一、概况' },
        { kind: 'paragraph', text: '社区有1200户。' },
        { kind: 'figure', caption: '居民在"议事"[现场]' },
        { kind: 'list', items: ['修路。', '种树。'] },
        { kind: 'figure', caption: '' },
      ],
      [
        { file: 'a-1.jpg', caption: '居民在"议事"[现场]' },
        { file: 'a-2.jpg', caption: '' },
      ],
    );
    expect(body).toBe(
      '## 一、概况\n\n社区有1200户。\n\n![居民在”议事”［现场］](./images/a-1.jpg "居民在”议事”［现场］")\n\n- 修路。\n- 种树。\n\n![图片说明待补](./images/a-2.jpg)\n',
    );
  });
});

describe('slugs', () => {
  test.each([
    ['罗家坡社区：社区成为大家庭', 'luo-jia-po-she-qu'],
    ['这个社区“有人气”', 'zhe-ge-she-qu-you-ren-qi'],
    ['社区：老楼加装电梯让居民圆了上楼梦', 'she-qu-lao-lou-jia-zhuang-dian-ti'],
    ['APP上线', 'app-shang-xian'],
    ['2024', 'article'],
    ['！！！', 'article'],
  ])('makes a short slug for %s', (title, slug) => {
    expect(articleSlug(title)).toBe(slug);
    expect(isValidSlug(articleSlug(title))).toBe(true);
  });

  test('adds -2, -3 … until the slug is free', () => {
    const taken = new Set(['a', 'a-2']);
    expect(uniqueSlug('a', (s) => taken.has(s))).toBe('a-3');
    expect(uniqueSlug('b', (s) => taken.has(s))).toBe('b');
  });
});
