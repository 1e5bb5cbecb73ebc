import { describe, expect, test } from 'vitest';
import { logX, niceTicks, renderChart, type ChartPoint } from '../../scripts/lib/bench/chart.ts';

const point = (n: number, oursS: number, baseS: number): ChartPoint => ({
  n,
  ours: { wallS: oursS, peakRssMb: oursS * 10 },
  baseline: { wallS: baseS, peakRssMb: baseS * 20 },
});

describe('niceTicks', () => {
  test.each([
    [100, [0, 20, 40, 60, 80, 100]],
    [93, [0, 20, 40, 60, 80, 100]],
    [7.3, [0, 2, 4, 6, 8]],
    [2600, [0, 1000, 2000, 3000]],
  ])('covers %d with round steps: %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  test('gives a usable axis for nothing to plot', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('logX', () => {
  test('places sizes on a log scale', () => {
    expect(logX(1000, 1000, 100000, 0, 200)).toBe(0);
    expect(logX(10000, 1000, 100000, 0, 200)).toBeCloseTo(100);
    expect(logX(100000, 1000, 100000, 0, 200)).toBeCloseTo(200);
  });

  test('puts a single size in the middle', () => {
    expect(logX(200, 200, 200, 10, 100)).toBe(60);
  });
});

describe('renderChart', () => {
  const svg = renderChart([point(10000, 120, 70), point(1000, 14, 8)]);

  test('draws time and memory panels, each with both series', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Full build time');
    expect(svg).toContain('Peak memory');
    expect(svg.match(/<polyline data-series="ours"/g)).toHaveLength(2);
    expect(svg.match(/<polyline data-series="baseline"/g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(8);
  });

  test('labels the measured sizes on the x axis, smallest on the left', () => {
    const x = (label: string) => Number(new RegExp(`<text x="([\\d.]+)"[^>]*>${label}</text>`).exec(svg)?.[1]);
    expect(x('1,000')).toBeLessThan(x('10,000'));
  });

  test('has balanced tags and no unescaped text', () => {
    const opened = svg.match(/<(?!\/)[a-z]+\b[^>]*[^/]>/g)?.length ?? 0;
    const closed = svg.match(/<\/[a-z]+>/g)?.length ?? 0;
    expect(opened).toBe(closed);
    expect(svg).toContain('Hugo + Pagefind');
  });

  test('leaves out points a failed baseline could not measure', () => {
    const failed: ChartPoint = { n: 100_000, ours: { wallS: 900, peakRssMb: 20_000 }, baseline: { wallS: Number.NaN, peakRssMb: Number.NaN } };
    const chart = renderChart([point(10_000, 120, 70), failed]);
    expect(chart).not.toContain('NaN');
    expect(chart.match(/<circle /g)).toHaveLength(6);
  });

  test('still renders with one size (the smoke run) or none', () => {
    expect(renderChart([point(200, 38, 1.2)])).toContain('200</text>');
    expect(renderChart([])).toContain('no sizes measured');
  });
});
