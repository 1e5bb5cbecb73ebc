/**
 * What one size's runs add up to: medians over the interleaved rounds, the
 * baseline as Hugo + Pagefind, and every ratio taken as ours / baseline.
 */
import type { DeskSaveTimes } from './desk-save.ts';
import type { ProcessRun } from './measure.ts';
import type { PublisherTimes } from './publisher-edits.ts';
import type { OurBuild } from './ours.ts';
import type { PublishLatency, SearchIndexLine, StageTime } from './pipeline-log.ts';
import type { FreshQuery, SearchMetrics } from './search-browser.ts';
import type { ArticleComparison, SiteMetrics } from './site-metrics.ts';
import { median, percentile, ratio } from './stats.ts';

/** A measured process, without its output lines (those stay in the log file). */
export interface RunRecord {
  wallS: number;
  cpuS: number;
  peakRssMb: number;
  /** MB by process name at the peak. */
  peakBy: Record<string, number>;
  /** CPU seconds the rest of the machine used during the run. */
  backgroundCpuS: number | undefined;
  log: string;
  contended: string[];
}

export interface OurRecord extends RunRecord {
  stages: StageTime[];
  searchIndex: SearchIndexLine | undefined;
  /** Missing in results written before #16. */
  latency?: PublishLatency;
}

export interface BaselineRecord {
  hugo: RunRecord;
  pagefind: RunRecord;
}

/** Everything measured at one corpus size. */
export interface SizeResult {
  n: number;
  corpusSeconds: number;
  /** The order the cold builds ran in, e.g. `baseline r1, ours r1`. */
  order: string[];
  /** Empty when every baseline round failed (see `baselineError`). */
  baseline: BaselineRecord[];
  baselineError: string | undefined;
  ours: OurRecord[];
  warmEdit: OurRecord;
  warmAdd: OurRecord;
  site: { ours: SiteMetrics; baseline: SiteMetrics | undefined };
  articles: ArticleComparison;
  search: SearchMetrics;
  /** The desk's per-save check (missing in results written before #25). */
  deskSave?: DeskSaveTimes | undefined;
  /** The resident publisher's edits (missing in results written before #30). */
  publisher?: PublisherTimes | undefined;
}

export function runRecord(run: ProcessRun): RunRecord {
  return {
    wallS: run.wallS,
    cpuS: run.cpuS,
    peakRssMb: run.peakRssMb,
    peakBy: run.peakBy,
    backgroundCpuS: run.backgroundCpuS,
    log: run.log,
    contended: run.contended,
  };
}

export function ourRecord(build: OurBuild): OurRecord {
  return { ...runRecord(build.run), stages: build.stages, searchIndex: build.searchIndex, latency: build.latency };
}

export interface Totals {
  wallS: number;
  cpuS: number;
  peakRssMb: number;
  stages: StageTime[];
  /** Our builds: seconds until the pages were live, and until search caught up (the whole build when it did not follow). */
  pagesLiveS?: number | undefined;
  searchLiveS?: number | undefined;
}

/** Hugo then Pagefind, one after the other: times add up, memory is the larger peak. */
export function baselineTotals(run: BaselineRecord): Totals {
  return {
    wallS: run.hugo.wallS + run.pagefind.wallS,
    cpuS: run.hugo.cpuS + run.pagefind.cpuS,
    peakRssMb: Math.max(run.hugo.peakRssMb, run.pagefind.peakRssMb),
    stages: [
      { name: 'hugo', wallS: run.hugo.wallS, cpuS: run.hugo.cpuS },
      { name: 'pagefind', wallS: run.pagefind.wallS, cpuS: run.pagefind.cpuS },
    ],
  };
}

export function ourTotals(run: OurRecord): Totals {
  const pagesLiveS = run.latency?.pagesLiveS;
  return {
    wallS: run.wallS,
    cpuS: run.cpuS,
    peakRssMb: run.peakRssMb,
    stages: run.stages,
    pagesLiveS,
    searchLiveS: run.latency?.searchCaughtUpS ?? pagesLiveS,
  };
}

/** Stage-by-stage medians over rounds (stages matched by name, in the first round's order). */
function medianStages(rounds: readonly StageTime[][]): StageTime[] {
  return (rounds[0] ?? []).map(({ name }) => {
    const same = rounds.map((r) => r.find((s) => s.name === name)).filter((s): s is StageTime => s !== undefined);
    const cpu = same.map((s) => s.cpuS).filter((c): c is number => c !== undefined);
    return { name, wallS: median(same.map((s) => s.wallS)), cpuS: cpu.length > 0 ? median(cpu) : undefined };
  });
}

export function medianTotals(rounds: readonly Totals[]): Totals {
  return {
    wallS: median(rounds.map((r) => r.wallS)),
    cpuS: median(rounds.map((r) => r.cpuS)),
    peakRssMb: median(rounds.map((r) => r.peakRssMb)),
    stages: medianStages(rounds.map((r) => r.stages)),
  };
}

/** Queries typed on fresh search pages: first results, median and 90th percentile, overall and for rare words only older shards answer. */
export interface FreshSearchSummary {
  queries: number;
  medianMs: number;
  p90Ms: number;
  worstMs: number;
  olderOnly: number;
  olderOnlyP90Ms: number;
}

export function summarizeFresh(fresh: readonly FreshQuery[] | undefined): FreshSearchSummary | undefined {
  if (!fresh || fresh.length === 0) return undefined;
  const shown = fresh.map((q) => q.shownMs);
  const older = fresh.filter((q) => q.olderOnly).map((q) => q.shownMs);
  return {
    queries: fresh.length,
    medianMs: median(shown),
    p90Ms: percentile(shown, 90),
    worstMs: Math.max(...shown),
    olderOnly: older.length,
    olderOnlyP90Ms: percentile(older, 90),
  };
}

export interface SizeSummary {
  n: number;
  rounds: number;
  order: string[];
  ours: Totals;
  baseline: Totals;
  pagefindPeakMb: number | undefined;
  /** What our highest cold peak was made of (MB by process name). */
  oursPeakBy: Record<string, number>;
  warmEdit: Totals;
  warmAdd: Totals;
  site: SizeResult['site'];
  articles: ArticleComparison;
  search: SearchMetrics;
  freshSearch: FreshSearchSummary | undefined;
  deskSave: DeskSaveTimes | undefined;
  publisher: PublisherTimes | undefined;
  /** ours / (Hugo + Pagefind), or pages live after one edit / our cold build for the warm rows. */
  ratios: {
    wall: number | undefined;
    cpu: number | undefined;
    memory: number | undefined;
    pages: number | undefined;
    bytes: number | undefined;
    searchIndex: number | undefined;
    warmEdit: number | undefined;
    warmAdd: number | undefined;
  };
  /** Over the queries whose answer is unique in the corpus. */
  recallAt1: number;
  recallAt5: number;
  /** Mean reciprocal rank (a page not shown counts 0). */
  mrr: number;
  /** CPU seconds the rest of the machine used during the cold builds (all rounds). */
  background: { ours: number | undefined; baseline: number | undefined };
  /** Runs during which a heavy process we did not start was seen. */
  contended: string[];
  baselineError: string | undefined;
}

/** The sum, or undefined when any part is unknown. */
function addKnown(values: readonly (number | undefined)[]): number | undefined {
  return values.every((v) => v !== undefined) && values.length > 0 ? values.reduce((a: number, b) => a + (b ?? 0), 0) : undefined;
}

export function summarize(size: SizeResult): SizeSummary {
  const ours = medianTotals(size.ours.map(ourTotals));
  const baseline = medianTotals(size.baseline.map(baselineTotals));
  const warmEdit = ourTotals(size.warmEdit);
  const warmAdd = ourTotals(size.warmAdd);
  const ranks = size.search.ranks.filter((r) => r.unique);
  const at = (k: number) => (ranks.length === 0 ? Number.NaN : ranks.filter((r) => r.rank > 0 && r.rank <= k).length / ranks.length);
  const mrr = ranks.length === 0 ? Number.NaN : ranks.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / ranks.length;
  const all: RunRecord[] = [...size.ours, ...size.baseline.flatMap((b) => [b.hugo, b.pagefind]), size.warmEdit, size.warmAdd];
  const pagefindPeaks = size.ours.map((o) => o.searchIndex?.pagefindPeakMb).filter((p): p is number => p !== undefined);
  return {
    n: size.n,
    rounds: size.ours.length,
    order: size.order,
    ours,
    baseline,
    pagefindPeakMb: pagefindPeaks.length > 0 ? median(pagefindPeaks) : undefined,
    oursPeakBy: [...size.ours].sort((a, b) => b.peakRssMb - a.peakRssMb)[0]?.peakBy ?? {},
    warmEdit,
    warmAdd,
    site: size.site,
    articles: size.articles,
    search: size.search,
    freshSearch: summarizeFresh(size.search.fresh),
    deskSave: size.deskSave,
    publisher: size.publisher,
    ratios: {
      wall: ratio(ours.wallS, baseline.wallS),
      cpu: ratio(ours.cpuS, baseline.cpuS),
      memory: ratio(ours.peakRssMb, baseline.peakRssMb),
      pages: ratio(size.site.ours.pages, size.site.baseline?.pages),
      bytes: ratio(size.site.ours.bytes, size.site.baseline?.bytes),
      searchIndex: ratio(size.site.ours.searchIndexBytes, size.site.baseline?.searchIndexBytes),
      warmEdit: ratio(warmEdit.pagesLiveS ?? warmEdit.wallS, ours.wallS),
      warmAdd: ratio(warmAdd.pagesLiveS ?? warmAdd.wallS, ours.wallS),
    },
    recallAt1: at(1),
    recallAt5: at(5),
    mrr,
    background: {
      ours: addKnown(size.ours.map((r) => r.backgroundCpuS)),
      baseline: addKnown(size.baseline.flatMap((b) => [b.hugo.backgroundCpuS, b.pagefind.backgroundCpuS])),
    },
    contended: [...new Set(all.flatMap((r) => r.contended))],
    baselineError: size.baselineError,
  };
}
