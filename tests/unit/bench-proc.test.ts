import { describe, expect, test } from 'vitest';
import { backgroundCpu, parseTimeOutput, rssByName } from '../../scripts/lib/bench/measure.ts';
import { isHeavyCommand, parseCpuBusyTicks, parseProcStat, treeOf, type ProcStat } from '../../scripts/lib/bench/proc.ts';

// Fields 1–24 of proc(5): pid (comm) state ppid … utime(14) stime(15) cutime(16) cstime(17) … rss(24).
const statLine = (pid: number, comm: string, ppid: number, ticks: [number, number, number, number], rss: number) =>
  `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 100 0 0 0 ${ticks.join(' ')} 20 0 11 0 5000 1234567 ${rss} 18446744073709551615 1 1 0 0 0 0`;

describe('parseProcStat', () => {
  test('reads pid, parent, CPU ticks (own + reaped children) and resident pages', () => {
    expect(parseProcStat(statLine(4242, 'node', 17, [100, 20, 3, 4], 51200))).toEqual({ pid: 4242, ppid: 17, comm: 'node', cpuTicks: 127, rssPages: 51200 });
  });

  test('counts fields from the last parenthesis, since a command name may hold spaces and parentheses', () => {
    expect(parseProcStat(statLine(9, 'we(ird) name', 1, [1, 1, 0, 0], 7))).toMatchObject({ pid: 9, ppid: 1, comm: 'we(ird) name', cpuTicks: 2, rssPages: 7 });
  });

  test('is undefined for a truncated line', () => {
    expect(parseProcStat('12 (node')).toBeUndefined();
    expect(parseProcStat('12 (node) S')).toBeUndefined();
  });
});

describe('treeOf', () => {
  const p = (pid: number, ppid: number): ProcStat => ({ pid, ppid, comm: 'x', cpuTicks: 1, rssPages: 1 });
  const all = [p(1, 0), p(10, 1), p(11, 10), p(12, 11), p(13, 10), p(20, 1), p(21, 20)];

  test('holds the root and every descendant, and nothing else', () => {
    expect(
      treeOf(all, 10)
        .map((s) => s.pid)
        .sort((a, b) => a - b),
    ).toEqual([10, 11, 12, 13]);
  });

  test('is empty once the root has exited', () => {
    expect(treeOf(all, 99)).toEqual([]);
  });
});

describe('isHeavyCommand', () => {
  test.each([
    ['/usr/bin/node scripts/build.ts', true],
    ['node /tmp/x/project-r1/scripts/build.ts', true],
    ['hugo --source site --contentDir c', true],
    ['/usr/bin/hugo', true],
    ['/work/main/node_modules/@pagefind/linux-x64/bin/pagefind_extended --site public', true],
    ['node scripts/bench.ts --smoke', false],
    ['vim scripts/build.tsx', false],
    ['bash', false],
  ])('%s → %s', (cmd, heavy) => {
    expect(isHeavyCommand(cmd)).toBe(heavy);
  });
});

describe('parseTimeOutput', () => {
  test('adds user and system seconds', () => {
    expect(parseTimeOutput('66.21 1.75\n')).toBeCloseTo(67.96);
  });

  test('reads the last line when the command failed and time added a status line', () => {
    expect(parseTimeOutput('Command exited with non-zero status 1\n0.50 0.25\n')).toBe(0.75);
  });

  test('is undefined for anything else', () => {
    expect(parseTimeOutput('')).toBeUndefined();
  });
});

describe('rssByName', () => {
  test('adds up resident MB per process name and calls Node’s main thread node', () => {
    const p = (pid: number, comm: string, pages: number): ProcStat => ({ pid, ppid: 1, comm, cpuTicks: 0, rssPages: pages });
    expect(rssByName([p(2, 'MainThread', 256), p(3, 'pagefind_extend', 512), p(4, 'pagefind_extend', 256), p(5, 'time', 1)], 4096)).toEqual({
      node: 1,
      pagefind_extend: 3,
      time: 0,
    });
  });
});

describe('machine load', () => {
  test('counts user, nice, system, irq and softirq ticks as busy; idle, iowait and steal are not', () => {
    expect(parseCpuBusyTicks('cpu  598633 12579 159122 921777 21300 5 3298 1681 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n')).toBe(598633 + 12579 + 159122 + 5 + 3298);
  });

  test('is undefined for text without the cpu line', () => {
    expect(parseCpuBusyTicks('intr 1 2 3')).toBeUndefined();
  });

  test('background CPU is what the machine did besides the measured tree and the bench', () => {
    expect(backgroundCpu(130, 100, 2)).toBe(28);
    expect(backgroundCpu(99.5, 100, 0.2)).toBe(0);
  });
});
