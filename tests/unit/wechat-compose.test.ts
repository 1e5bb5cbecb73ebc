/** The 公众号 copy: inline styles only, photos by public address, captions under them, lists and links made safe, the foot offices print. */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import * as DomUtils from 'domutils';
import { describe, expect, test } from 'vitest';
import { composeWechat, footLines, metaLine, type WechatArticle, type WechatBody } from '../../src/lib/wechat/compose.ts';
import { linkResolver } from '../../src/lib/wechat/links.ts';
import { WECHAT_COLORS } from '../../src/lib/wechat/theme.ts';

const SITE = 'https://shequ.example.cn/';
const ARTICLE: WechatArticle = {
  kicker: '民生实事',
  title: '长者食堂开张',
  subtitle: '家门口吃上热乎饭',
  source: '鹿苑街道',
  publishedAt: new Date('2025-11-03T10:20:00Z'),
  credits: { authors: ['韩雪'], correspondents: ['周涛'], photographers: ['周涛'], editor: '周子涵' },
  review: { first: '王丽', second: '李明', final: '张强' },
  community: '鸣泉社区',
  url: `${SITE}news/mingquan-shitang/`,
};
const PROSE = [
  '<p>11月3日中午，鸣泉社区长者食堂开门迎客。</p>',
  '<h2 id="x">吃得好</h2>',
  '<figure><img alt="排队" src="/_astro/a.webp" srcset="/_astro/a-640.webp 640w" width="1200" height="800" loading="lazy">',
  '<figcaption>老人们在长者食堂排队打饭</figcaption></figure>',
  '<ol start="3"><li>两荤两素</li><li>每餐12元<ul><li>80岁以上补贴3元</li></ul></li></ol>',
  '<table><thead><tr><th>餐次</th><th>价格</th></tr></thead><tbody><tr><td>午餐</td><td>12元</td></tr></tbody></table>',
  '<p>详见<a href="/news/taoyuan-yizhen/">义诊</a>、<a href="https://www.gov.cn/zhengce/">政策原文</a>、' +
    '再看<a href="/news/taoyuan-yizhen/">一次</a>和<a href="https://mp.weixin.qq.com/s/abc">往期推送</a>。</p>',
  '<button data-listen>朗读</button><script>alert(1)</script>',
].join('\n');
const published = new Set(['/news/taoyuan-yizhen/']);
const body = (html = PROSE, photos = [`${SITE}wechat/abc-photo.jpg`]): WechatBody => ({
  html,
  photos,
  resolveLink: linkResolver(ARTICLE.url, SITE, published),
});
const parse = (html: string) => parseDocument(html).children;

describe('composeWechat', () => {
  const copy = composeWechat(ARTICLE, body());
  const nodes = parse(copy.html);
  const all = DomUtils.findAll(() => true, nodes);

  test('carries only inline styles: no class, id, <style>, <script> or button survives', () => {
    expect(copy.problems).toEqual([]);
    expect(all.filter((el) => el.attribs['class'] !== undefined || el.attribs['id'] !== undefined)).toEqual([]);
    expect(all.filter((el) => ['style', 'script', 'button'].includes(el.name))).toEqual([]);
    expect(copy.html).not.toContain('alert(1)');
  });

  test('body text is at least 16 px with a generous line height, headings in the site’s red', () => {
    const root = all[0];
    expect(Number(/font-size:\s*(\d+)px/.exec(root?.attribs['style'] ?? '')?.[1])).toBeGreaterThanOrEqual(16);
    expect(Number(/line-height:\s*([\d.]+)/.exec(root?.attribs['style'] ?? '')?.[1])).toBeGreaterThanOrEqual(1.7);
    const h2 = all.find((el) => el.name === 'h2');
    expect(h2?.attribs['style']).toContain(WECHAT_COLORS.accent);
  });

  test('a photo is its public https address, alone and centred, its caption centred right under it', () => {
    const img = all.find((el) => el.name === 'img');
    expect(img?.attribs).toMatchObject({ src: `${SITE}wechat/abc-photo.jpg`, alt: '排队' });
    expect(img?.attribs['srcset']).toBeUndefined();
    const holder = img?.parent as (typeof all)[number];
    expect(holder.attribs['style']).toContain('text-align: center');
    const caption = DomUtils.nextElementSibling(holder);
    expect(caption && DomUtils.textContent(caption)).toBe('老人们在长者食堂排队打饭');
    expect(caption?.attribs['style']).toContain('text-align: center');
  });

  test('lists become paragraphs with their numbers written in (the editor renumbers lists), a sub-list indented', () => {
    expect(all.filter((el) => ['ol', 'ul', 'li'].includes(el.name))).toEqual([]);
    expect(copy.text).toContain('3. 两荤两素');
    expect(copy.text).toContain('4. 每餐12元');
    expect(copy.html).toMatch(/　• 80岁以上补贴3元/);
  });

  test('tables keep their rows with borders on every cell', () => {
    const cells = all.filter((el) => el.name === 'td' || el.name === 'th');
    expect(cells).toHaveLength(4);
    for (const cell of cells) expect(cell.attribs['style']).toContain('border: 1px solid');
  });

  test('links become numbered footnotes (引用链接) with full addresses, one number per address; 公众号 articles stay links', () => {
    expect(copy.footnotes).toEqual([
      { n: 1, text: '义诊', url: `${SITE}news/taoyuan-yizhen/` },
      { n: 2, text: '政策原文', url: 'https://www.gov.cn/zhengce/' },
    ]);
    expect(copy.text).toContain('详见义诊[1]、政策原文[2]、再看一次[1]和往期推送。');
    expect(all.filter((el) => el.name === 'a').map((a) => a.attribs['href'])).toEqual(['https://mp.weixin.qq.com/s/abc']);
    expect(copy.text).toContain(`[1] 义诊：${SITE}news/taoyuan-yizhen/`);
  });

  test('the top: 引题, ——副题, then 来源 and the China-time date; after the body its 引用链接, then credits, community, 原文链接 and the 三审 line last', () => {
    const lines = copy.text.split('\n\n');
    expect(lines.slice(0, 3)).toEqual(['民生实事', '——家门口吃上热乎饭', '来源：鹿苑街道　2025年11月3日 18:20']);
    expect(lines.slice(-8)).toEqual(
      [
        '[2] 政策原文：https://www.gov.cn/zhengce/',
        '作者：韩雪',
        '通讯员：周涛',
        '摄影：周涛',
        '责任编辑：周子涵',
        '社区：鸣泉社区',
        `原文链接：${ARTICLE.url}`,
        '初审：王丽　复审：李明　终审：张强',
      ].slice(-9),
    );
    expect(lines.at(-1)).toBe(footLines(ARTICLE).at(-1));
    expect(metaLine({ publishedAt: ARTICLE.publishedAt })).toBe('2025年11月3日 18:20');
  });

  test('text that looks like markup stays text; a phone number is text kept on one line, not a footnote; text around a photo stays', () => {
    const tricky = composeWechat(
      ARTICLE,
      body(
        '<p>PM2.5&lt;35 &amp; AQI&gt;50，咨询电话<a href="tel:053188881234" class="nowrap">0531-8888 1234</a>。</p>' +
          '<p>看图<img src="/_astro/b.webp" alt="a&quot;b">后面的文字</p>',
      ),
    );
    expect(tricky.html).toContain('PM2.5&lt;35 &amp; AQI&gt;50');
    expect(tricky.footnotes).toEqual([]);
    expect(tricky.html).toMatch(/<span style="white-space: nowrap;">0531-8888 1234<\/span>/);
    expect(tricky.text).toContain('看图');
    expect(tricky.text).toContain('后面的文字');
    expect(tricky.html).toContain('alt="a&quot;b"');
    const photo = DomUtils.findAll((e) => e.name === 'img', parse(tricky.html))[0];
    expect(photo?.attribs['src']).toBe(`${SITE}wechat/abc-photo.jpg`);
  });

  test('a link to an unpublished article, a missing photo or photos that do not match the article are refused', () => {
    const draft = composeWechat(ARTICLE, body('<p>见<a href="/news/caogao/">草稿</a></p>', []));
    expect(draft.problems).toEqual([expect.stringContaining('/news/caogao/')]);
    expect(draft.footnotes).toEqual([]);
    expect(draft.html).not.toContain('caogao');
    expect(composeWechat(ARTICLE, body('<p><span class="missing-image">缺图</span></p>', [])).problems).toHaveLength(1);
    expect(composeWechat(ARTICLE, body(PROSE, [])).problems).toEqual([expect.stringContaining('先发布')]);
  });
});

describe('linkResolver', () => {
  const resolve = linkResolver(`${SITE}news/a/`, SITE, published);
  test('reads relative links against the article and keeps other sites as written', () => {
    expect(resolve('../taoyuan-yizhen/')).toEqual({ url: `${SITE}news/taoyuan-yizhen/` });
    expect(resolve('/news/2/')).toEqual({ url: `${SITE}news/2/` });
    expect(resolve('/topics/shitang/')).toEqual({ url: `${SITE}topics/shitang/` });
    expect(resolve('http://www.example.org/x')).toEqual({ url: 'http://www.example.org/x' });
  });
  test('refuses an article of ours that is not published, with or without its trailing slash', () => {
    expect(resolve('/news/scheduled-one/')).toHaveProperty('problem');
    expect(resolve('/news/scheduled-one')).toHaveProperty('problem');
  });
});

test('the theme’s colours are the site’s tokens', () => {
  const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
  const token = (name: string) => new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6})`).exec(tokens)?.[1];
  expect(WECHAT_COLORS).toEqual({ text: token('text'), muted: token('muted'), accent: token('accent'), border: token('border'), surface: token('surface') });
});
