import { describe, expect, test } from 'vitest';
import { BenchUsageError, parseBenchArgs } from '../../scripts/lib/bench/options.ts';

describe('parseBenchArgs', () => {
  test('defaults to 1,000 and 10,000 articles, one round, 8 cover images, bench-results/', () => {
    expect(parseBenchArgs([])).toEqual({
      sizes: [1000, 10000],
      repeat: 1,
      images: 8,
      out: 'bench-results',
      keep: false,
      smoke: false,
      import: false,
      baselineBelow: 100000,
    });
  });

  test('--sizes 100000 alone skips the baseline at that size, which the Pagefind CLI cannot index', () => {
    expect(parseBenchArgs(['--sizes', '100000']).baselineBelow).toBe(100000);
  });

  test('--import scores the importer instead of building sites', () => {
    expect(parseBenchArgs(['--import', '--out', 'x'])).toMatchObject({ import: true, out: 'x' });
  });

  test('--large skips the Hugo baseline from 50,000 articles (Pagefind cannot index them in 24 GiB)', () => {
    expect(parseBenchArgs(['--large']).baselineBelow).toBe(50000);
  });

  test.each([
    [
      ['--sizes', '5000,1000'],
      [1000, 5000],
    ],
    [['--large'], [1000, 10000, 50000, 100000]],
    [
      ['--sizes', '10000', '--large'],
      [10000, 50000, 100000],
    ],
    [['--sizes', '100000,100000'], [100000]],
    [['--smoke'], [200]],
    [['--smoke', '--large', '--sizes', '10000'], [200]],
  ])('%j runs sizes %j', (argv, sizes) => {
    expect(parseBenchArgs(argv).sizes).toEqual(sizes);
  });

  test('reads rounds, images, output folder and --keep', () => {
    expect(parseBenchArgs(['--repeat', '2', '--images', '3', '--out', 'x/y', '--keep'])).toMatchObject({ repeat: 2, images: 3, out: 'x/y', keep: true });
  });

  test.each([[['--sizes', '10k']], [['--sizes', '0']], [['--sizes', ',']], [['--repeat', '-1']], [['--images', '1.5']], [['--bogus']], [['extra']]])(
    'refuses %j with the usage line',
    (argv) => {
      expect(() => parseBenchArgs(argv)).toThrow(BenchUsageError);
      expect(() => parseBenchArgs(argv)).toThrow(/usage: npm run bench/);
    },
  );
});
