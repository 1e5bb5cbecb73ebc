import { describe, expect, test } from 'vitest';
import { inTextOrder, nameUploads } from '../../src/lib/desk/upload-names.ts';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ENTRY = 'content/news/2026/xin-dianti.md';
const up = (name: string, bytes = JPEG) => ({ path: `content/news/2026/images/${name}`, bytes });

describe('nameUploads', () => {
  test('renames uploads to <slug>-N and rewrites cover and body references', () => {
    const text = ['---', 'cover: ./images/IMG_2041.JPG', '---', '![a](./images/微信图片.png "说明")', '![b](images/IMG_2041.JPG)'].join('\n');
    const result = nameUploads(ENTRY, text, [up('IMG_2041.JPG'), up('微信图片.png', PNG)], ['xin-dianti-1.jpg']);
    expect(result.uploads.map((u) => u.path)).toEqual(['content/news/2026/images/xin-dianti-2.jpg', 'content/news/2026/images/xin-dianti-3.png']);
    expect(result.renames).toEqual([
      { from: 'IMG_2041.JPG', to: 'xin-dianti-2.jpg' },
      { from: '微信图片.png', to: 'xin-dianti-3.png' },
    ]);
    expect(result.text).toBe(
      ['---', 'cover: ./images/xin-dianti-2.jpg', '---', '![a](./images/xin-dianti-3.png "说明")', '![b](./images/xin-dianti-2.jpg)'].join('\n'),
    );
  });

  test('names a file by what its bytes are, not its extension', () => {
    const result = nameUploads(ENTRY, '![a](./images/photo.jpg)', [up('photo.jpg', PNG)], []);
    expect(result.uploads[0]?.path).toBe('content/news/2026/images/xin-dianti-1.png');
  });

  test('keeps a free <slug>-N name and never lets a renamed photo catch its reference', () => {
    const text = '![a](./images/photo.jpg) ![b](./images/xin-dianti-1.jpg)';
    const result = nameUploads(ENTRY, text, [up('photo.jpg'), up('xin-dianti-1.jpg')], []);
    expect(result.uploads.map((u) => u.path.split('/').pop())).toEqual(['xin-dianti-1.jpg', 'xin-dianti-2.jpg']);
    expect(result.text).toBe('![a](./images/xin-dianti-1.jpg) ![b](./images/xin-dianti-2.jpg)');
  });

  test('leaves out uploads the entry no longer refers to', () => {
    expect(nameUploads(ENTRY, '正文', [up('photo.jpg')], []).uploads).toEqual([]);
  });

  test('leaves files outside the entry’s images folder alone', () => {
    const other = { path: 'content/news/2025/images/a.jpg', bytes: JPEG };
    expect(nameUploads(ENTRY, 'x', [other], [])).toEqual({ text: 'x', uploads: [other], renames: [], unused: [] });
  });
});

describe('uploads the text does not show', () => {
  test('are left out and named as sent, so the clerk can be told', () => {
    const entry = 'content/news/2024/a.md';
    const shown = { path: 'content/news/2024/images/IMG_1.jpg', bytes: JPEG };
    const broken = { path: 'content/news/2024/images/我的 照片.jpg', bytes: JPEG };
    const result = nameUploads(entry, '![x](./images/IMG_1.jpg)\n![y](./images/我的 照片.jpg)', [shown, broken], []);
    expect(result.uploads.map((u) => u.path)).toEqual(['content/news/2024/images/a-1.jpg']);
    expect(result.unused).toEqual(['我的 照片.jpg']);
  });
});

describe('photos are numbered as the article shows them', () => {
  test('not in the order Decap sends them (the last picked first)', () => {
    const text = '![a](./images/微信图片_20261206150312.jpg "说明一")\n\n![b](./images/活动现场.jpg "说明二")';
    const result = nameUploads(ENTRY, text, [up('活动现场.jpg'), up('微信图片_20261206150312.jpg')], []);
    expect(result.text).toBe('![a](./images/xin-dianti-1.jpg "说明一")\n\n![b](./images/xin-dianti-2.jpg "说明二")');
    expect(result.uploads.map((u) => u.path.split('/').pop())).toEqual(['xin-dianti-1.jpg', 'xin-dianti-2.jpg']);
  });

  test('a percent-encoded reference counts where it stands; an unused photo goes last', () => {
    const text = `![a](./images/${encodeURI('二.jpg')}) ![b](./images/一.jpg)`;
    const order = inTextOrder(text, [up('未用.jpg'), up('一.jpg'), up('二.jpg')], 'content/news/2026/images/');
    expect(order.map((u) => u.path.split('/').pop())).toEqual(['二.jpg', '一.jpg', '未用.jpg']);
  });
});
