import { describe, expect, test } from 'vitest';
import { addChinaDays, parseChinaTime } from '../../src/lib/china-time.ts';
import { homeSections, type HomeItemTraits } from '../../src/lib/site/home-sections.ts';

interface Item extends Partial<Omit<HomeItemTraits, 'publishedAt'>> {
  id: string;
  community?: string;
  /** China calendar days before NOW it went live (0: today, the default); null: no date (a draft in preview). */
  age?: number | null;
}
// The browser tests' SITE_NOW.
const NOW = parseChinaTime('2026-11-22 10:00') ?? new Date(NaN);
const traits = (i: Item): HomeItemTraits => ({
  featured: i.featured ?? false,
  hasCover: i.hasCover ?? false,
  notice: i.notice ?? false,
  publishedAt: i.age === null ? undefined : addChinaDays(NOW, -(i.age ?? 0)),
});
const communityOf = (i: Item) => i.community;
const ids = (items: Item[]) => items.map((i) => i.id);
const SIZES = { latest: 3, notices: 2, blocks: 4, perBlock: 3 };
const RECENT = { now: NOW, leadDays: 30, blockDays: 365 };
const sectionsOf = (news: Item[], sizes = SIZES) => homeSections(news, traits, sizes, RECENT, communityOf);
const blocksOf = (news: Item[], sizes = SIZES) => sectionsOf(news, sizes).blocks.map((b) => [b.id, ids(b.items)]);

describe('homeSections', () => {
  test('the 头条 is the newest story with a cover, and it is not repeated in the latest list', () => {
    const news: Item[] = [{ id: 'a' }, { id: 'b', hasCover: true }, { id: 'c', hasCover: true }, { id: 'd' }];
    const { lead, latest } = sectionsOf(news);
    expect(lead?.id).toBe('b');
    expect(ids(latest)).toEqual(['a', 'c', 'd']);
  });

  test('an article marked featured leads even without a cover', () => {
    expect(
      sectionsOf([
        { id: 'a', hasCover: true },
        { id: 'b', featured: true },
      ]).lead?.id,
    ).toBe('b');
  });

  test('notices go to their own column, newest first and capped, and never into the latest list', () => {
    const news: Item[] = [
      { id: 'n1', notice: true, hasCover: true },
      { id: 'a' },
      { id: 'n2', notice: true },
      { id: 'n3', notice: true },
      { id: 'b', hasCover: true },
    ];
    const sections = sectionsOf(news);
    expect(sections.lead?.id).toBe('b');
    expect(ids(sections.notices)).toEqual(['n1', 'n2']);
    expect(ids(sections.latest)).toEqual(['a']);
  });

  test('without any cover the newest story leads; a site of notices only still has a 头条', () => {
    expect(sectionsOf([{ id: 'a' }, { id: 'b' }]).lead?.id).toBe('a');
    expect(sectionsOf([{ id: 'n', notice: true }])).toEqual({ lead: { id: 'n', notice: true }, latest: [], notices: [], blocks: [] });
    expect(sectionsOf([])).toEqual({ lead: undefined, latest: [], notices: [], blocks: [] });
  });
});

describe('homeSections: a 头条 leads only while it is recent', () => {
  test.each([
    [30, 'f'],
    [31, 'c'],
  ])('a featured article %i days old: %s leads', (age, expected) => {
    const news: Item[] = [
      { id: 'a', age: 1 },
      { id: 'c', age: 3, hasCover: true },
      { id: 'f', age, featured: true, hasCover: true },
    ];
    expect(sectionsOf(news).lead?.id).toBe(expected);
  });

  test('an old featured story steps down into the latest list, in its date order', () => {
    const news: Item[] = [
      { id: 'a', age: 1 },
      { id: 'c', age: 3, hasCover: true },
      { id: 'f', age: 55, featured: true },
    ];
    expect(ids(sectionsOf(news).latest)).toEqual(['a', 'f']);
  });

  test('a cover alone does not make an old story the 头条: with nothing featured or pictured this month, the newest story leads', () => {
    // The sample on 22 November: a featured story of 28 September, a pictured one of January, news from this week.
    const news: Item[] = [
      { id: 'n', age: 0, notice: true },
      { id: 'new', age: 3 },
      { id: 'sep', age: 55, featured: true, hasCover: true },
      { id: 'jan', age: 314, hasCover: true },
    ];
    expect(sectionsOf(news).lead?.id).toBe('new');
  });

  test('an old featured notice does not lead, and an undated story (a preview draft) is never recent', () => {
    expect(
      sectionsOf([
        { id: 'a', age: 2 },
        { id: 'n', age: 40, notice: true, featured: true },
      ]).lead?.id,
    ).toBe('a');
    expect(
      sectionsOf([
        { id: 'a', age: 2 },
        { id: 'd', age: null, featured: true },
      ]).lead?.id,
    ).toBe('a');
  });
});

describe('homeSections: community blocks hold recent news only', () => {
  test('a community whose recent news all shows above gives way, however much old news it has', () => {
    // The 头条 and the latest three take each community's newest; what is left is old but for t2 and b2.
    const news: Item[] = [
      { id: 'lead', community: 'luojiapo', hasCover: true, age: 1 },
      { id: 'x1', community: 'yuhuang', age: 2 },
      { id: 'x2', community: 'taoyuan', age: 3 },
      { id: 'x3', community: 'baihe', age: 4 },
      { id: 't2', community: 'taoyuan', age: 200 },
      { id: 'b2', community: 'baihe', age: 365 },
      { id: 'l2', community: 'luojiapo', age: 366 },
      { id: 'y2', community: 'yuhuang', age: 2000 },
    ];
    expect(blocksOf(news)).toEqual([
      ['taoyuan', ['t2']],
      ['baihe', ['b2']],
    ]);
  });

  test('with nothing recent left over there are no blocks (the page leaves the section out)', () => {
    const news: Item[] = [
      ...['a', 'b', 'c', 'd'].map((id, age) => ({ id, community: 'taoyuan', age })),
      { id: 'old', community: 'taoyuan', age: 400 },
      { id: 'older', community: 'baihe', age: 2500 },
    ];
    expect(sectionsOf(news).blocks).toEqual([]);
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
    const { lead, latest, notices, blocks } = sectionsOf(news);
    const shown = [lead?.id, ...ids(latest), ...ids(notices), ...blocks.flatMap((b) => ids(b.items))];
    expect(shown).toEqual([...new Set(shown)]);
  });

  test("blocks hold what the sections above left, communities ordered by their newest such article; an unshown notice may be in its community's block", () => {
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
    [
      4,
      1,
      [
        ['luojiapo', ['n3']],
        ['taoyuan', ['t2']],
        ['baihe', ['b2']],
      ],
    ],
    [0, 3, []],
  ])('shows at most %i blocks of at most %i articles each', (blocks, perBlock, expected) => {
    expect(blocksOf(news, { ...SIZES, blocks, perBlock })).toEqual(expected);
  });
});
