import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { checkSave } from '../../src/node/desk-check.ts';

const NOW = new Date(Date.UTC(2026, 0, 1));
const PATH = 'content/news/2024/xin-wen.md';
const ARTICLE = ['---', 'title: 新闻', 'publishedAt: 2024-06-02 09:00', 'source: 本站讯', 'community: taoyuan', 'review: { first: 甲, second: 乙, final: 丙 }'];
// The smallest JPEG the checker calls whole: start marker, end marker.
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x02, 0xff, 0xd9]);

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'shequ-desk-check-'));
  cpSync(new URL('../fixtures/site-small', import.meta.url).pathname, join(repo, 'content'), { recursive: true });
});

describe('checkSave', () => {
  test('passes a whole article whose photo is only uploaded so far', () => {
    const text = [...ARTICLE, '---', '', '![居民](./images/xin-wen-1.jpg "说明")', ''].join('\n');
    expect(checkSave(repo, [{ path: PATH, text }], [{ path: 'content/news/2024/images/xin-wen-1.jpg', bytes: JPEG }], NOW)).toEqual({ errors: [], warnings: [] });
  });

  test('judges an uploaded photo by its bytes, in content:check’s words', () => {
    const text = [...ARTICLE, '---', '', '![居民](./images/xin-wen-1.jpg)', ''].join('\n');
    const cut = JPEG.subarray(0, 6);
    const { errors } = checkSave(repo, [{ path: PATH, text }], [{ path: 'content/news/2024/images/xin-wen-1.jpg', bytes: cut }], NOW);
    expect(errors).toEqual([`content/news/2024/xin-wen.md: body（第 9 行）: ${t('check.photo.truncated', { value: './images/xin-wen-1.jpg', size: '6 字节' })}`]);
  });

  test('replaces the entry on disk and reports only the saved file', () => {
    const text = ['---', 'title: 桃园社区义诊', 'draft: true', '---', ''].join('\n');
    const result = checkSave(repo, [{ path: 'content/news/2024/taoyuan-yizhen.md', text }], [], NOW);
    expect(result.errors).toEqual([]);
    expect(result.warnings.every((w) => w.startsWith('content/news/2024/taoyuan-yizhen.md: '))).toBe(true);
    expect(result.warnings.some((w) => w.includes('review.final'))).toBe(true);
  });
});
