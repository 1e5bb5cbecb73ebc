import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { excerptHtml, highlight, occurrences } from '../../src/lib/search/excerpt.ts';

const plain = (html: string): string => html.replace(/<\/?(mark|span)[^>]*>/g, '');
const marked = (html: string): string[] => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1] ?? '');

const ARTICLE = [
  '10月9日，重阳节前两天，明湖街道海棠湾社区红心食堂开门营业。至此，松鹤区已建成红心食堂31家，全区8个街道实现社区食堂全覆盖。',
  '从一家到三十一家',
  '2019年，松鹤区第一家社区食堂在青松里社区试运行。每天11:30开饭，咨询电话0531-8888 1234。五年间，食堂由志愿者轮流值守，老人们说饭菜合口。',
];

describe('excerptHtml', () => {
  test('starts at the beginning of the sentence that holds the query', () => {
    const html = excerptHtml(ARTICLE, '松鹤区红心食堂实现街道全覆盖', ['志愿者']);
    expect(plain(html).startsWith('五年间，食堂由志愿者轮流值守')).toBe(true);
    expect(marked(html)).toEqual(['志愿者']);
  });

  test('never starts in the middle of a word', () => {
    const html = excerptHtml(ARTICLE, '标题', ['红心食堂']);
    expect(plain(html)).toMatch(/^10月9日，/);
  });

  test('keeps times and phone numbers whole, as written', () => {
    const text = plain(excerptHtml(ARTICLE, '标题', ['电话']));
    expect(text).toContain('11:30');
    expect(text).toContain('0531-8888 1234');
  });

  test('does not repeat a title that the text opens with', () => {
    const html = excerptHtml(['红心食堂升级：早餐开了', '红心食堂升级：早餐开了。运行近六年，食堂天天有人排队。'], '红心食堂升级：早餐开了', ['排队']);
    expect(plain(html)).not.toContain('早餐开了');
    expect(plain(html)).toContain('运行近六年');
  });

  test('shows where the query words stand together rather than the first of them alone', () => {
    const blocks = ['社区有食堂。居民说红心很暖。', '今年红心食堂新增早餐，老人赞不绝口。'];
    const html = excerptHtml(blocks, '标题', ['红心食堂']);
    expect(plain(html).startsWith('今年红心食堂新增早餐')).toBe(true);
  });

  test('shows the window with most of the words when they never stand together', () => {
    const blocks = ['电梯运行平稳。'.repeat(8), '居民协商加装电梯方案，楼长逐户征求意见。'];
    const html = excerptHtml(blocks, '标题', ['协商', '电梯']);
    expect(marked(html)).toEqual(['协商', '电梯']);
  });

  test('stops at a sentence or phrase end, or marks the cut with an ellipsis', () => {
    const html = excerptHtml([ARTICLE.join('')], '标题', ['红心食堂'], 40);
    expect(plain(html)).toMatch(/[。，…]$/);
    expect([...plain(html)].length).toBeLessThanOrEqual(41);
  });

  test('opens with the text itself when the query matched only the title or the bylines', () => {
    expect(plain(excerptHtml(ARTICLE, '标题', ['许文斌']))).toMatch(/^10月9日，重阳节前两天/);
  });

  test('never cuts a character outside the BMP in two', () => {
    const html = excerptHtml([`${'居'.repeat(39)}𠮷${'民'.repeat(60)}`], '标题', ['居'], 40);
    expect(html).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test('shows the whole text when it is short', () => {
    expect(excerptHtml(['短讯一则。'], '标题', ['短讯'])).toBe('<mark>短讯</mark>一则。');
  });

  test('marks Latin words whatever their case', () => {
    expect(marked(excerptHtml(['连上WiFi就行。'], '标题', ['wifi']))).toEqual(['WiFi']);
  });

  test('ends a heading or list item that has no punctuation with a full stop, so it does not run into the next block', () => {
    expect(plain(excerptHtml(['红心食堂全覆盖了。', '从一家到三十一家', '2019年，第一家食堂开业。'], '标题', ['三十一家']))).toBe(
      '从一家到三十一家。 2019年，第一家食堂开业。',
    );
  });

  test('does not start right after 、, inside a list of things', () => {
    const text =
      '以玉皇苑社区老年大学、红心食堂、“红心物业”党建服务联盟为服务平台，凝聚居民、物业力量，形成了党建引领社区共治共享的新局面，这是很长很长的一句话，还在继续写下去。';
    expect(plain(excerptHtml([`${'前面的句子很长。'.repeat(6)}${text}`], '标题', ['红心物业'], 40))).not.toMatch(/^“?红心物业/);
  });

  test('leaves no element but bare <mark> and the no-wrap span in an excerpt of hostile text', () => {
    const piece = fc.constantFrom(
      '社区食堂',
      '<mark>',
      '</mark>',
      '<',
      '>',
      '<img src=x onerror=alert(1)>',
      '<script>',
      '"',
      '&',
      '<!--',
      '。',
      '，',
      ' ',
      '0531-8888',
      '11:30',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom(['食堂'], ['<mark>'], ['script'], ['&']),
        (blocks, words) => {
          const dom = parseDocument(excerptHtml(blocks, '标题', words));
          const elements = findAll(() => true, dom.children);
          const allowed = (el: (typeof elements)[number]) =>
            (el.name === 'mark' && Object.keys(el.attribs).length === 0) || (el.name === 'span' && JSON.stringify(el.attribs) === '{"class":"nowrap"}');
          expect(elements.filter((el) => !allowed(el))).toEqual([]);
        },
      ),
    );
  });
});

describe('occurrences', () => {
  test('finds every occurrence of every word, overlaps merged, in text order', () => {
    expect(occurrences('红心食堂和红心', ['红心', '心食堂'])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 7 },
    ]);
  });
});

describe('highlight', () => {
  test('escapes the text and marks the words', () => {
    expect(highlight('a<b>食堂', ['食堂'])).toBe('a&lt;b&gt;<mark>食堂</mark>');
  });

  test('keeps a phone number, a time and a decimal on one line, marks inside them included', () => {
    expect(highlight('电话0531-8888 6110，每天11:30，增长12.5%', ['6110'])).toBe(
      '电话<span class="nowrap">0531-8888 <mark>6110</mark></span>，每天<span class="nowrap">11:30</span>，增长<span class="nowrap">12.5%</span>',
    );
  });

  test('leaves plain numbers and numbers a mark crosses as they are', () => {
    expect(highlight('共31家', [])).toBe('共31家');
    expect(highlight('编号12-34', ['号12'])).toBe('编<mark>号12</mark>-34');
  });
});
