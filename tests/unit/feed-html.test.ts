import { describe, expect, test } from 'vitest';
import { feedSafeUrl, feedHtml } from '../../src/lib/feeds/feed-html.ts';

const BASE = 'https://example.org/news/hongxin-shitang/';
const clean = (html: string): string => feedHtml(html, BASE);

describe('feedHtml makes every link and image absolute', () => {
  test.each([
    ['a link relative to the article', '<a href="../tingshui/">停水</a>', '<a href="https://example.org/news/tingshui/">停水</a>'],
    ['a root-relative link', '<a href="/communities/taoyuan/">桃源社区</a>', '<a href="https://example.org/communities/taoyuan/">桃源社区</a>'],
    ['a fragment link', '<a href="#map">地图</a>', '<a href="https://example.org/news/hongxin-shitang/#map">地图</a>'],
    ['a query link', '<a href="?page=2">下一页</a>', '<a href="https://example.org/news/hongxin-shitang/?page=2">下一页</a>'],
    ['a protocol-relative link, as https', '<a href="//other.example/x">外站</a>', '<a href="https://other.example/x">外站</a>'],
    ['an image beside the article', '<img src="./images/a.jpg" alt="食堂">', '<img src="https://example.org/news/hongxin-shitang/images/a.jpg" alt="食堂" />'],
    ['a root-relative image', '<img src="/_astro/a.hash.webp" alt="食堂">', '<img src="https://example.org/_astro/a.hash.webp" alt="食堂" />'],
    [
      'every candidate of a srcset, keeping widths',
      '<img srcset="./images/a-400.jpg 400w, /_astro/a-800.webp 800w" alt="食堂">',
      '<img srcset="https://example.org/news/hongxin-shitang/images/a-400.jpg 400w, https://example.org/_astro/a-800.webp 800w" alt="食堂" />',
    ],
    [
      'srcset candidates with and without a density',
      '<img srcset="/a.jpg, /b.jpg 2x" alt="">',
      '<img srcset="https://example.org/a.jpg, https://example.org/b.jpg 2x" alt="" />',
    ],
  ])('turns %s into an absolute URL', (_what, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  test.each([
    [
      'an absolute link to another site',
      '<a href="https://other.example/page?a=1&amp;b=2">外站</a>',
      '<a href="https://other.example/page?a=1&amp;b=2">外站</a>',
    ],
    ['a mailto link', '<a href="mailto:news@example.org">来信</a>', '<a href="mailto:news@example.org">来信</a>'],
    ['a tel link', '<a href="tel:+86-532-1234567">电话</a>', '<a href="tel:+86-532-1234567">电话</a>'],
    ['an absolute image', '<img src="https://cdn.example/a.jpg" alt="图">', '<img src="https://cdn.example/a.jpg" alt="图" />'],
  ])('keeps %s as it is', (_what, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  test('drops a data: candidate from a srcset without leaving a broken image in its place', () => {
    expect(clean('<img srcset="data:image/png;base64,iVBORw0KGgo= 1x, /img/b.png 2x" alt="图">')).toBe(
      '<img srcset="https://example.org/img/b.png 2x" alt="图" />',
    );
  });
});

describe('feedHtml keeps the article readable', () => {
  test('keeps a figure with its image, size, alt text and caption', () => {
    const html =
      '<figure><img src="./images/a.jpg" alt="新开张的食堂" width="800" height="600" sizes="(max-width: 800px) 100vw, 800px">' +
      '<figcaption>红心食堂，摄于 1 月 25 日</figcaption></figure>';
    expect(clean(html)).toBe(
      '<figure><img src="https://example.org/news/hongxin-shitang/images/a.jpg" alt="新开张的食堂" ' +
        'width="800" height="600" sizes="(max-width: 800px) 100vw, 800px" /><figcaption>红心食堂，摄于 1 月 25 日</figcaption></figure>',
    );
  });

  test.each([
    ['paragraphs with Chinese text and entities', '<p>社区 &amp; 居民 &lt;通知&gt;：“周六停水”。</p><p>第二段</p>'],
    ['headings', '<h2>开张</h2><h3>时间</h3><h4>地点</h4>'],
    ['lists', '<ul><li>一楼</li><li>二楼</li></ul><ol><li>报名</li><li>领卡</li></ol>'],
    ['a quotation', '<blockquote><p>“饭菜可口。”</p></blockquote>'],
    ['emphasis and line breaks', '<p><strong>注意</strong>：<em>自带</em>餐具<br />谢谢<b>配合</b><i>！</i><span>完</span></p><hr />'],
    ['a table with spans', '<table><thead><tr><th colspan="2">时间</th></tr></thead><tbody><tr><td rowspan="2">周一</td><td>午餐</td></tr></tbody></table>'],
    ['a link title', '<a href="https://example.org/news/tingshui/" title="停水通知">停水</a>'],
  ])('keeps %s unchanged', (_what, html) => {
    expect(clean(html)).toBe(html);
  });

  test('drops id and class attributes but keeps the element', () => {
    expect(clean('<h2 id="kaizhang" class="title">开张</h2>')).toBe('<h2>开张</h2>');
  });
});

describe('feedHtml removes what is executable, styled or embedded', () => {
  test.each([
    ['a script and its code', '<p>前</p><script>alert(1)</script><p>后</p>', '<p>前</p><p>后</p>'],
    ['an external script', '<p>前</p><script src="https://evil.example/x.js"></script>', '<p>前</p>'],
    ['a style sheet and its rules', '<style>p { color: red }</style><p>文</p>', '<p>文</p>'],
    [
      'an iframe from a host not on the site list, with its fallback content',
      '<iframe src="https://video.example/embed/1">看视频</iframe><p>文</p>',
      '<p>文</p>',
    ],
    ['an object and its params', '<object data="x.swf"><param name="a" value="b" /></object><p>文</p>', '<p>文</p>'],
    ['an embed', '<embed src="x.swf" /><p>文</p>', '<p>文</p>'],
    [
      'a form and its fields, keeping the button text',
      '<form action="/s" method="post"><input name="q" /><textarea>t</textarea><button>提交</button></form>',
      '提交',
    ],
    ['an svg with an onload handler', '<svg onload="alert(1)"><circle r="1" /></svg><p>文</p>', '<p>文</p>'],
    ['a base element that would redirect relative links', '<base href="https://evil.example/" /><p>文</p>', '<p>文</p>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/" /><p>文</p>', '<p>文</p>'],
    [
      'on* event handlers in any case',
      '<p onclick="a()" ONMOUSEOVER="b()">文</p><img src="/a.jpg" onerror="c()" onload="d()" alt="图" />',
      '<p>文</p><img src="https://example.org/a.jpg" alt="图" />',
    ],
    ['style attributes', '<p style="color:red">文</p><span style="position:fixed">浮</span><th style="x">表</th>', '<p>文</p><span>浮</span><th>表</th>'],
    ['a javascript: link, keeping its text', '<a href="javascript:alert(1)">点我</a>', '<a>点我</a>'],
    ['an upper-case JAVASCRIPT: link', '<a href="JAVASCRIPT:alert(1)">点我</a>', '<a>点我</a>'],
    ['a javascript: link hidden by a tab entity', '<a href="jav&#x09;ascript:alert(1)">点我</a>', '<a>点我</a>'],
    ['a javascript: link written with a character reference', '<a href="&#106;avascript:alert(1)">点我</a>', '<a>点我</a>'],
    ['a javascript: link after spaces', '<a href="   javascript:alert(1)">点我</a>', '<a>点我</a>'],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">点我</a>', '<a>点我</a>'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">点我</a>', '<a>点我</a>'],
    ['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="图" />', '<img alt="图" />'],
    ['a javascript: image', '<img src="javascript:alert(1)" alt="图" />', '<img alt="图" />'],
    ['a vbscript: image', '<img src="vbscript:x" alt="图" />', '<img alt="图" />'],
    [
      'a javascript: srcset candidate, keeping the others',
      '<img srcset="/a.jpg 1x, javascript:alert(1) 2x" alt="图" />',
      '<img srcset="https://example.org/a.jpg 1x" alt="图" />',
    ],
    ['a srcset with only a javascript: candidate', '<img srcset="javascript:alert(1) 2x" alt="图" />', '<img alt="图" />'],
    ['a link target', '<a href="/x" target="_blank" rel="opener">x</a>', '<a href="https://example.org/x">x</a>'],
  ])('removes %s', (_what, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  test('leaves nothing executable in an article full of tricks', () => {
    const html = [
      '<h2>通知</h2>',
      '<p style="color:red" onclick="steal()">请<a href="javascript:steal()">点这里</a>或<a href="/form/">这里</a>报名。</p>',
      '<script>steal()</script><style>body{display:none}</style>',
      '<iframe src="https://evil.example/"></iframe><object data="x"></object><form action="https://evil.example/"><input /></form>',
      '<figure><img src="data:image/png;base64,AA" onerror="steal()" alt="图" /><figcaption>说明</figcaption></figure>',
      '<a href="vbscript:steal()">旧</a>',
    ].join('');
    const out = clean(html);
    expect(out).not.toMatch(/<script|<style|<iframe|<object|<form|<input|\son\w+=|style=|javascript:|vbscript:|data:/i);
    expect(out).toBe(
      '<h2>通知</h2><p>请<a>点这里</a>或<a href="https://example.org/form/">这里</a>报名。</p><figure><img alt="图" /><figcaption>说明</figcaption></figure><a>旧</a>',
    );
  });
});

describe('feedSafeUrl', () => {
  test.each([
    ['../tingshui/', 'https://example.org/news/tingshui/'],
    ['/communities/taoyuan/', 'https://example.org/communities/taoyuan/'],
    ['images/a.jpg', 'https://example.org/news/hongxin-shitang/images/a.jpg'],
    ['http://other.example/a', 'http://other.example/a'],
    ['//other.example/a', 'https://other.example/a'],
    ['mailto:news@example.org', 'mailto:news@example.org'],
    ['tel:+86-532-1234567', 'tel:+86-532-1234567'],
  ])('resolves %j against the article URL', (url, expected) => {
    expect(feedSafeUrl(url, BASE)).toBe(expected);
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,hi',
    'vbscript:msgbox(1)',
    'ftp://example.org/a',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    'about:blank',
    'http://[bad',
  ])('gives undefined for %j, which feed readers should not follow', (url) => {
    expect(feedSafeUrl(url, BASE)).toBeUndefined();
  });
});
