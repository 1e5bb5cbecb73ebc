import { describe, expect, test } from 'vitest';
import { checkContent, type CheckedContent } from '../../src/lib/check/check-all.ts';
import { documentHtml, findableParts, plainBlocks, searchDocuments, type SearchDocument, type SearchLabels } from '../../src/lib/search/documents.ts';
import { readIndexedPage, segmentForIndex } from '../../src/lib/search/text.ts';
import { checkedSiteModel } from '../../src/lib/site/checked-model.ts';
import { TopicIndex } from '../../src/lib/site/topics.ts';
import { filesIn, readContent } from '../../src/node/content-files.ts';
import { ROOT } from '../../scripts/lib/repo-root.ts';

const DIR = `${ROOT}tests/fixtures/site-small`;
const NOW = new Date('2026-11-22T12:00:00+08:00');
const MODEL = checkContent(readContent(DIR, ROOT), { now: NOW, ...filesIn(DIR) }).content;

const LABELS: SearchLabels = {
  type: { news: '新闻', honor: '红榜', community: '社区' },
  category: (id) => id,
  honorTitle: (name, year, category) => `${year}年${category}：${name}`,
  phone: '电话',
  noPhone: '暂未公布',
};

const DOCS = searchDocuments(checkedSiteModel(MODEL, NOW), LABELS);
const byUrl = (docs: SearchDocument[], url: string): SearchDocument => {
  const doc = docs.find((d) => d.url === url);
  if (!doc) throw new Error(`no document for ${url}`);
  return doc;
};
const html = (doc: SearchDocument): string => documentHtml(doc, LABELS.type[doc.type]);

/** One of our generated pages split at its data-pagefind-body element: what Pagefind indexes, and the rest. */
function splitPage(page: string): { body: string; outside: string; bodies: number } {
  const m = /<body>(.*)<main data-pagefind-body>(.*)<\/main>(.*)<\/body>/s.exec(page);
  if (!m) throw new Error(`no data-pagefind-body in ${page}`);
  return { body: m[2] ?? '', outside: `${m[1]}${m[3]}`, bodies: page.split('data-pagefind-body').length - 1 };
}

/** The fixture model with one news entry's front matter changed. */
const withNews = (slug: string, change: Record<string, unknown>, model: CheckedContent = MODEL): CheckedContent => ({
  ...model,
  news: model.news.map((n) => (n.id === slug ? { ...n, data: { ...n.data, ...change } } : n)),
});

describe('searchDocuments on the small site', () => {
  test('indexes the published news (newest first, as the site lists them), the honor entry and the community, at their page URLs', () => {
    expect(DOCS.map((d) => [d.type, d.url])).toEqual([
      ['news', '/news/taoyuan-shitang/'],
      ['news', '/news/taoyuan-yizhen/'],
      ['news', '/news/chengshi-tongzhi/'],
      ['honor', '/honors/2024/wang-laoshi/'],
      ['community', '/communities/taoyuan/'],
    ]);
  });

  test.each(['zxqvdraftmarker', 'zxqvschedmarker'])('puts %s, from an unpublished article, in no document and no indexed page', (marker) => {
    const leaks = DOCS.filter((d) => JSON.stringify(d).includes(marker) || html(d).includes(marker));
    expect(leaks.map((d) => d.url)).toEqual([]);
  });

  test('describes a news article with its China date, community, topics, year and sort time', () => {
    expect(byUrl(DOCS, '/news/taoyuan-shitang/')).toEqual({
      url: '/news/taoyuan-shitang/',
      type: 'news',
      title: '桃园社区食堂开张',
      body: ['除夕前夜，桃园社区食堂开张。按北京时间，这篇稿件属于 2024 年。'],
      fields: ['本站讯', '测试记者'],
      date: '2024年12月31日',
      community: '桃园社区',
      topics: ['社区食堂'],
      year: 2024,
      sortDate: Date.parse('2024-12-31T23:30:00+08:00') / 1000,
    });
  });

  test('keeps link text but not the link target or image syntax in the indexed text', () => {
    const text = byUrl(DOCS, '/news/taoyuan-yizhen/').body.join('\n');
    expect(text).toContain('详见食堂开张。');
    expect(text).not.toMatch(/\/news\/|\]\(|!\[/);
  });

  test('gives a citywide article no community and no topics', () => {
    expect(byUrl(DOCS, '/news/chengshi-tongzhi/')).toMatchObject({ community: undefined, topics: [], date: '2024年3月1日', year: 2024 });
  });

  test.each([
    ['the last minute of 2024 in China time', '2024-12-31T23:59:00+08:00', '2024年12月31日', 2024],
    ['just after midnight on New Year’s Day in China, still 2024 in UTC', '2024-12-31T16:30:00Z', '2025年1月1日', 2025],
  ])('dates an article published at %s by the China calendar', (_what, iso, date, year) => {
    const docs = searchDocuments(checkedSiteModel(withNews('taoyuan-shitang', { publishedAt: new Date(iso) }), NOW), LABELS);
    expect(byUrl(docs, '/news/taoyuan-shitang/')).toMatchObject({ date, year, sortDate: Date.parse(iso) / 1000 });
  });

  test('lists a renamed topic once, under its current name', () => {
    const model = {
      ...withNews('taoyuan-shitang', { topics: ['老年食堂', '社区食堂'] }),
      topics: new TopicIndex({ 社区食堂: { slug: 'shequ-shitang', formerNames: ['老年食堂'] } }),
    };
    expect(byUrl(searchDocuments(checkedSiteModel(model, NOW), LABELS), '/news/taoyuan-shitang/').topics).toEqual(['社区食堂']);
  });

  test('describes an honor entry with the title, category and community it is shown with', () => {
    expect(byUrl(DOCS, '/honors/2024/wang-laoshi/')).toMatchObject({
      title: '2024年dedication：王老师',
      body: ['义务辅导社区孩子十年', '王老师十年如一日义务辅导社区孩子功课。'],
      fields: ['王老师', 'dedication'],
      date: '2024',
      community: '桃园社区',
      year: 2024,
    });
  });

  test('leaves out an honor entry marked as a draft', () => {
    const model: CheckedContent = { ...MODEL, honors: MODEL.honors.map((h) => ({ ...h, data: { ...h.data, draft: true } })) };
    expect(searchDocuments(checkedSiteModel(model, NOW), LABELS).map((d) => d.type)).not.toContain('honor');
  });

  test.each([
    ['its phone number', '010-1234 5678', '电话 010-1234 5678'],
    ['the no-phone label when it has none', undefined, '电话 暂未公布'],
  ])('gives a community profile %s', (_what, phone, line) => {
    const model: CheckedContent = { ...MODEL, communities: MODEL.communities.map((c) => ({ ...c, data: { ...c.data, phone } })) };
    expect(byUrl(searchDocuments(checkedSiteModel(model, NOW), LABELS), '/communities/taoyuan/')).toMatchObject({
      title: '桃园社区',
      community: '桃园社区',
      body: ['构建测试用的社区。', line],
      fields: ['测试区', '测试街道'],
    });
  });
});

describe('documentHtml', () => {
  const NEWS = byUrl(DOCS, '/news/taoyuan-shitang/');
  const page = splitPage(html(NEWS));

  test('is a Chinese-language page', () => {
    expect(html(NEWS)).toMatch(/^<!doctype html><html lang="zh-CN">/);
  });

  test('puts the title, each paragraph, then the searched-only fields (segmented, each ended by the block mark) in the one data-pagefind-body element', () => {
    expect(page.bodies).toBe(1);
    const blocks = [...page.body.matchAll(/<(h1|p)[^>]*>(.*?)<\/\1>/g)].map((m) => m[2]);
    expect(blocks).toEqual([
      `${segmentForIndex(NEWS.title)} ¶`,
      '除夕 前夜 ， 桃园 社区 食堂 开张 。 按 北京 时间 ， 这 篇 稿件 属于 2024 年 。 ¶',
      `⁂ 本站 讯 测试 记者 ${findableParts([NEWS.title, ...NEWS.body, ...NEWS.fields]).join(' ')} ¶`,
    ]);
  });

  test('weights the title above the text and the trailing fields below it', () => {
    expect(page.body).toMatch(/^<h1 data-pagefind-weight="7">/);
    expect(page.body).toMatch(/<p data-pagefind-weight="0\.5">⁂/);
  });

  test('reads back, from what Pagefind stores, as the title and the paragraphs (a space between a Chinese word and a number is not kept)', () => {
    const stored = [...page.body.matchAll(/<(h1|p)[^>]*>(.*?)<\/\1>/g)].map((m) => m[2]).join(' ');
    const unspaced = NEWS.body.map((b) => b.replace(/(?<=\p{Script=Han}) (?=\d)|(?<=\d) (?=\p{Script=Han})/gu, ''));
    expect(readIndexedPage(stored)).toMatchObject({ title: NEWS.title, body: unspaced });
  });

  test('puts the display fields, filters and sort key outside the indexed body', () => {
    expect(page.outside).toBe(
      '<span data-pagefind-meta="title">桃园社区食堂开张</span>' +
        '<span data-pagefind-meta="type">新闻</span>' +
        '<span data-pagefind-meta="date">2024年12月31日</span>' +
        '<span data-pagefind-meta="community">桃园社区</span>' +
        `<span data-pagefind-meta="ts">${NEWS.sortDate}</span>` +
        '<span data-pagefind-filter="type">新闻</span>' +
        '<span data-pagefind-filter="community">桃园社区</span>' +
        '<span data-pagefind-filter="year">2024</span>' +
        '<span data-pagefind-filter="topic">社区食堂</span>' +
        `<span data-pagefind-sort="date">${NEWS.sortDate}</span>`,
    );
    expect(page.body).not.toMatch(/data-pagefind-(meta|filter|sort)/);
  });

  test.each([
    ['a community profile', '/communities/taoyuan/', ['type'], ['date', 'year', 'topic']],
    ['a citywide article', '/news/chengshi-tongzhi/', ['type', 'year'], ['community', 'topic']],
  ])('gives %s only the filters it has', (_what, url, present, absent) => {
    const { outside } = splitPage(html(byUrl(DOCS, url)));
    for (const name of present) expect(outside).toContain(`data-pagefind-filter="${name}"`);
    for (const name of absent) expect(outside).not.toContain(`data-pagefind-filter="${name}"`);
  });

  test("turns an author's own block marks (¶, ⁂) into spaces, so the page still reads back as title, text and fields", () => {
    const doc: SearchDocument = { url: '/news/x/', type: 'news', title: '标题¶一', body: ['正文¶里有⁂符号。'], fields: ['来源¶报社'], sortDate: 1 };
    const stored = [...splitPage(documentHtml(doc, '新闻')).body.matchAll(/<(h1|p)[^>]*>(.*?)<\/\1>/g)].map((m) => m[2]).join(' ');
    const page = readIndexedPage(stored);
    expect(page.title).toBe('标题一');
    expect(page.body).toEqual(['正文里有符号。']);
    expect(page.fields.startsWith('来源报社')).toBe(true);
  });

  test('escapes < and & in the title, the fields and the text', () => {
    const doc: SearchDocument = {
      url: '/news/x/',
      type: 'news',
      title: '<script>&',
      body: ['a<b>&c'],
      fields: ['<i>'],
      community: '<i>&',
      topics: ['&<'],
      year: 2024,
      sortDate: 1,
    };
    const out = documentHtml(doc, '新闻&<');
    expect(out).not.toMatch(/<(script|b|i)>/);
    expect(out).toContain('<title>&lt;script&gt;&amp;</title>');
    expect(out).toContain('<span data-pagefind-meta="title">&lt;script&gt;&amp;</span>');
    expect(out).toContain('<span data-pagefind-meta="type">新闻&amp;&lt;</span>');
    expect(out).toContain('<span data-pagefind-filter="community">&lt;i&gt;&amp;</span>');
    expect(out).toContain('<span data-pagefind-filter="topic">&amp;&lt;</span>');
    expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });
});

describe('plainBlocks', () => {
  test('gives headings, quotes and list items blocks of their own, without their marks, even with no blank line around them', () => {
    expect(plainBlocks('红心食堂运行以来，每天供应午餐。\n## 青年志愿者\n志愿者为老人送餐。\n\n> 引用一句\n- 列表一\n- 列表二\n1. 第一')).toEqual([
      '红心食堂运行以来，每天供应午餐。',
      '青年志愿者',
      '志愿者为老人送餐。',
      '引用一句',
      '列表一',
      '列表二',
      '第一',
    ]);
  });

  test('leaves no Markdown marks for an excerpt to show', () => {
    const text = plainBlocks('## “一张网”让社区拧成一股绳\n**重点**：见[通知](/news/x/)。![图](a.jpg)').join('\n');
    expect(text).toBe('“一张网”让社区拧成一股绳\n重点：见通知。');
  });
});

describe('findableParts', () => {
  test('writes each character found only inside words as its token, and the last digits of a long number', () => {
    const parts = findableParts(['加装电梯', '电话88881234']);
    expect(parts).toContain('qx68af');
    expect(parts).toEqual(expect.arrayContaining(['1234', '81234', '881234', '8881234']));
  });

  test('leaves out characters that already start a word (found by prefix) and short numbers', () => {
    const parts = findableParts(['电梯 梯子 2024年']);
    expect(parts).not.toContain('qx68af');
    expect(parts.filter((p) => /^\d/.test(p))).toEqual([]);
  });
});
