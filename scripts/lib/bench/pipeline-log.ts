/**
 * Reads the build's `[pipeline]` lines (scripts/lib/build/pipeline.ts and the search
 * stage) into per-stage times. The pipeline prints wall time only; CPU per stage
 * comes from the process-tree CPU sampled when each line arrived.
 */

/** One output line, with when it arrived and the tree's CPU seconds at that moment. */
export interface TimedLine {
  text: string;
  /** Seconds since the process started. */
  atS: number;
  /** user+sys seconds of the whole process tree so far (sampled from /proc). */
  cpuS: number;
}

export interface StageTime {
  name: string;
  wallS: number;
  /** CPU of the tree between the previous stage line and this one; undefined when not sampled. */
  cpuS: number | undefined;
}

export interface SearchIndexLine {
  documents: number;
  mb: number;
  /** Pagefind's helper process, as the search stage reports it. */
  pagefindPeakMb: number | undefined;
  /** Index shards, and how many were reused unchanged from the live release. */
  shards?: { total: number; reused: number };
}

// Lazy name: stage names may hold a colon (`content:check: 0.15s`).
const STAGE = /^\[pipeline\] (.+?): (\d+(?:\.\d+)?)s$/;
const SEARCH =
  /^\[pipeline\] search index: (\d+) documents(?: in (\d+) shards \((\d+) unchanged, reused\))?, (\d+(?:\.\d+)?) MB(?:, Pagefind peak memory (\d+) MB)?$/;

/**
 * The stages in the order they finished. A stage's CPU is the tree CPU between
 * the previous stage line and its own, so the first stage (content:check) also
 * carries Node's start-up and module loading.
 */
export function parseStages(lines: readonly TimedLine[]): StageTime[] {
  const stages: StageTime[] = [];
  let cpuBefore: number | undefined = 0;
  for (const line of lines) {
    const m = STAGE.exec(line.text.trim());
    if (!m) continue;
    const cpuNow = Number.isFinite(line.cpuS) ? line.cpuS : undefined;
    stages.push({ name: m[1] ?? '', wallS: Number(m[2]), cpuS: cpuNow === undefined || cpuBefore === undefined ? undefined : Math.max(0, cpuNow - cpuBefore) });
    cpuBefore = cpuNow;
  }
  return stages;
}

export function parseSearchIndexLine(lines: readonly TimedLine[]): SearchIndexLine | undefined {
  for (const line of lines) {
    const m = SEARCH.exec(line.text.trim());
    if (!m) continue;
    const found: SearchIndexLine = { documents: Number(m[1]), mb: Number(m[4]), pagefindPeakMb: m[5] === undefined ? undefined : Number(m[5]) };
    return m[2] === undefined ? found : { ...found, shards: { total: Number(m[2]), reused: Number(m[3]) } };
  }
  return undefined;
}

/** When a build's pages went live and when its search index caught up, in seconds from its start. */
export interface PublishLatency {
  pagesLiveS: number | undefined;
  /** Undefined when the index was published with the pages (nothing followed). */
  searchCaughtUpS: number | undefined;
}

export function parseLatency(lines: readonly TimedLine[]): PublishLatency {
  let pagesLiveS: number | undefined;
  let searchCaughtUpS: number | undefined;
  for (const { text } of lines) {
    const live = /^\[pipeline\] pages live after (\d+(?:\.\d+)?)s/.exec(text.trim());
    if (live) pagesLiveS = Number(live[1]);
    const search = /^\[pipeline\] search index caught up after (\d+(?:\.\d+)?)s/.exec(text.trim());
    if (search) searchCaughtUpS = Number(search[1]);
  }
  return { pagesLiveS, searchCaughtUpS };
}
