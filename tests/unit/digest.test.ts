import { describe, expect, it } from 'vitest';
import { digest } from '../../src/lib/digest.ts';

const article = (title: string, body = '正文') => ({ id: 'a', title, publishedAt: new Date('2026-01-02T03:04:05Z'), topics: ['养老'], entry: { body } });

describe('digest (whether a rebuild may reuse earlier work)', () => {
  it('is the same for equal data, whatever the key order or object identity', () => {
    expect(digest({ page: 1, items: [article('标题')] })).toBe(digest({ items: [article('标题')], page: 1 }));
  });

  it('changes when anything in the value changes, however deep', () => {
    const base = digest({ item: article('标题'), related: [article('相关')] });
    expect(digest({ item: article('标题改了'), related: [article('相关')] })).not.toBe(base);
    expect(digest({ item: article('标题'), related: [article('相关', '正文改了')] })).not.toBe(base);
    expect(digest({ item: article('标题'), related: [] })).not.toBe(base);
    expect(digest({ item: { ...article('标题'), publishedAt: new Date('2026-01-02T03:04:06Z') }, related: [article('相关')] })).not.toBe(base);
  });

  it('tells types and positions apart', () => {
    expect(digest(['1'])).not.toBe(digest([1]));
    expect(digest([1, 2])).not.toBe(digest([2, 1]));
    expect(digest({ a: undefined })).not.toBe(digest({ a: null }));
    expect(digest(new Map([['a', 1]]))).not.toBe(digest(new Map([['a', 2]])));
    expect(digest(new Set(['甲']))).not.toBe(digest(new Set(['乙'])));
    expect(digest('a,b')).not.toBe(digest(['a', 'b']));
  });

  it('reuses the digest of an item shared by many values', () => {
    const shared = article('共享');
    const first = digest({ page: 1, items: [shared] });
    expect(digest({ page: 1, items: [shared] })).toBe(first);
    expect(digest({ page: 2, items: [shared] })).not.toBe(first);
  });

  it('refuses data that refers to itself', () => {
    const loop: Record<string, unknown> = { id: 'x' };
    loop['self'] = loop;
    expect(() => digest(loop)).toThrow(/refers to itself/);
  });
});
