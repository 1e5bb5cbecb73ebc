import { describe, expect, test } from 'vitest';
import type { HonorYear } from '../../src/lib/site/groupings.ts';
import {
  POSTER_ROLL_MM,
  POSTER_TIERS,
  planPoster,
  posterAddress,
  rollCommunity,
  rollHeightMm,
  rollSize,
  type PosterRoll,
} from '../../src/lib/honors/poster.ts';

/** A roll of one year per entry of `years`, each a list of category sizes. */
function roll(...years: number[][]): HonorYear<string>[] {
  return years.map((sizes, y) => ({
    year: 2025 - y,
    categories: sizes.map((n, c) => ({ id: `c${c}`, entries: Array.from({ length: n }, (_, i) => `${y}-${c}-${i}`) })),
  }));
}

/** A year's roll: HonorRoll's cards, honorees from several communities. */
const YEAR: PosterRoll = { renders: 'cards', communities: true };
/** One community's roll: HonorNameList's names, no community under each. */
const COMMUNITY: PosterRoll = { renders: 'names', communities: false };
const tier = (id: string) => POSTER_TIERS.find((t) => t.id === id) ?? POSTER_TIERS[0];

describe('rollSize', () => {
  test.each([
    ['no years', roll(), { names: 0, categories: 0, years: 0 }],
    ['one category of one', roll([1]), { names: 1, categories: 1, years: 0 }],
    ['one year of three categories', roll([3, 1, 2]), { names: 6, categories: 3, years: 0 }],
    ['several years, each with its own heading', roll([2], [1, 1]), { names: 4, categories: 3, years: 2 }],
  ])('counts names, categories and year headings for %s', (_what, years, expected) => {
    expect(rollSize(years)).toEqual(expected);
  });
});

describe('rollHeightMm', () => {
  test('a category starts a new row and a community line makes each row taller', () => {
    const names5 = tier('names-5');
    // 6 names in 5 columns: two rows; 1 name: one row; two categories.
    expect(rollHeightMm(roll([6, 1]), names5, false)).toBeCloseTo(3 * names5.rowMm.alone + 2 * names5.headingMm - 3);
    expect(rollHeightMm(roll(), names5, false)).toBe(0);
    expect(rollHeightMm(roll([6, 1]), names5, true)).toBeGreaterThan(rollHeightMm(roll([6, 1]), names5, false));
  });
});

describe('planPoster', () => {
  test.each([
    ['the sample 2024 roll (4 names in 4 categories)', roll([1, 1, 1, 1]), YEAR, 'cards-1'],
    ['a roll of three', roll([1, 1, 1]), YEAR, 'cards-1'],
    ['five names in two categories', roll([3, 2]), YEAR, 'cards-1'],
    ['six names in two categories, one more card than a column of cards holds', roll([3, 3]), YEAR, 'cards-2'],
    ['twelve names in two categories', roll([6, 6]), YEAR, 'names-3'],
    ['the sample 2022 roll (14 names in 4 categories)', roll([4, 3, 4, 3]), YEAR, 'names-3'],
    ['the sample 2025 roll (40 names in 5 categories)', roll([12, 7, 9, 7, 5]), YEAR, 'rows-4'],
    ['a roll of only names never prints as cards, however short', roll([1]), COMMUNITY, 'names-3'],
    ['the sample 青松里 roll (14 names over 3 years)', roll([1], [1], [4, 3, 3, 2]), COMMUNITY, 'names-4'],
    ['the sample 明湖 roll (42 names over 4 years)', roll([12, 7, 8, 7, 4], [1, 1], [1], [1]), COMMUNITY, 'rows-4'],
  ])('sets %s on one sheet', (_what, years, slot, expected) => {
    expect(planPoster(years, slot)).toEqual({ tier: tier(expected), fits: true });
  });

  test.each([
    ['a year of 100 names', roll([20, 20, 20, 20, 20]), YEAR],
    ['a community of 60 names over 6 years', roll([4, 3, 3], [4, 3, 3], [4, 3, 3], [4, 3, 3], [4, 3, 3], [4, 3, 3]), COMMUNITY],
  ])('runs %s, too long for one sheet, onto more in the densest tier', (_what, years, slot) => {
    expect(planPoster(years, slot)).toEqual({ tier: tier('rows-4'), fits: false });
  });

  test('picks the largest type that fits: the tier before the chosen one would not fit the sheet', () => {
    const years = roll([4, 3, 4, 3]);
    const chosen = POSTER_TIERS.indexOf(planPoster(years, YEAR).tier);
    expect(chosen).toBeGreaterThan(0);
    expect(rollHeightMm(years, POSTER_TIERS[chosen - 1] ?? POSTER_TIERS[0], true)).toBeGreaterThan(POSTER_ROLL_MM);
  });

  test('no tier prints names smaller than 16 pt, readable from a step away', () => {
    expect(Math.min(...POSTER_TIERS.map((t) => t.namePt))).toBeGreaterThanOrEqual(16);
  });
});

describe('posterAddress', () => {
  test.each([
    ['/honors/2025/', 'https://shequ.example.cn/', 'https://shequ.example.cn/honors/2025/'],
    ['/communities/minghu/', 'https://shequ.example.cn/', 'https://shequ.example.cn/communities/minghu/'],
    ['/honors/2025/', 'https://www.example.gov.cn/shequ/', 'https://www.example.gov.cn/shequ/honors/2025/'],
    ['/shequ/honors/2025/', 'https://www.example.gov.cn/shequ/', 'https://www.example.gov.cn/shequ/honors/2025/'],
    ['/honors/2025/', 'https://www.example.gov.cn/shequ', 'https://www.example.gov.cn/shequ/honors/2025/'],
  ])('gives %s under %s the public address %s', (path, site, expected) => {
    expect(posterAddress(path, site)).toBe(expected);
  });
});

describe('rollCommunity', () => {
  const of = (...categories: string[][]): HonorYear<string>[] => [{ year: 2025, categories: categories.map((entries, i) => ({ id: `c${i}`, entries })) }];
  const self = (community: string) => community;
  test.each([
    ['every honoree from one community: its 居委会 issues the roll', of(['青松里社区', '青松里社区'], ['青松里社区']), '青松里社区'],
    ['honorees from two communities: the district issues it', of(['青松里社区'], ['明湖社区']), undefined],
    ['an empty roll', of(), undefined],
  ])('%s', (_what, years, expected) => {
    expect(rollCommunity(years, self)).toBe(expected);
  });
});
