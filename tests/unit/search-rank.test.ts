import { describe, expect, test } from 'vitest';
import { byAdjacency, hasAdjacent, matchOf, queryWords, rankCandidates, roundedScore, titleShare, type Candidate } from '../../src/lib/search/rank.ts';

const page = (url: string, title: string, text: string, score = 1, date = 0): Candidate => ({ url, title, text, score, date });
const order = (query: string, pages: Candidate[]): string[] => rankCandidates(queryWords(query), pages).map((r) => r.candidate.url);

describe('rankCandidates', () => {
  test('puts a page with the query words side by side above one with the same characters scattered, whatever Pagefind scored', () => {
    const scattered = page('/scattered/', '社区动态', '红心小组很热心。食堂今天开门。', 9);
    const together = page('/together/', '社区动态', '红心食堂今天开门。', 2);
    expect(order('红心食堂', [scattered, together])).toEqual(['/together/', '/scattered/']);
  });

  test('puts words together in order above the same words apart', () => {
    const apart = page('/apart/', '动态', '志愿者来了。红心食堂开门。', 9);
    const near = page('/near/', '动态', '红心食堂的志愿者来了。', 1);
    expect(order('红心食堂 志愿者', [apart, near])).toEqual(['/near/', '/apart/']);
  });

  test('puts a title match above a match in the text only', () => {
    const body = page('/body/', '社区动态', '老年大学开学了。', 9);
    const title = page('/title/', '老年大学开学', '秋季班报名。', 1);
    expect(order('老年大学', [body, title])).toEqual(['/title/', '/body/']);
  });

  test("puts the page whose title the query says most of first: a community's profile before its articles", () => {
    const article = page('/news/a/', '罗家坡社区：社区成为大家庭 幸福和谐有深情', '罗家坡社区……', 9);
    const profile = page('/communities/luojiapo/', '罗家坡社区', '社区简介。', 1);
    expect(order('罗家坡', [article, profile])).toEqual(['/communities/luojiapo/', '/news/a/']);
  });

  test('puts a page with every word above one with only some of them', () => {
    const some = page('/some/', '加装电梯', '加装电梯开工。', 9);
    const all = page('/all/', '动态', '加装电梯方案经居民协商通过。', 1);
    expect(order('加装电梯 协商', [some, all])).toEqual(['/all/', '/some/']);
  });

  test('lets the newer page win when Pagefind scores them the same to three figures', () => {
    const older = page('/older/', '动态', '红心食堂开门。', 1.2341, 1_600_000_000);
    const newer = page('/newer/', '动态', '红心食堂开门。', 1.2339, 1_700_000_000);
    expect(order('红心食堂', [older, newer])).toEqual(['/newer/', '/older/']);
  });

  test('keeps Pagefind order between pages that match alike and score differently', () => {
    const better = page('/better/', '动态', '红心食堂开门。', 3, 1_600_000_000);
    const worse = page('/worse/', '动态', '红心食堂开门。', 2, 1_700_000_000);
    expect(order('红心食堂', [better, worse])).toEqual(['/better/', '/worse/']);
  });

  test('says which pages hold every word', () => {
    const ranked = rankCandidates(queryWords('红心食堂 协商'), [page('/a/', '红心食堂', '开门。')]);
    expect(ranked[0]?.match).toEqual({ full: false, together: false, inTitle: false });
  });
});

describe('matchOf', () => {
  test('matches Latin words whatever their case', () => {
    expect(matchOf(queryWords('WiFi'), '社区wifi开通', '')).toEqual({ full: true, together: true, inTitle: true });
  });

  test('does not count words split across paragraphs as together', () => {
    expect(matchOf(queryWords('食堂 志愿者'), '动态', '红心食堂\n志愿者').together).toBe(false);
  });

  test('reads a query with regular-expression characters literally', () => {
    expect(matchOf(queryWords('(a+ b'), '', 'x(a+ b').full).toBe(true);
  });
});

describe('roundedScore', () => {
  test('keeps three significant figures', () => {
    expect(roundedScore(12.3456)).toBe(12.3);
    expect(roundedScore(0.0012345)).toBe(0.00123);
    expect(roundedScore(0)).toBe(0);
  });
});

describe('byAdjacency', () => {
  test('puts results whose matched words stand side by side first, each group in Pagefind order', () => {
    const results = [
      { id: 'a', words: [3, 40] },
      { id: 'b', words: [7, 8] },
      { id: 'c', words: [1, 9] },
      { id: 'd', words: [21, 20] },
    ];
    expect(byAdjacency(results).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  test('sees a pair only when positions are consecutive', () => {
    expect(hasAdjacent([5, 5])).toBe(false);
    expect(hasAdjacent([9, 7, 8])).toBe(true);
    expect(hasAdjacent([])).toBe(false);
  });
});

describe('titleShare', () => {
  test('is the part of the title the words make up, in tenths, and 0 when a word is missing from it', () => {
    expect(titleShare(['罗家坡'], '罗家坡社区')).toBe(6);
    expect(titleShare(['罗家坡社区'], '罗家坡社区')).toBe(10);
    expect(titleShare(['罗家坡', '食堂'], '罗家坡社区')).toBe(0);
  });
});
