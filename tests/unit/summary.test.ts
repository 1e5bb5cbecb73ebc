import { describe, expect, test } from 'vitest';
import { cutSummary, firstParagraph, markdownToPlainText, summarize } from '../../src/lib/text/summary.ts';

const body = (...blocks: string[]): string => blocks.join('\n\n');

describe('firstParagraph', () => {
  test.each([
    ['a heading', body('## 活动现场', '居民踊跃参加。')],
    ['an image', body('![活动现场](./a.jpg)', '居民踊跃参加。')],
    ['a bullet list', body('- 时间：周六\n- 地点：广场', '居民踊跃参加。')],
    ['a numbered list', body('1. 报名\n2. 签到', '居民踊跃参加。')],
    ['a quote', body('> 编者按：……', '居民踊跃参加。')],
    ['raw HTML', body('<figure><img src="a.jpg" alt=""></figure>', '居民踊跃参加。')],
    ['a code block', body('```\ncode\n```', '居民踊跃参加。')],
    ['an MDX import', body("import Map from '../Map.astro';", '居民踊跃参加。')],
    ['a table', body('| 项目 | 人数 |\n| --- | --- |', '居民踊跃参加。')],
    ['blank lines', '\n\n\n居民踊跃参加。'],
  ])('skips %s', (_what, text) => {
    expect(firstParagraph(text)).toBe('居民踊跃参加。');
  });

  test('keeps the text of links and drops their addresses', () => {
    expect(firstParagraph('社区在[红心食堂](/news/hongxin/)举办活动。')).toBe('社区在红心食堂举办活动。');
  });

  test('drops emphasis, inline code and inline images', () => {
    expect(firstParagraph('**重要**通知：`周六`停水![图标](i.png)。')).toBe('重要通知：周六停水。');
  });

  test('joins the lines of a paragraph and stops at the blank line', () => {
    expect(firstParagraph('第一行，\n第二行。\n\n第二段。')).toBe('第一行， 第二行。');
  });

  test('is empty when the body has no paragraph', () => {
    expect(firstParagraph(body('# 标题', '![图](a.jpg)'))).toBe('');
  });
});

describe('markdownToPlainText', () => {
  test('drops the backslash of a hard line break and keeps characters a backslash made literal', () => {
    expect(markdownToPlainText('青松里社区居民委员会\\\n2026年11月18日')).toBe('青松里社区居民委员会 2026年11月18日');
    expect(markdownToPlainText('每份\\*只\\*限一人，编号\\#12')).toBe('每份*只*限一人，编号#12');
  });

  test('keeps link text, drops images, tags and markup, and collapses white space', () => {
    expect(markdownToPlainText('  <b>见</b> [通知](/a/)  ![x](y.png)\n*全文*  ')).toBe('见 通知 全文');
  });
});

describe('cutSummary', () => {
  test('leaves text that fits untouched', () => {
    expect(cutSummary('居民踊跃参加。', 7)).toBe('居民踊跃参加。');
  });

  test.each([
    ['。', '一二三四五六七。九十', 9, '一二三四五六七。'],
    ['！', '一二三四五六七！九十', 9, '一二三四五六七！'],
    ['？', '一二三四五六七？九十', 9, '一二三四五六七？'],
    ['the last of several', '一二。四五六。八九十', 9, '一二。四五六。'],
  ])('cuts at a sentence end (%s) in the last third', (_what, text, max, expected) => {
    expect(cutSummary(text, max)).toBe(expected);
  });

  test('cuts hard with …… when the only sentence end is in the first two thirds', () => {
    expect(cutSummary('一二。四五六七八九十', 9)).toBe('一二。四五六七八九……');
  });

  test('cuts hard with …… when there is no sentence end', () => {
    expect(cutSummary('一二三四五六七八九十', 5)).toBe('一二三四五……');
  });

  test('keeps the closing quote of a quoted sentence it cuts after', () => {
    expect(cutSummary('居民王大妈说：“我们很满意。”之后大家合影留念', 16)).toBe('居民王大妈说：“我们很满意。”');
  });

  test('counts characters, not UTF-16 units', () => {
    expect(cutSummary('𠀀𠀁𠀂𠀃', 4)).toBe('𠀀𠀁𠀂𠀃');
    expect(cutSummary('𠀀𠀁𠀂𠀃𠀄', 4)).toBe('𠀀𠀁𠀂𠀃……');
  });
});

describe('summarize', () => {
  const text = body('# 标题', '社区举办了迎新春活动。居民踊跃参加。');

  test('uses the editor’s summary when there is one', () => {
    expect(summarize(text, '编辑写的摘要', 120)).toBe('编辑写的摘要');
  });

  test('falls back to the first paragraph', () => {
    expect(summarize(text, undefined, 120)).toBe('社区举办了迎新春活动。居民踊跃参加。');
  });

  test('cuts the first paragraph to length', () => {
    expect(summarize(text, undefined, 14)).toBe('社区举办了迎新春活动。');
  });
});
