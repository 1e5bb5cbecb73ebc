import { describe, expect, test } from 'vitest';
import { corpusMatches } from '../../scripts/lib/bench/corpus.ts';

describe('corpusMatches', () => {
  const texts = ['社区联合派出所开展防范电信诈骗宣传', '孵化巾帼莲龙队等自组织五支', 'publishedAt: "2024-03-01 09:00:00"\n文明红榜'];

  test.each([
    [['防', '诈骗'], true],
    [['莲', '龙', '队'], true],
    [['2024', '文明', '红', '榜'], true],
    [['赵', '延', '君'], false],
    [['8888', '1234'], false],
    [['诈骗', '莲'], false],
  ])('%j → %s (every word in one file)', (terms, expected) => {
    expect(corpusMatches(texts, terms)).toBe(expected);
  });

  test('an empty query matches nothing', () => {
    expect(corpusMatches(texts, [])).toBe(false);
  });
});
