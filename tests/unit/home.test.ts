import { describe, expect, test } from 'vitest';
import { homeSections, type HomeItemTraits } from '../../src/lib/home.ts';

interface Item extends Partial<HomeItemTraits> {
  id: string;
}
const traits = (i: Item): HomeItemTraits => ({ featured: i.featured ?? false, hasCover: i.hasCover ?? false, notice: i.notice ?? false });
const ids = (items: Item[]) => items.map((i) => i.id);
const SIZES = { latest: 3, notices: 2 };

describe('homeSections', () => {
  test('the 头条 is the newest story with a cover, and it is not repeated in the latest list', () => {
    const news: Item[] = [{ id: 'a' }, { id: 'b', hasCover: true }, { id: 'c', hasCover: true }, { id: 'd' }];
    const { lead, latest } = homeSections(news, traits, SIZES);
    expect(lead?.id).toBe('b');
    expect(ids(latest)).toEqual(['a', 'c', 'd']);
  });

  test('an article marked featured leads even without a cover', () => {
    expect(homeSections([{ id: 'a', hasCover: true }, { id: 'b', featured: true }], traits, SIZES).lead?.id).toBe('b');
  });

  test('notices go to their own column, newest first and capped, and never into the latest list', () => {
    const news: Item[] = [{ id: 'n1', notice: true, hasCover: true }, { id: 'a' }, { id: 'n2', notice: true }, { id: 'n3', notice: true }, { id: 'b', hasCover: true }];
    const sections = homeSections(news, traits, SIZES);
    expect(sections.lead?.id).toBe('b');
    expect(ids(sections.notices)).toEqual(['n1', 'n2']);
    expect(ids(sections.latest)).toEqual(['a']);
  });

  test('without any cover the newest story leads; a site of notices only still has a 头条', () => {
    expect(homeSections([{ id: 'a' }, { id: 'b' }], traits, SIZES).lead?.id).toBe('a');
    expect(homeSections([{ id: 'n', notice: true }], traits, SIZES)).toEqual({ lead: { id: 'n', notice: true }, latest: [], notices: [] });
    expect(homeSections([], traits, SIZES)).toEqual({ lead: undefined, latest: [], notices: [] });
  });
});
