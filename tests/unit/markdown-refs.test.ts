import { describe, expect, test } from 'vitest';
import { findImages, findLinks, isExternal } from '../../src/lib/text/markdown-refs.ts';

const lines = (...text: string[]): string => text.join('\n');

describe('findImages', () => {
  test.each([
    ['a Markdown image', '![社区门口](./images/gate.jpg)', { alt: '社区门口', src: './images/gate.jpg', line: 1 }],
    ['an image with a title', '![社区门口](gate.jpg "罗家坡社区")', { alt: '社区门口', src: 'gate.jpg', title: '罗家坡社区', line: 1 }],
    ['an image with a single-quoted title', "![门口](gate.jpg '标题')", { alt: '门口', src: 'gate.jpg', title: '标题', line: 1 }],
    ['an image with empty alt text', '![](gate.jpg)', { alt: '', src: 'gate.jpg', line: 1 }],
    ['an image with blank alt text', '![  ](gate.jpg)', { alt: '', src: 'gate.jpg', line: 1 }],
    ['an image in angle brackets', '![门口](<gate.jpg>)', { alt: '门口', src: 'gate.jpg', line: 1 }],
    ['an HTML image, marked as HTML', '<img src="gate.jpg" alt="社区门口">', { alt: '社区门口', src: 'gate.jpg', line: 1, html: true }],
    ['an HTML image without alt', "<img class='wide' src='gate.jpg'>", { alt: '', src: 'gate.jpg', line: 1, html: true }],
  ])('finds %s', (_what, body, image) => {
    expect(findImages(body)).toEqual([image]);
  });

  test('gives each image the file line it is on', () => {
    const body = lines('开头。', '', '![一](1.jpg) 和 ![二](2.jpg)', '', '<img src="3.jpg" alt="三">', '![四](4.jpg)');
    expect(
      findImages(body, 6)
        .map(({ src, line }) => `${src}@${line}`)
        .sort(),
    ).toEqual(['1.jpg@8', '2.jpg@8', '3.jpg@10', '4.jpg@11']);
  });

  test('ignores images shown as examples in fenced code', () => {
    const body = lines('```markdown', '![示例](example.jpg)', '```', '![真图](real.jpg)');
    expect(findImages(body)).toEqual([{ alt: '真图', src: 'real.jpg', line: 4 }]);
  });

  test.each([
    ['a ~~~ fence', lines('~~~', '![示例](example.jpg)', '~~~')],
    ['inline code', '插图写法：`![说明](example.jpg)`'],
  ])('ignores images shown as examples in %s', (_what, body) => {
    expect(findImages(body)).toEqual([]);
  });

  test('does not take a link for an image', () => {
    expect(findImages('见[通知](/news/a/)。')).toEqual([]);
  });
});

describe('findLinks', () => {
  test.each([
    ['a Markdown link', '见[通知](/news/tongzhi/)。', '/news/tongzhi/'],
    ['a link with a title', '[通知](/news/tongzhi/ "停水通知")', '/news/tongzhi/'],
    ['a link in angle brackets', '[通知](</news/tongzhi/>)', '/news/tongzhi/'],
    ['an external link', '[胶东在线](https://www.jiaodong.net/)', 'https://www.jiaodong.net/'],
    ['an HTML link', '<a href="/communities/luojiapo/">罗家坡</a>', '/communities/luojiapo/'],
    ['an HTML link with single quotes and other attributes', "<a class='x' href='/topics/la-ji/'>x</a>", '/topics/la-ji/'],
  ])('finds %s', (_what, body, href) => {
    expect(findLinks(body)).toEqual([{ href, line: 1 }]);
  });

  test('gives each link the file line it is on', () => {
    const body = lines('[一](/news/a/)', '', '[二](/news/b/) [三](/news/c/)');
    expect(findLinks(body, 5)).toEqual([
      { href: '/news/a/', line: 5 },
      { href: '/news/b/', line: 7 },
      { href: '/news/c/', line: 7 },
    ]);
  });

  test('does not take an image for a link', () => {
    expect(findLinks('![门口](gate.jpg)')).toEqual([]);
  });

  test('ignores links shown as examples in fenced code', () => {
    const body = lines('```', '[示例](/news/nowhere/)', '```', '[真链接](/news/real/)');
    expect(findLinks(body)).toEqual([{ href: '/news/real/', line: 4 }]);
  });

  test('finds the target of a linked image, not the image', () => {
    expect(findLinks('[![缩略图](thumb.jpg)](/news/a/)')).toEqual([{ href: '/news/a/', line: 1 }]);
  });

  test('still finds the image inside a linked image', () => {
    expect(findImages('[![缩略图](thumb.jpg)](/news/a/)')).toEqual([{ alt: '缩略图', src: 'thumb.jpg', line: 1 }]);
  });
});

describe('isExternal', () => {
  test.each(['https://www.example.com/', 'http://example.com', 'mailto:news@example.com', 'tel:0532-12345678', '//cdn.example.com/a.js'])(
    'treats %s as outside the site',
    (ref) => {
      expect(isExternal(ref)).toBe(true);
    },
  );

  test.each(['/news/a/', './images/a.jpg', 'images/a.jpg', '../2020/a.md', '#comments'])('treats %s as inside the site', (ref) => {
    expect(isExternal(ref)).toBe(false);
  });
});
