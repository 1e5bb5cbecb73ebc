import { describe, expect, test } from 'vitest';
import type { HonorYear } from '../../src/lib/groupings.ts';
import { POSTER_CARD_LIMIT, posterLayout, rollSize } from '../../src/lib/honor-poster.ts';

/** A roll of one year per entry of `years`, each a list of category sizes. */
function roll(...years: number[][]): HonorYear<string>[] {
  return years.map((sizes, y) => ({
    year: 2025 - y,
    categories: sizes.map((n, c) => ({ id: `c${c}`, entries: Array.from({ length: n }, (_, i) => `${y}-${c}-${i}`) })),
  }));
}

describe('rollSize', () => {
  test.each([
    ['no years', roll(), { names: 0, cardRows: 0, headings: 0 }],
    ['one category of one', roll([1]), { names: 1, cardRows: 1, headings: 1 }],
    ['categories starting new rows', roll([3, 1, 2]), { names: 6, cardRows: 4, headings: 3 }],
    ['several years, each with its own heading', roll([2], [1, 1]), { names: 4, cardRows: 3, headings: 5 }],
  ])('counts names, card rows and headings for %s', (_what, years, expected) => {
    expect(rollSize(years)).toEqual(expected);
  });
});

describe('posterLayout', () => {
  test.each([
    ['the sample 2024 roll (4 names in 4 categories)', roll([1, 1, 1, 1]), 'cards'],
    ['a dozen names in two categories', roll([6, 6]), 'cards'],
    ['one category of a dozen', roll([POSTER_CARD_LIMIT]), 'cards'],
    ['13 names', roll([POSTER_CARD_LIMIT + 1]), 'names'],
    ['40 names in five categories', roll([8, 8, 8, 8, 8]), 'names'],
    ['10 names spread over five categories, too many rows for cards', roll([3, 3, 2, 1, 1]), 'names'],
    ['a community roll of two short years', roll([2], [1]), 'cards'],
    ['a community roll of three years in five categories', roll([1], [1], [1, 1, 1]), 'names'],
  ])('prints %s as %s', (_what, years, expected) => {
    expect(posterLayout(years)).toBe(expected);
  });
});
