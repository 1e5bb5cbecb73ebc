import { describe, expect, test } from 'vitest';
import { parseLatency, parseSearchIndexLine, parseStages, type TimedLine } from '../../scripts/lib/bench/pipeline-log.ts';

// What `node scripts/build.ts` prints, with the tree CPU sampled at each line.
const BUILD: TimedLine[] = [
  { text: '检查了 306 个文件：0 个错误，4 个提醒', atS: 1.2, cpuS: 1.4 },
  { text: '[pipeline] content:check: 0.15s', atS: 1.3, cpuS: 1.5 },
  { text: '[pipeline] 下一篇定时稿件 2030年1月1日 08:00（2030-01-01T08:00:00+08:00）发布：content/news/2026/x.md——届时需要重新构建', atS: 1.3, cpuS: 1.5 },
  { text: '[pipeline] astro build: 36.10s', atS: 37.4, cpuS: 67.1 },
  { text: '[pipeline] search index: 303 documents, 1.2 MB, Pagefind peak memory 69 MB', atS: 38.1, cpuS: 68.0 },
  { text: '[pipeline] search index: 0.70s', atS: 38.1, cpuS: 68.1 },
  { text: '[pipeline] 57 feeds valid', atS: 38.3, cpuS: 68.3 },
  { text: '[pipeline] feeds check: 0.17s', atS: 38.3, cpuS: 68.35 },
  { text: '[pipeline] links: 475 files, no broken link', atS: 38.6, cpuS: 68.6 },
  { text: '[pipeline] link check: 0.28s', atS: 38.6, cpuS: 68.65 },
  { text: '[pipeline] published release-20261123000200973-8086 → dist/', atS: 38.7, cpuS: 68.7 },
];

describe('parseStages', () => {
  test('reads every timed stage, including names with a colon, and skips the other [pipeline] lines', () => {
    expect(parseStages(BUILD).map((s) => [s.name, s.wallS])).toEqual([
      ['content:check', 0.15],
      ['astro build', 36.1],
      ['search index', 0.7],
      ['feeds check', 0.17],
      ['link check', 0.28],
    ]);
  });

  test('gives each stage the tree CPU since the previous stage line (the first one carries start-up)', () => {
    const cpu = parseStages(BUILD).map((s) => Number(s.cpuS?.toFixed(2)));
    expect(cpu).toEqual([1.5, 65.6, 1, 0.25, 0.3]);
  });

  test('finds nothing in output without stage lines', () => {
    expect(parseStages([{ text: 'Error: boom', atS: 0, cpuS: 0 }])).toEqual([]);
  });
});

describe('parseSearchIndexLine', () => {
  test('reads documents, index size and Pagefind’s peak memory', () => {
    expect(parseSearchIndexLine(BUILD)).toEqual({ documents: 303, mb: 1.2, pagefindPeakMb: 69 });
  });

  test('leaves the peak out when /proc could not be read', () => {
    expect(parseSearchIndexLine([{ text: '[pipeline] search index: 10 documents, 0.1 MB', atS: 0, cpuS: 0 }])).toEqual({
      documents: 10,
      mb: 0.1,
      pagefindPeakMb: undefined,
    });
  });

  test('reads shard counts when the index is sharded', () => {
    expect(
      parseSearchIndexLine([
        { text: '[pipeline] search index: 12063 documents in 10 shards (9 unchanged, reused), 35.0 MB, Pagefind peak memory 559 MB', atS: 0, cpuS: 0 },
      ]),
    ).toEqual({
      documents: 12063,
      mb: 35,
      pagefindPeakMb: 559,
      shards: { total: 10, reused: 9 },
    });
  });

  test('is undefined when the build never reached the search stage', () => {
    expect(parseSearchIndexLine(BUILD.slice(0, 3))).toBeUndefined();
  });
});

describe('parseLatency', () => {
  const line = (text: string): TimedLine => ({ text, atS: 0, cpuS: 0 });
  test('reads when the pages went live and when the search index caught up', () => {
    expect(parseLatency([line('[pipeline] pages live after 19.21s (search index follows)'), line('[pipeline] search index caught up after 69.81s')])).toEqual({
      pagesLiveS: 19.21,
      searchCaughtUpS: 69.81,
    });
  });
  test('a build whose index went out with the pages has no catch-up time', () => {
    expect(parseLatency([line('[pipeline] pages live after 140.50s')])).toEqual({ pagesLiveS: 140.5, searchCaughtUpS: undefined });
  });
});
