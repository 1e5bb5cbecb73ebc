/**
 * Process-tree memory and CPU from Linux /proc. The build spawns Pagefind as a
 * child, so one process's peak RSS understates the build: we sum RSS over the
 * whole tree at each sample and keep the highest sum.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  /**
   * utime + stime + cutime + cstime, in clock ticks: a process's own CPU plus that
   * of the children it has reaped, so summing live processes never loses a child
   * that has exited (its time moved into the parent's cutime/cstime).
   */
  cpuTicks: number;
  rssPages: number;
}

/** One `/proc/<pid>/stat` line. `comm` is in parentheses and may hold spaces or `)`, so fields are counted from the last `)`. */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const rest = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // rest[0] is field 3 (state); field k of proc(5) is rest[k - 3].
  const field = (k: number): number => Number(rest[k - 3]);
  const pid = Number(text.slice(0, open).trim());
  const stat = { pid, ppid: field(4), comm: text.slice(open + 1, close), cpuTicks: field(14) + field(15) + field(16) + field(17), rssPages: field(24) };
  return [stat.pid, stat.ppid, stat.cpuTicks, stat.rssPages].every(Number.isFinite) ? stat : undefined;
}

/** `root` and all its descendants among `stats`. */
export function treeOf(stats: readonly ProcStat[], root: number): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const out: ProcStat[] = [];
  const queue = stats.filter((s) => s.pid === root);
  while (queue.length > 0) {
    const next = queue.shift() as ProcStat; // length checked by the loop
    out.push(next);
    queue.push(...(children.get(next.pid) ?? []).filter((c) => c.pid !== next.pid));
  }
  return out;
}

function getconf(name: string, fallback: number): number {
  try {
    const value = Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim());
    return Number.isFinite(value) && value > 0 ? value : fallback;
  } catch {
    return fallback;
  }
}

let units: { clockTicks: number; pageBytes: number } | undefined;

/** Clock ticks per second and bytes per page, asked once (not at import, so tests of the pure parts run no command). */
export function procUnits(): { clockTicks: number; pageBytes: number } {
  units ??= { clockTicks: getconf('CLK_TCK', 100), pageBytes: getconf('PAGESIZE', 4096) };
  return units;
}

/** Every process's stat line that could still be read (processes come and go while we read). */
export function readAllStats(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (stat) out.push(stat);
    } catch {
      // exited between readdir and read
    }
  }
  return out;
}

export function readCmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/**
 * Busy clock ticks of the whole machine from the first line of `/proc/stat`
 * (`cpu user nice system idle iowait irq softirq steal …`): user + nice + system +
 * irq + softirq. Idle and iowait are not work; steal is another VM's.
 */
export function parseCpuBusyTicks(statText: string): number | undefined {
  const line = statText.split('\n').find((l) => l.startsWith('cpu '));
  const f = line?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  const busy = [f[0], f[1], f[2], f[5], f[6]];
  return busy.every((v) => v !== undefined && Number.isFinite(v)) ? busy.reduce((a: number, b) => a + (b ?? 0), 0) : undefined;
}

export function readCpuBusyTicks(): number | undefined {
  try {
    return parseCpuBusyTicks(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

/** Heavy work we did not start (another build, Hugo, Pagefind): it would skew the numbers on a 2-core machine. */
export function isHeavyCommand(cmdline: string): boolean {
  return /scripts\/build\.ts\b|(^|\/)hugo( |$)|pagefind(_extended)?( |$)/.test(cmdline);
}

/** Heavy processes running now outside the given trees (and not this process). */
export function foreignHeavyProcesses(stats: readonly ProcStat[], ours: ReadonlySet<number>): string[] {
  return stats
    .filter((s) => !ours.has(s.pid) && s.pid !== process.pid)
    .map((s) => ({ pid: s.pid, cmd: readCmdline(s.pid) }))
    .filter((p) => isHeavyCommand(p.cmd))
    .map((p) => `${p.pid} ${p.cmd.slice(0, 120)}`);
}
