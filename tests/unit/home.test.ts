import { describe, expect, test } from 'vitest';
import { homeSections, type HomeItemTraits } from '../../src/lib/home.ts';

interface Item extends Partial<HomeItemTraits> {
  id: string;
  community?: string;
}
const traits = (i: Item): HomeItemTraits => ({ featured: i.featured ?? false, hasCover: i.hasCover ?? false, notice: i.notice ?? false });
const communityOf = (i: Item) => i.community;
const ids = (items: Item[]) => items.map((i) => i.id);
const SIZES = { latest: 3, notices: 2, blocks: 4, perBlock: 3 };
const blocksOf = (news: Item[], sizes = SIZES) => homeSections(news, traits, sizes, communityOf).blocks.map((b) => [b.id, ids(b.items)]);

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
    expect(homeSections([{ id: 'n', notice: true }], traits, SIZES)).toEqual({ lead: { id: 'n', notice: true }, latest: [], notices: [], blocks: [] });
    expect(homeSections([], traits, SIZES)).toEqual({ lead: undefined, latest: [], notices: [], blocks: [] });
  });
});

describe('homeSections: community blocks', () => {
  // Newest first: a lead, three latest, two notices, then older news of each community.
  const news: Item[] = [
    { id: 'lead', community: 'taoyuan', hasCover: true },
    { id: 'n1', community: 'baihe', notice: true },
    { id: 'x1', community: 'taoyuan' },
    { id: 'x2', community: 'baihe' },
    { id: 'x3', community: 'anle' },
    { id: 'n2', community: 'anle', notice: true },
    { id: 'n3', community: 'luojiapo', notice: true },
    { id: 't2', community: 'taoyuan' },
    { id: 'b2', community: 'baihe' },
    { id: 't3', community: 'taoyuan' },
    { id: 'l2', community: 'luojiapo' },
    { id: 'free' },
  ];

  test('no article appears in two sections of the page', () => {
    const { lead, latest, notices, blocks } = homeSections(news, traits, SIZES, communityOf);
    const shown = [lead?.id, ...ids(latest), ...ids(notices), ...blocks.flatMap((b) => ids(b.items))];
    expect(shown).toEqual([...new Set(shown)]);
  });

  test("blocks hold what the sections above left, communities ordered by their newest such article; an unshown notice may appear in its community's block", () => {
    expect(blocksOf(news)).toEqual([
      ['luojiapo', ['n3', 'l2']],
      ['taoyuan', ['t2', 't3']],
      ['baihe', ['b2']],
    ]);
  });

  test('a community whose news all shows above gets no block, and the next one takes its place', () => {
    expect(blocksOf(news, { ...SIZES, blocks: 2 })).toEqual([
      ['luojiapo', ['n3', 'l2']],
      ['taoyuan', ['t2', 't3']],
    ]);
    expect(blocksOf(news).map(([id]) => id)).not.toContain('anle');
  });

  test.each([
    [1, 1, [['luojiapo', ['n3']]]],
    [4, 1, [['luojiapo', ['n3']], ['taoyuan', ['t2']], ['baihe', ['b2']]]],
    [0, 3, []],
  ])('shows at most %i blocks of at most %i articles each', (blocks, perBlock, expected) => {
    expect(blocksOf(news, { ...SIZES, blocks, perBlock })).toEqual(expected);
  });
});
