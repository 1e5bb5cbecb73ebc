import { describe, expect, test } from 'vitest';
import { relatedArticles, type RelatedInput } from '../../src/lib/site/related.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2024, 5, 1);

/** An article `hoursAgo` before NOW; lists passed to relatedArticles are newest first. */
const article = (id: string, hoursAgo: number, community?: string, topics: string[] = []): RelatedInput => ({
  id,
  time: NOW - hoursAgo * HOUR,
  community,
  topics,
});

const newestFirst = (items: RelatedInput[]): RelatedInput[] => [...items].sort((a, b) => b.time - a.time);

const relatedOf = (id: string, items: RelatedInput[], options = { max: 5, window: 12 }): string[] | undefined =>
  relatedArticles(newestFirst(items), options).get(id);

describe('relatedArticles', () => {
  test('gives every article a list, even an empty one', () => {
    const items = [article('a', 1, 'taoyuan'), article('b', 2), article('c', 3, undefined, ['la-ji-fen-lei'])];
    expect([...relatedArticles(items).keys()]).toEqual(['a', 'b', 'c']);
  });

  test('never lists an article as related to itself', () => {
    const items = Array.from({ length: 8 }, (_, i) => article(`a${i}`, i, 'taoyuan', ['la-ji-fen-lei', 'yi-zhen']));
    for (const [id, related] of relatedArticles(items)) {
      expect(related).not.toContain(id);
      expect(related).toHaveLength(5);
    }
  });

  test.each([1, 3, 5, 7])('lists at most %i articles', (max) => {
    const items = Array.from({ length: 20 }, (_, i) => article(`a${i}`, i, 'taoyuan', ['la-ji-fen-lei']));
    const lengths = [...relatedArticles(items, { max, window: 12 }).values()].map((list) => list.length);
    expect(lengths).toEqual(items.map(() => max));
  });

  test('lists the whole, shorter set when fewer articles are related than the maximum', () => {
    const items = [article('a', 1, 'taoyuan'), article('b', 2, 'taoyuan'), article('c', 3, 'taoyuan')];
    expect(relatedOf('a', items)).toEqual(['b', 'c']);
  });

  test('ranks same community and shared topic above same community only, above shared topic only', () => {
    const items = [
      article('target', 10, 'taoyuan', ['la-ji-fen-lei']),
      article('topic-only', 11, 'luojiapo', ['la-ji-fen-lei']),
      article('community-only', 12, 'taoyuan', ['yi-zhen']),
      article('both', 30, 'taoyuan', ['la-ji-fen-lei']),
    ];
    expect(relatedOf('target', items)).toEqual(['both', 'community-only', 'topic-only']);
  });

  test('ranks two shared topics above the same community alone', () => {
    const items = [
      article('target', 10, 'taoyuan', ['la-ji-fen-lei', 'yi-zhen']),
      article('community-only', 11, 'taoyuan'),
      article('two-topics', 20, 'luojiapo', ['yi-zhen', 'la-ji-fen-lei']),
      article('one-topic', 9, 'luojiapo', ['yi-zhen']),
    ];
    expect(relatedOf('target', items)).toEqual(['two-topics', 'community-only', 'one-topic']);
  });

  test('counts a topic an article lists twice only once', () => {
    const items = [
      article('target', 10, 'taoyuan', ['la-ji-fen-lei', 'la-ji-fen-lei']),
      article('community-only', 20, 'taoyuan'),
      article('same-topic', 11, 'luojiapo', ['la-ji-fen-lei']),
    ];
    expect(relatedOf('target', items)).toEqual(['community-only', 'same-topic']);
  });

  test('among equally related articles, lists the nearest in time first, newer or older', () => {
    const items = [
      article('3h-newer', 7, 'taoyuan'),
      article('1h-newer', 9, 'taoyuan'),
      article('target', 10, 'taoyuan'),
      article('2h-older', 12, 'taoyuan'),
      article('5h-older', 15, 'taoyuan'),
    ];
    expect(relatedOf('target', items)).toEqual(['1h-newer', '2h-older', '3h-newer', '5h-older']);
  });

  test('breaks an exact tie in score and time by list order, newer first', () => {
    const items = [article('newer', 8, 'taoyuan'), article('target', 10, 'taoyuan'), article('older', 12, 'taoyuan')];
    expect(relatedOf('target', items)).toEqual(['newer', 'older']);
  });

  test('relates nothing across different communities with no shared topic', () => {
    const items = [article('a', 1, 'taoyuan', ['yi-zhen']), article('b', 2, 'luojiapo', ['la-ji-fen-lei']), article('c', 3, 'luojiapo')];
    expect(relatedOf('a', items)).toEqual([]);
    expect(relatedOf('b', items)).toEqual(['c']);
  });

  test('gives an article with no community and no topics no related articles, and lists it for none', () => {
    const items = [article('a', 1, 'taoyuan', ['yi-zhen']), article('loner', 2), article('b', 3, 'taoyuan', ['yi-zhen']), article('other-loner', 4)];
    const related = relatedArticles(items);
    expect(related.get('loner')).toEqual([]);
    expect(related.get('other-loner')).toEqual([]);
    expect([...related.values()].flat()).not.toContain('loner');
  });

  test('looks only `window` neighbours either side within a community', () => {
    const items = Array.from({ length: 7 }, (_, i) => article(`a${i}`, i, 'taoyuan'));
    expect(relatedOf('a3', items, { max: 10, window: 1 })).toEqual(['a2', 'a4']);
    expect(relatedOf('a0', items, { max: 10, window: 2 })).toEqual(['a1', 'a2']);
  });

  test('handles 20,000 articles, giving each at most `max` others', () => {
    let seed = 1;
    const next = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const items = Array.from({ length: 20_000 }, (_, i): RelatedInput => {
      const community = next(10) === 0 ? undefined : `c${next(60)}`;
      const topics = Array.from({ length: next(4) }, () => `t${next(40)}`);
      return { id: `n${i}`, time: NOW - i * 17 * 60_000, community, topics };
    });
    const related = relatedArticles(items, { max: 5, window: 12 });
    expect(related.size).toBe(20_000);
    const tooLong = [...related].filter(([, list]) => list.length > 5);
    const selfListed = [...related].filter(([id, list]) => list.includes(id));
    expect({ tooLong: tooLong.length, selfListed: selfListed.length }).toEqual({ tooLong: 0, selfListed: 0 });
    expect([...related.values()].filter((list) => list.length === 5).length).toBeGreaterThan(15_000);
  });
});
