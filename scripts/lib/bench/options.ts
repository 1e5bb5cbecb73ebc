/** The bench's command line: which corpus sizes, how many interleaved rounds, where results go. */
import { parseArgs } from 'node:util';

export const DEFAULT_SIZES: readonly number[] = [1000, 10000];
/** City scale (`--large`, without the Hugo baseline): the 15-minute goal is stated at 100,000. */
export const LARGE_SIZES: readonly number[] = [50000, 100000];
/** CI keeps the script working with one small size; numbers at this size are not the targets. */
export const SMOKE_SIZES: readonly number[] = [200];

export interface BenchOptions {
  /** Corpus sizes (news articles), ascending. */
  sizes: number[];
  /** Interleaved rounds per size: baseline, ours, baseline, ours… */
  repeat: number;
  /** Distinct cover images in the corpus (every third article has one), so covers go through sharp. */
  images: number;
  /** Folder for results.json, chart.svg and the build logs. */
  out: string;
  /** Keep each size's corpus, builds and snapshots instead of deleting them once measured. */
  keep: boolean;
  smoke: boolean;
  /** Score the labelled import corpus instead of building sites (`--import`). */
  import: boolean;
  /** Sizes from which the Hugo baseline is skipped: Pagefind's CLI cannot index 100,000 pages in 24 GiB, and `--large` skips it from 50,000. */
  baselineBelow: number;
  /** A district of member sites and its portal (`--district`): see scripts/lib/bench/district.ts. */
  district: { members: number; parallel: number; single: boolean } | undefined;
}

export const USAGE =
  'usage: npm run bench -- [--sizes 1000,10000] [--large] [--smoke] [--repeat 1] [--images 8] [--out bench-results] [--keep] | --import [--out bench-results]' +
  ' | --district [--sizes 100000] [--members 20] [--parallel 1] [--single] [--keep]';

export class BenchUsageError extends Error {}

function positiveInt(name: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value <= 0)
    throw new BenchUsageError(`--${name} ${text}: expected a positive whole number\n${USAGE}`);
  return value;
}

/** Reads the flags; `--smoke` wins over `--sizes` and `--large`, so CI cannot start a long run by accident. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string' },
        large: { type: 'boolean', default: false },
        smoke: { type: 'boolean', default: false },
        repeat: { type: 'string', default: '1' },
        images: { type: 'string', default: '8' },
        out: { type: 'string', default: 'bench-results' },
        keep: { type: 'boolean', default: false },
        import: { type: 'boolean', default: false },
        district: { type: 'boolean', default: false },
        members: { type: 'string', default: '20' },
        parallel: { type: 'string', default: '1' },
        single: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BenchUsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const listed =
    values.sizes === undefined
      ? [...DEFAULT_SIZES]
      : values.sizes
          .split(',')
          .filter((s) => s.trim() !== '')
          .map((s) => positiveInt('sizes', s));
  if (listed.length === 0) throw new BenchUsageError(`--sizes: no size given\n${USAGE}`);
  const sizes = values.smoke ? [...SMOKE_SIZES] : [...new Set([...listed, ...(values.large ? LARGE_SIZES : [])])].sort((a, b) => a - b);
  return {
    sizes,
    repeat: positiveInt('repeat', values.repeat),
    images: positiveInt('images', values.images),
    out: values.out,
    keep: values.keep,
    smoke: values.smoke,
    import: values.import,
    baselineBelow: values.large ? Math.min(...LARGE_SIZES) : Math.max(...LARGE_SIZES),
    district: values.district
      ? { members: positiveInt('members', values.members), parallel: positiveInt('parallel', values.parallel), single: values.single }
      : undefined,
  };
}
