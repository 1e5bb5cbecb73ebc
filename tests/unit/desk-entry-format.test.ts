import { describe, expect, test } from 'vitest';
import { readEntry, writeEntry, type EntryFormat } from '../../src/lib/desk/entry-format.ts';

const NEWS: EntryFormat = {
  markdown: true,
  keys: ['title', 'publishedAt', 'authors', 'topics', 'cover', 'coverAlt', 'review', 'draft'],
  drop: ['slug', 'deskReviewStep'],
};
const COMMUNITY: EntryFormat = { markdown: false, keys: ['name', 'district', 'households'], drop: ['slug'] };

describe('readEntry', () => {
  test('keeps an unquoted time as the text the editor wrote (YAML 1.2)', () => {
    const data = readEntry('---\ntitle: 标题\npublishedAt: 2021-01-25 15:54\n---\n\n正文\n', NEWS);
    expect(data).toEqual({ title: '标题', publishedAt: '2021-01-25 15:54', body: '正文\n' });
  });

  test('reads a YAML data file without a body', () => {
    expect(readEntry('# 注释\nname: 明湖社区\nhouseholds: 1200\n', COMMUNITY)).toEqual({ name: '明湖社区', households: 1200 });
  });

  test.each([
    ['no front matter', '正文'],
    ['broken YAML', '---\ntitle: [a\n---\n'],
  ])('refuses %s rather than open it empty', (_what, text) => {
    expect(() => readEntry(text, NEWS)).toThrow();
  });
});

describe('writeEntry', () => {
  test('writes schema order, flow lists, ./images paths, and drops desk-only keys', () => {
    const text = writeEntry(
      {
        body: '\n第一段。\n\n![居民排队](images/a-1.jpg "新电梯")\n',
        draft: true,
        slug: 'minghu-dianti',
        deskReviewStep: '待初审',
        review: { first: '林晓燕', second: '', final: '' },
        topics: ['加装电梯', '志愿服务'],
        cover: 'images/a-cover.jpg',
        title: '明湖社区加装电梯',
        publishedAt: '2025-03-08 09:30',
      },
      NEWS,
    );
    expect(text).toBe(
      [
        '---',
        'title: 明湖社区加装电梯',
        'publishedAt: 2025-03-08 09:30',
        'topics: [加装电梯, 志愿服务]',
        'cover: ./images/a-cover.jpg',
        'review:',
        '  first: 林晓燕',
        'draft: true',
        '---',
        '',
        '第一段。',
        '',
        '![居民排队](./images/a-1.jpg "新电梯")',
        '',
      ].join('\n'),
    );
  });

  test('leaves out what a clerk cleared, since strict schemas refuse empty values', () => {
    const text = writeEntry({ title: 'T', coverAlt: ' ', authors: [''], review: { first: '' }, households: Number.NaN, body: '' }, NEWS);
    expect(text).toBe('---\ntitle: T\n---\n\n');
  });

  test('writes a YAML data file in schema order', () => {
    expect(writeEntry({ households: 1200, slug: 'minghu', name: '明湖社区', district: '松鹤区' }, COMMUNITY)).toBe(
      'name: 明湖社区\ndistrict: 松鹤区\nhouseholds: 1200\n',
    );
  });

  test('reads back what it wrote', () => {
    const data = { title: '标题：副', publishedAt: '2025-03-08 09:30', authors: ['张三'], draft: false, body: '正文\n' };
    expect(readEntry(writeEntry(data, NEWS), NEWS)).toEqual(data);
  });
});
