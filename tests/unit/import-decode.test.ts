import { describe, expect, test } from 'vitest';
import { checkText, decodeInput, normalizeWhitespace } from '../../src/lib/import/decode.ts';
import { ImportError } from '../../src/lib/import/import-error.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof ImportError ? error.code : 'other';
  }
  return 'none';
};

describe('decodeInput', () => {
  test('reads UTF-8, dropping a byte-order mark', () => {
    expect(decodeInput(utf8('\uFEFF社区新闻'))).toBe('社区新闻');
  });

  test('reads GBK pages that are not valid UTF-8', () => {
    // 社区 in GBK
    expect(decodeInput(new Uint8Array([0xc9, 0xe7, 0xc7, 0xf8]))).toBe('社区');
  });

  test.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['only whitespace', utf8(' \n\t\n'), 'empty'],
    ['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'binary'],
    ['control characters', utf8('\u0001\u0002\u0003\u0004社区'), 'binary'],
  ])('refuses %s', (_what, bytes, code) => {
    expect(codeOf(() => decodeInput(bytes))).toBe(code);
  });

  test('applies the same checks to text already decoded', () => {
    expect(codeOf(() => checkText(''))).toBe('empty');
    expect(checkText('社区')).toBe('社区');
  });
});

describe('ImportError', () => {
  test('names the input file in its message', () => {
    expect(new ImportError('no-article', { count: 3 }).describe('a.txt')).toMatchInlineSnapshot(
      `"a.txt: 清理后没有找到正文（只剩 3 个汉字）——请确认文件里是文章本身，而不是栏目页、广告页或空白页"`,
    );
    expect(new ImportError('binary').describe('b.doc')).toMatchInlineSnapshot(
      `"b.doc: 这不是文本文件（可能是图片、压缩包或 Word 文档）——请把文章另存为 .txt 或 .html 后再导入"`,
    );
  });
});

describe('normalizeWhitespace', () => {
  test('evens out line ends, odd spaces and invisible characters', () => {
    expect(normalizeWhitespace('甲\r\n乙\u3000丙\u00A0丁\u200B戊\r己')).toBe('甲\n乙 丙 丁戊\n己');
  });
});
