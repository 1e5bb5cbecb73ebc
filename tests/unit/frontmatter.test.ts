import { describe, expect, test } from 'vitest';
import { readFrontmatter, readYaml } from '../../src/lib/text/frontmatter.ts';

const article = (...lines: string[]): string => lines.join('\n');

describe('readFrontmatter reads front matter with YAML 1.2 rules', () => {
  test.each([
    ['an unquoted time', 'publishedAt: 2021-01-25 15:54:00', { publishedAt: '2021-01-25 15:54:00' }],
    ['a quoted time', 'publishedAt: "2021-01-25 15:54:00"', { publishedAt: '2021-01-25 15:54:00' }],
    ['an unquoted date', 'publishedAt: 2021-01-25', { publishedAt: '2021-01-25' }],
    ['an ISO time with offset', 'publishedAt: 2021-01-25T15:54:00+08:00', { publishedAt: '2021-01-25T15:54:00+08:00' }],
    ['a YAML 1.1 “yes”', 'draft: yes', { draft: 'yes' }],
  ])('keeps %s as the text the editor wrote', (_what, line, expected) => {
    const result = readFrontmatter(article('---', line, '---', '正文'));
    expect(result).toMatchObject({ ok: true, data: expected });
  });

  test('never turns an unquoted time into a Date', () => {
    const result = readFrontmatter(article('---', 'publishedAt: 2021-01-25 15:54:00', '---', ''));
    expect(result.ok && (result.data as { publishedAt: unknown }).publishedAt).toBeTypeOf('string');
  });

  test('reads lists, numbers and booleans', () => {
    const result = readFrontmatter(article('---', 'title: 社区新闻', 'authors: [张三, 李四]', 'households: 1200', 'draft: true', '---', '正文'));
    expect(result).toEqual({
      ok: true,
      data: { title: '社区新闻', authors: ['张三', '李四'], households: 1200, draft: true },
      body: '正文',
      bodyLine: 7,
    });
  });

  test('tolerates a byte-order mark before the opening ---', () => {
    const result = readFrontmatter(`\uFEFF${article('---', 'title: 标题', '---', '正文')}`);
    expect(result).toEqual({ ok: true, data: { title: '标题' }, body: '正文', bodyLine: 4 });
  });

  test('reads Windows line endings like Unix ones', () => {
    const result = readFrontmatter('---\r\ntitle: 标题\r\n---\r\n正文\r\n');
    expect(result).toEqual({ ok: true, data: { title: '标题' }, body: '正文\r\n', bodyLine: 4 });
  });

  test('gives empty data for an empty block', () => {
    expect(readFrontmatter(article('---', '---', '正文'))).toEqual({ ok: true, data: {}, body: '正文', bodyLine: 3 });
  });

  test('ends the block at the first closing ---, leaving later rules in the body', () => {
    const result = readFrontmatter(article('---', 'title: 标题', '---', '上半', '---', '下半'));
    expect(result).toMatchObject({ ok: true, data: { title: '标题' }, body: '上半\n---\n下半' });
  });
});

describe('bodyLine is the file line the body starts on', () => {
  test.each([
    ['an empty block', article('---', '---', '正文'), 3],
    ['a one-field block', article('---', 'title: 标题', '---', '正文'), 4],
    ['a block followed by a blank line', article('---', 'title: 标题', 'draft: true', '---', '', '正文'), 5],
    ['a block with CRLF line endings', '---\r\ntitle: 标题\r\ndraft: true\r\n---\r\n正文', 5],
  ])('for %s', (_what, text, bodyLine) => {
    expect(readFrontmatter(text)).toMatchObject({ ok: true, bodyLine });
  });
});

describe('readFrontmatter reports problems', () => {
  test.each([
    ['a file with no --- block', '# 标题\n\n正文'],
    ['a block that is never closed', article('---', 'title: 标题', '正文')],
    ['a file that is empty', ''],
  ])('reports %s as missing', (_what, text) => {
    expect(readFrontmatter(text)).toMatchObject({ ok: false, error: 'missing' });
  });

  test.each([
    ['a duplicate key', article('---', 'title: 标题', 'title: 另一个标题', '---', '正文'), 3],
    ['a tab used for indentation', article('---', 'title: 标题', '\tauthors: 张三', '---', '正文'), 3],
    ['an unquoted second colon', article('---', 'title: 标题', 'source: 本站讯: 记者', '---', '正文'), 3],
    ['a duplicate key after a byte-order mark', `\uFEFF${article('---', 'title: 标题', 'draft: true', 'title: 又一个', '---')}`, 4],
  ])('reports %s as a syntax error on file line %i', (_what, text, line) => {
    expect(readFrontmatter(text)).toMatchObject({ ok: false, error: 'syntax', line });
  });
});

describe('readYaml (data files)', () => {
  test('reads a mapping with YAML 1.2 rules', () => {
    expect(readYaml('红心食堂: hongxin-shitang\n开放: 2021-01-25\n')).toEqual({
      ok: true,
      data: { 红心食堂: 'hongxin-shitang', 开放: '2021-01-25' },
    });
  });

  test('reports a duplicate key with the line it is on', () => {
    expect(readYaml('红心食堂: a\n垃圾分类: b\n红心食堂: c\n')).toMatchObject({ ok: false, error: 'syntax', line: 3 });
  });
});
