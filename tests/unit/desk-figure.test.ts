import { describe, expect, test } from 'vitest';
import { FIGURE_PATTERN, dotImagePath, figureFromMatch, figureToMarkdown } from '../../src/lib/desk/figure.ts';
import { findImages } from '../../src/lib/text/markdown-refs.ts';

const read = (line: string) => {
  const m = FIGURE_PATTERN.exec(line);
  return m ? figureFromMatch(m) : undefined;
};

describe('figure lines', () => {
  test.each([
    [
      '![居民排队乘电梯](./images/a-1.jpg "新电梯投入使用（摄影 张三）")',
      { src: './images/a-1.jpg', alt: '居民排队乘电梯', caption: '新电梯投入使用（摄影 张三）' },
    ],
    ['![无说明](./images/a-2.jpg)', { src: './images/a-2.jpg', alt: '无说明', caption: '' }],
    ['![空格](<./images/my photo.jpg> "说明")', { src: './images/my photo.jpg', alt: '空格', caption: '说明' }],
  ])('reads %s', (line, figure) => {
    expect(read(line)).toEqual(figure);
  });

  test('does not take a photo inside a paragraph for a figure', () => {
    expect(read('文字 ![a](./images/a.jpg)')).toBeUndefined();
    expect(read('![a](./images/a.jpg) 文字')).toBeUndefined();
  });

  test('matches a figure followed by more of the document, as Decap offers it', () => {
    expect(read('![a](./images/a.jpg "说明")\n\n下一段')).toEqual({ src: './images/a.jpg', alt: 'a', caption: '说明' });
  });

  test('writes what it reads', () => {
    const line = '![居民排队乘电梯](./images/a-1.jpg "新电梯投入使用")';
    const figure = read(line);
    expect(figure && figureToMarkdown(figure)).toBe(line);
  });

  test('writes an upload as ./images/ and keeps characters that would end the alt or caption out', () => {
    const line = figureToMarkdown({ src: 'images/a-1.jpg', alt: '标语[新]', caption: '他说"好"\n第二行' });
    expect(line).toBe('![标语［新］](./images/a-1.jpg "他说“好” 第二行")');
    // content:check reads the same alt, path and caption back.
    expect(findImages(line)).toEqual([{ alt: '标语［新］', src: './images/a-1.jpg', title: '他说“好” 第二行', line: 1 }]);
  });
});

test.each([
  ['images/a.jpg', './images/a.jpg'],
  ['./images/a.jpg', './images/a.jpg'],
  ['images/sub/a.jpg', 'images/sub/a.jpg'],
  ['images/是一句话 不是路径', 'images/是一句话 不是路径'],
])('dotImagePath(%j) → %j', (path, expected) => {
  expect(dotImagePath(path)).toBe(expected);
});
