import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceFromBytes, formatBytes, MAX_TEXT_BYTES } from '../../src/lib/check/text-file.ts';
import { decodeText } from '../../src/lib/text/encoding.ts';
import { gbk } from '../support/editor-files.ts';

const TEXT = '---\r\ntitle: 银杏苑社区：网格员守好“最小单元”\r\n---\r\n正文第一段。\r\n';
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, bigEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes.set(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8], 2 + i * 2);
  }
  return bytes;
};
// 社区新闻：网格员 in GBK, as Notepad saves it on a Chinese Windows.
const GBK = new Uint8Array([0xc9, 0xe7, 0xc7, 0xf8, 0xd0, 0xc2, 0xce, 0xc5, 0xa3, 0xba, 0xcd, 0xf8, 0xb8, 0xf1, 0xd4, 0xb1]);

describe('decodeText', () => {
  test('reads UTF-8 with or without a BOM, keeping line ends as written', () => {
    expect(decodeText(utf8(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8', bom: false });
    expect(decodeText(utf8(`\uFEFF${TEXT}`))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8', bom: true });
  });

  test('reads UTF-16 by its byte-order mark, either byte order', () => {
    expect(decodeText(utf16(TEXT, false))).toMatchObject({ ok: true, text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(utf16(TEXT, true))).toMatchObject({ ok: true, text: TEXT, encoding: 'utf-16be' });
  });

  test('reads bytes that are not UTF-8 as GB18030 (GBK)', () => {
    expect(decodeText(GBK)).toMatchObject({ ok: true, text: '社区新闻：网格员', encoding: 'gb18030' });
  });

  test('calls NUL bytes and control characters binary, and undecodable text unknown', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeText(utf8('\u0001\u0002\u0003社区'))).toEqual({ ok: false, reason: 'binary' });
    // Valid in no encoding we read (0xFF is never a GB18030 lead byte), but no control characters.
    expect(decodeText(new Uint8Array([0x61, 0x62, 0xff, 0x63, 0x64, 0x65, 0x66, 0x67]))).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('sourceFromBytes: a content file as the site can read it, or one problem', () => {
  const read = (bytes: Uint8Array, symlinkTarget?: string) => sourceFromBytes({ path: 'content/news/2024/a.md', rel: 'news/2024/a.md', bytes, symlinkTarget });
  const fieldAndMessage = (bytes: Uint8Array, symlinkTarget?: string) => {
    const r = read(bytes, symlinkTarget);
    return 'text' in r ? 'ok' : `${r.field}: ${r.message}`;
  };

  test('UTF-8 (BOM or not, CRLF) is read as text without the BOM', () => {
    expect(read(utf8(`\uFEFF${TEXT}`))).toEqual({ path: 'content/news/2024/a.md', rel: 'news/2024/a.md', text: TEXT });
  });

  test('another encoding is named, with the fix', () => {
    const r = read(GBK);
    expect(r).toMatchObject({ file: 'content/news/2024/a.md', field: 'encoding', severity: 'error', fix: { kind: 'reencode', rel: 'news/2024/a.md' } });
    expect(fieldAndMessage(GBK)).toContain('GB18030/GBK 编码');
    expect(fieldAndMessage(utf16(TEXT, false))).toContain('UTF-16 编码');
    expect(fieldAndMessage(GBK)).toContain('npm run content:check -- --fix');
  });

  test('binary junk, unknown encodings, oversized files and links out of the folder are refused', () => {
    expect(fieldAndMessage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toMatch(/^file: 这不是文本文件/);
    expect(fieldAndMessage(new Uint8Array([0x61, 0x62, 0xff, 0x63, 0x64, 0x65]))).toMatch(/^encoding: 文件不是 UTF-8，也认不出/);
    expect(fieldAndMessage(utf8('正'.repeat(MAX_TEXT_BYTES / 3 + 1)))).toMatch(/^file: 文件有 1.01 MB，超过 1 MB 的上限/);
    expect(fieldAndMessage(utf8(TEXT), '/etc/passwd')).toBe('file: 这是指向内容文件夹以外（/etc/passwd）的链接——发布时不会读取；请把文件本身复制到这里');
  });

  test('formatBytes reads as an editor would say it', () => {
    expect([formatBytes(12), formatBytes(820 * 1024), formatBytes(1.34 * 1024 * 1024), formatBytes(2 * 1024 * 1024), formatBytes(1024 * 1024 + 1)]).toEqual([
      '12 字节',
      '820 KB',
      '1.34 MB',
      '2 MB',
      '1.01 MB',
    ]);
  });
});

describe('other East Asian encodings are not taken for GBK', () => {
  // 桃園社區新聞：網格員走訪居民 in Big5, and 地域のニュース in Shift-JIS: GB18030 decodes both "cleanly" to nonsense.
  const BIG5 = new Uint8Array([
    0xae, 0xe7, 0xb6, 0xe9, 0xaa, 0xc0, 0xb0, 0xcf, 0xb7, 0x73, 0xbb, 0x44, 0xa1, 0x47, 0xba, 0xf4, 0xae, 0xe6, 0xad, 0xfb, 0xa8, 0xab, 0xb3, 0x58, 0xa9, 0x7e,
    0xa5, 0xc1,
  ]);
  const SHIFT_JIS = new Uint8Array([0x92, 0x6e, 0x88, 0xe6, 0x82, 0xcc, 0x83, 0x6a, 0x83, 0x85, 0x81, 0x5b, 0x83, 0x58]);

  test.each([
    ['Big5', BIG5],
    ['Shift-JIS', SHIFT_JIS],
  ])('%s is "unknown", never converted as GBK', (_name, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: false, reason: 'unknown' });
  });

  test('GBK prose with rarer characters and punctuation is still GBK', () => {
    expect(decodeText(GBK)).toMatchObject({ ok: true, encoding: 'gb18030' });
  });
});

describe('every sample article saved as GBK', () => {
  const ROOT = new URL('../..', import.meta.url).pathname;
  const articles = readdirSync(join(ROOT, 'content/news'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md'));

  test.each(articles)('%s is recognised as GBK and reads back as the same text', (rel) => {
    const text = readFileSync(join(ROOT, 'content/news', rel), 'utf8');
    // Every character of the sample is in GBK: TextDecoder reads the bytes gbk() cannot write back as `?`.
    const bytes = gbk(text);
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding: 'gb18030', bom: false });
  });
});
