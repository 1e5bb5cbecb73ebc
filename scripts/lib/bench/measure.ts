/**
 * Runs one command and measures its whole process tree: wall time, CPU
 * (user+sys), peak summed RSS, and the tree CPU at each output line (for
 * per-stage CPU). Output goes to a log file, never to the terminal.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { TimedLine } from './pipeline-log.ts';
import { foreignHeavyProcesses, procUnits, readAllStats, readCpuBusyTicks, treeOf, type ProcStat } from './proc.ts';

export interface ProcessRun {
  command: string;
  exitCode: number;
  wallS: number;
  /** user+sys of the tree: from /usr/bin/time (which counts every reaped descendant) when present, else the last /proc sample. */
  cpuS: number;
  /** Highest sum of RSS over the tree, sampled every 100 ms. */
  peakRssMb: number;
  /** What that peak was made of: MB by process name. */
  peakBy: Record<string, number>;
  lines: TimedLine[];
  /** CPU seconds the rest of the machine used meanwhile (all busy time minus this tree and the bench itself). */
  backgroundCpuS: number | undefined;
  /** Heavy processes we did not start, or background load, seen at the same time: the numbers are then suspect. */
  contended: string[];
  log: string;
}

const SAMPLE_MS = 100;
/** Average cores of other work above which a run counts as contended (an idle machine shows ~0.01). */
const BACKGROUND_LIMIT = 0.2;
const FOREIGN_EVERY = 10; // samples: once a second is enough to notice another build
const TIME = '/usr/bin/time';

export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where the combined stdout and stderr go. */
  log: string;
}

/** The CPU seconds `/usr/bin/time -f '%U %S'` wrote (its last line; a failed command adds a line before it). */
export function parseTimeOutput(text: string): number | undefined {
  const last = text.trim().split('\n').at(-1) ?? '';
  const m = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(last.trim());
  return m ? Number(m[1]) + Number(m[2]) : undefined;
}

/** Machine busy time not spent by the measured tree or the bench process itself (never below zero: the sources round differently). */
export function backgroundCpu(machineBusyS: number, treeCpuS: number, benchCpuS: number): number {
  return Math.max(0, machineBusyS - treeCpuS - benchCpuS);
}

/** Resident MB by process name; Node names its main thread `MainThread`, shown as `node`. */
export function rssByName(tree: readonly ProcStat[], pageBytes: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of tree) {
    const name = p.comm === 'MainThread' ? 'node' : p.comm;
    out[name] = Math.round((out[name] ?? 0) + (p.rssPages * pageBytes) / 1048576);
  }
  return out;
}

export async function measure(command: string, args: readonly string[], { cwd, env, log }: MeasureOptions): Promise<ProcessRun> {
  const timeFile = `${log}.time`;
  const useTime = existsSync(TIME);
  const busyBefore = readCpuBusyTicks();
  const selfBefore = process.cpuUsage();
  const start = performance.now();
  const child = useTime
    ? spawn(TIME, ['-f', '%U %S', '-o', timeFile, command, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(command, [...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const root = child.pid ?? -1;
  const out = createWriteStream(log);
  const lines: TimedLine[] = [];
  const contended = new Set<string>();
  let peakBytes = 0;
  let peakBy: Record<string, number> = {};
  let lastCpuS = 0;
  let samples = 0;

  const { clockTicks, pageBytes } = procUnits();
  const sample = (): number => {
    const all = readAllStats();
    const tree = treeOf(all, root);
    const bytes = tree.reduce((s, p) => s + p.rssPages * pageBytes, 0);
    if (bytes > peakBytes) {
      peakBytes = bytes;
      peakBy = rssByName(tree, pageBytes);
    }
    // The tree can be empty for an instant at exit: keep the last known CPU then.
    if (tree.length > 0) lastCpuS = tree.reduce((s, p) => s + p.cpuTicks, 0) / clockTicks;
    if (samples++ % FOREIGN_EVERY === 0) for (const p of foreignHeavyProcesses(all, new Set(tree.map((t) => t.pid)))) contended.add(p);
    return lastCpuS;
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const onLine = (text: string) => {
    out.write(`${text}\n`);
    // A fresh sample for the lines stages are timed by; other lines (there can be thousands) reuse the last one.
    lines.push({ text, atS: (performance.now() - start) / 1000, cpuS: text.startsWith('[pipeline]') ? sample() : lastCpuS });
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);

  const exitCode = await new Promise<number>((resolve) => {
    child.on('error', (error) => {
      out.write(`${String(error)}\n`);
      resolve(127);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallS = (performance.now() - start) / 1000;
  clearInterval(timer);
  const busyAfter = readCpuBusyTicks();
  const self = process.cpuUsage(selfBefore);
  await new Promise<void>((resolve) => out.end(resolve));
  const timed = useTime && existsSync(timeFile) ? parseTimeOutput(readFileSync(timeFile, 'utf8')) : undefined;
  rmSync(timeFile, { force: true });
  const cpuS = timed ?? lastCpuS;
  const backgroundCpuS =
    busyBefore === undefined || busyAfter === undefined
      ? undefined
      : backgroundCpu((busyAfter - busyBefore) / clockTicks, cpuS, (self.user + self.system) / 1e6);
  if (backgroundCpuS !== undefined && backgroundCpuS / wallS > BACKGROUND_LIMIT) contended.add(`background load ${(backgroundCpuS / wallS).toFixed(2)} cores`);
  return {
    command: [command, ...args].join(' '),
    exitCode,
    wallS,
    cpuS,
    backgroundCpuS,
    peakRssMb: peakBytes / 1048576,
    peakBy,
    lines,
    contended: [...contended],
    log,
  };
}

/** The last lines of a run's output, for an error message. */
export function tail(run: ProcessRun, count = 20): string {
  return run.lines
    .slice(-count)
    .map((l) => l.text)
    .join('\n');
}
