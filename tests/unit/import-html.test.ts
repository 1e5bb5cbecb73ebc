import { parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { findArticleRoot, findTitle, removeTrackers } from '../../src/lib/import/html-article.ts';
import { htmlToLines, looksLikeHtml } from '../../src/lib/import/html.ts';

const P = '<p>社区在中心花园新添了十二件健身器材，居民们纷纷前来体验，大家都说很方便。</p>';

describe('looksLikeHtml', () => {
  test.each([
    ['a full page', '<!DOCTYPE html><html><body>文字</body></html>', true],
    ['a fragment', `${P}${P}<div>更多</div>`, true],
    ['copied text mentioning a tag once', '网页里的<br>标签表示换行', false],
    ['plain text', '社区新添健身器材', false],
  ])('tells %s', (_what, text, html) => {
    expect(looksLikeHtml(text)).toBe(html);
  });
});

describe('finding the article', () => {
  test('prefers <article>', () => {
    const doc = parseDocument(`<div>${P}</div><article><h2>标题</h2>${P}${P}</article>`);
    const root = findArticleRoot(doc);
    expect('name' in root && root.name).toBe('article');
  });

  test('else takes the container with most paragraph text, even split over sections', () => {
    const doc = parseDocument(
      `<div id="nav"><p>首页 新闻</p></div><div id="body"><section>${P}</section><section>${P}</section><section>${P}</section></div><div id="side">${P}</div>`,
    );
    const root = findArticleRoot(doc);
    expect('attribs' in root && root.attribs['id']).toBe('body');
  });

  test('takes a cell of <br>-separated text as the article', () => {
    const text = '社区在中心花园新添了十二件健身器材，居民们纷纷前来体验。<br><br>大家都说很方便，以后锻炼不用跑远路了。<br><br>';
    const doc = parseDocument(`<table><tr><td>导航</td></tr><tr><td class="c">${text}</td></tr></table>`);
    const root = findArticleRoot(doc);
    expect('attribs' in root && root.attribs['class']).toBe('c');
  });

  test('reads the title from h1, else from <title> without the site name', () => {
    expect(findTitle(parseDocument('<title>站名</title><h1>社区新添健身器材</h1>'))?.text).toBe('社区新添健身器材');
    expect(findTitle(parseDocument('<title>社区新添健身器材_社区新闻_松鹤网</title>'))?.text).toBe('社区新添健身器材');
    expect(findTitle(parseDocument('<title>社区新添健身器材_松鹤网</title><h1>松鹤网</h1><h1>社区新添健身器材</h1>'))?.text).toBe('社区新添健身器材');
  });

  test('removes tracking pixels and counts everything executable', () => {
    const doc = parseDocument(
      [
        '<img src="https://a.example.com/p.gif" width="1" height="1">',
        '<img src="https://stat.example.com/pixel.gif">',
        '<img src="/b.jpg" style="width:1px">',
        '<img src="/photo.jpg" alt="照片" width="600">',
        '<a href="javascript:x()">x</a>',
        '<div onclick="y()"></div>',
        '<script></script>',
        '<iframe></iframe>',
      ].join(''),
    );
    expect(removeTrackers(doc)).toBe(7);
    expect(parseDocument(doc.children.map(String).join('')).children.length).toBeGreaterThan(0);
  });
});

describe('htmlToLines', () => {
  const page = `<html><head><title>站名</title><script>alert(1)</script><style>p{color:red}</style></head><body onload="x()">
    <div class="crumb">当前位置：首页 &gt; 社区</div>
    <h1>社区新添健身器材</h1>
    <div class="info">来源：松鹤网 2024-05-06 09:00</div>
    <div class="content">
      <p style="color:red" onclick="steal()">社区在中心花园新添了十二件健身器材，<a href="javascript:alert(1)">居民们</a>纷纷前来体验。</p>
      <img src="https://img.example.com/a.jpg" alt="居民在体验新器材" onerror="alert(1)">
      <h2>大家都说好</h2>
      <iframe src="https://ads.example.com"></iframe>
      <ul><li>单杠两副</li><li>漫步机四台</li></ul>
      <img src="data:image/gif;base64,R0lGOD" alt="">
      <p>“以后锻炼不用跑远路了。”居民老方说。&lt;script&gt;</p>
    </div>
    <div class="footer">版权所有 松鹤网</div></body></html>`;
  const { lines, code, chrome } = htmlToLines(page);

  test('gives the title, the credits around the article and the article, as text', () => {
    expect(lines).toEqual([
      { kind: 'title', text: '社区新添健身器材' },
      { kind: 'text', text: '来源：松鹤网 2024-05-06 09:00' },
      { kind: 'text', text: '社区在中心花园新添了十二件健身器材，居民们纷纷前来体验。' },
      { kind: 'image', text: '居民在体验新器材', src: 'https://img.example.com/a.jpg' },
      { kind: 'heading', text: '大家都说好', sub: false },
      { kind: 'item', text: '单杠两副' },
      { kind: 'item', text: '漫步机四台' },
      { kind: 'image', text: '' },
      { kind: 'text', text: '“以后锻炼不用跑远路了。”居民老方说。<script>' },
    ]);
  });

  test('counts the code it removed and the page text it left out', () => {
    // head script, body onload, p onclick, javascript: link, img onerror, iframe
    expect(code).toBe(6);
    expect(chrome).toBe(2);
  });
});

describe('credits around the article', () => {
  test('reads a table row split over cells as one credit line, and lists the chrome it left out', () => {
    const html = `<div class="nav">当前位置：首页 &gt; 街道新闻</div><div class="c">${P}${P}</div>
      <table><tr><td>发布机构：南湖街道办事处</td><td>发布日期：2024-04-18</td></tr><tr><td>初审：</td><td>江帆</td></tr></table>`;
    const result = htmlToLines(html);
    expect(result.lines.filter((l) => l.kind === 'text' && !l.text.startsWith('社区')).map((l) => l.text)).toEqual([
      '发布机构：南湖街道办事处 发布日期：2024-04-18',
      '初审： 江帆',
    ]);
    expect(result.chromeLines).toEqual(['当前位置：首页 > 街道新闻']);
    expect(result.chrome).toBe(1);
  });
});
