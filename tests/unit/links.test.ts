import { describe, expect, test } from 'vitest';
import { fileForPath, findBrokenLinks, pageUrl } from '../../src/lib/links/check.ts';
import { htmlRefs, srcsetUrls, xmlRefs, type FileRefs } from '../../src/lib/links/extract.ts';

const SITE = 'https://shequ.example.cn/';
const FILES = new Set(['index.html', 'news/a/index.html', 'news/b/index.html', 'rss.xml', '_astro/x.webp', 'feeds.opml']);

describe('what a built file references', () => {
  test('an HTML page: links, images, srcset candidates, og:image, and its anchors', () => {
    const refs = htmlRefs(
      [
        '<h2 id="shitang">食堂</h2>',
        '<a name="old"></a>',
        '<a href="/news/a/#shitang">a</a>',
        '<img src="/_astro/x.webp" srcset="/_astro/x.webp 480w, /_astro/y.webp 800w">',
        '<meta property="og:image" content="https://shequ.example.cn/_astro/z.jpg">',
        '<link rel="alternate" href="/rss.xml">',
      ].join(''),
    );
    expect([...refs.anchors]).toEqual(['shitang', 'old']);
    expect(refs.refs).toEqual(['/news/a/#shitang', '/_astro/x.webp', '/_astro/x.webp', '/_astro/y.webp', 'https://shequ.example.cn/_astro/z.jpg', '/rss.xml']);
  });

  test('a feed: own-site URLs, also inside escaped HTML, and its stylesheet', () => {
    const refs = xmlRefs(
      [
        '<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>',
        '<link>https://shequ.example.cn/news/a/</link>',
        '<content:encoded>&lt;img src=&quot;https://shequ.example.cn/_astro/x.webp&quot;&gt;</content:encoded>',
        '<link>https://other.example/</link>',
      ].join(''),
      SITE,
    );
    expect(refs.refs).toEqual(['https://shequ.example.cn/news/a/', 'https://shequ.example.cn/_astro/x.webp', '/rss.xsl']);
  });

  test('srcset candidates without their descriptors, a data: URL kept whole', () => {
    expect(srcsetUrls('a.webp 1x, data:image/png;base64,AA,BB 2x, /b.webp 800w')).toEqual(['a.webp', 'data:image/png;base64,AA,BB', '/b.webp']);
  });
});

describe('which references point nowhere', () => {
  test.each([
    ['/', 'index.html'],
    ['/news/a/', 'news/a/index.html'],
    ['/news/a', 'news/a/index.html'],
    ['/rss.xml', 'rss.xml'],
    ['/news/c/', undefined],
  ])('%s is served from %s', (path, file) => {
    expect(fileForPath(path, FILES)).toBe(file);
  });

  test('reports a missing page, a missing image and a missing anchor, naming the file; ignores other sites, mailto and tel', () => {
    const refs = new Map<string, FileRefs>([
      [
        'index.html',
        {
          anchors: new Set(),
          refs: ['/news/a/', '/news/c/', '_astro/missing.webp', '/news/b/#nowhere', 'https://other.example/', 'mailto:a@b.c', 'tel:123', '#top'],
        },
      ],
      ['news/b/index.html', { anchors: new Set(['here']), refs: ['../a/', '#here'] }],
    ]);
    expect(findBrokenLinks(refs, FILES, SITE)).toEqual([
      { file: 'index.html', target: '/news/c/', reason: 'missing' },
      { file: 'index.html', target: '_astro/missing.webp', reason: 'missing' },
      { file: 'index.html', target: '/news/b/#nowhere', reason: 'anchor' },
      { file: 'index.html', target: '#top', reason: 'anchor' },
    ]);
  });

  test('names a page as its URL', () => {
    expect(pageUrl('news/a/index.html')).toBe('/news/a/');
    expect(pageUrl('rss.xml')).toBe('/rss.xml');
  });
});
