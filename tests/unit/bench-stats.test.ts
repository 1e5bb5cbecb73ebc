import { describe, expect, test } from 'vitest';
import { median, percentile, pickEvenly, ratio, sum } from '../../scripts/lib/bench/stats.ts';

describe('median', () => {
  test.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[2, 2, 9], 2],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test('is NaN for no values, so a missing figure never passes for zero', () => {
    expect(median([])).toBeNaN();
  });

  test('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratio', () => {
  test.each([
    [30, 60, 0.5],
    [90, 60, 1.5],
    [0, 5, 0],
  ])('%d / %d is %d', (ours, base, expected) => {
    expect(ratio(ours, base)).toBe(expected);
  });

  test.each([
    [1, 0],
    [undefined, 2],
    [2, undefined],
    [Number.NaN, 2],
  ])('is undefined for %s / %s', (ours, base) => {
    expect(ratio(ours, base)).toBeUndefined();
  });
});

describe('pickEvenly', () => {
  const items = Array.from({ length: 11 }, (_, i) => i);
  test('spreads picks from the first item to the last', () => {
    expect(pickEvenly(items, 3)).toEqual([0, 5, 10]);
    expect(pickEvenly(items, 6)).toEqual([0, 2, 4, 6, 8, 10]);
  });
  test('returns everything when there are fewer items than picks, and nothing for no picks', () => {
    expect(pickEvenly([1, 2], 5)).toEqual([1, 2]);
    expect(pickEvenly(items, 0)).toEqual([]);
    expect(pickEvenly(items, 1)).toEqual([0]);
  });
  test('never picks the same item twice', () => {
    const picked = pickEvenly(
      Array.from({ length: 10_000 }, (_, i) => i),
      50,
    );
    expect(new Set(picked).size).toBe(50);
  });
});

test('sum adds values and is 0 for none', () => {
  expect(sum([1.5, 2, 3])).toBe(6.5);
  expect(sum([])).toBe(0);
});

describe('percentile', () => {
  test('p90 of ten timings is the ninth smallest: one slow query in ten does not set it, two do', () => {
    const times = [120, 80, 95, 300, 110, 90, 100, 105, 85, 2000];
    expect(percentile(times, 90)).toBe(300);
    expect(percentile([...times.slice(0, 9), 2000, 1500], 90)).toBe(1500);
  });

  test('p50 is a value measured (nearest rank), p100 the worst, no values NaN', () => {
    expect(percentile([3, 1, 2, 4], 50)).toBe(2);
    expect(percentile([3, 1, 2, 4], 100)).toBe(4);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 90)).toBeNaN();
  });
});
