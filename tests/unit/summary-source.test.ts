import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstParagraph, summarize, summarySource } from '../../src/lib/text/summary.ts';

const block = fc.constantFrom(
  '## 小标题',
  '![图](a.jpg)',
  '- 一项',
  '> 引文',
  '**#1 重要**通知',
  '',
  '   ',
  '居民们积极参加。',
  '<div>x</div>',
  '1. 第一',
  '[链接](b)的说明。',
  '第二段，更长一些的文字。',
);

describe('summarySource', () => {
  test('keeps what the summary is made from: the same first paragraph and summary as the whole body', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), fc.constantFrom('\n\n', '\n \n', '\r\n\r\n'), (blocks, gap) => {
        const body = blocks.join(gap);
        expect(firstParagraph(summarySource(body))).toBe(firstParagraph(body));
        expect(summarize(summarySource(body), undefined, 20)).toBe(summarize(body, undefined, 20));
      }),
    );
  });

  test('drops everything after the first paragraph', () => {
    expect(summarySource('## 标题\n\n![图](a.jpg)\n\n第一段。\n\n第二段。\n\n第三段。')).toBe('## 标题\n\n![图](a.jpg)\n\n第一段。');
  });
});
