/** The plain-text report printed at the end of a bench run (also pasted into docs/performance.md). */
import type { SizeSummary, Totals } from './summary.ts';
import type { TargetCheck } from './targets.ts';
import type { PublisherTimes } from './publisher-edits.ts';
import { medianAndWorst } from './stats.ts';

export function formatSeconds(s: number | undefined): string {
  if (s === undefined || !Number.isFinite(s)) return 'n/a';
  return s >= 100 ? `${s.toFixed(0)} s` : `${s.toFixed(s >= 10 ? 1 : 2)} s`;
}

export function formatMs(ms: number | undefined): string {
  return ms === undefined || !Number.isFinite(ms) ? 'n/a' : `${Math.round(ms)} ms`;
}

/** The desk's per-save check, fast against the old two-pass one. */
function deskSaveRow(s: SizeSummary): string[] {
  const d = s.deskSave;
  if (!d) return ['desk save check, 1 article: cold / steady / old two-pass', 'n/a', '', ''];
  return [
    `desk save check, 1 article: cold / steady (median of ${d.saves}) / old two-pass${d.agree ? '' : ' — VERDICTS DIFFER'}`,
    `${formatMs(d.coldMs)} / ${formatMs(d.steadyMs)}`,
    formatMs(d.fullMs),
    `${formatRatio(d.steadyMs / d.fullMs)} old`,
  ];
}

/** Queries typed on fresh search pages: the 90th percentile #30 sets its goal on. */
function freshSearchRows(s: SizeSummary): string[][] {
  const f = s.freshSearch;
  if (!f) return [['search, queries on fresh pages', 'n/a', '', '']];
  return [
    [
      `search, ${f.queries} queries on fresh pages: first results, median / p90 / worst`,
      `${formatMs(f.medianMs)} / ${formatMs(f.p90Ms)} / ${formatMs(f.worstMs)}`,
      '',
      '',
    ],
    [`  ${f.olderOnly} of them answered only by older shards: p90`, formatMs(f.olderOnlyP90Ms), '', ''],
  ];
}

/** The resident publisher's edits: median and worst, pages live and search caught up. */
function publisherRows(s: SizeSummary): string[][] {
  const p = s.publisher;
  if (!p) return [['resident publisher, 10 edits', 'n/a', '', '']];
  const live = medianAndWorst(p.edits.map((e) => e.pagesLiveS));
  const search = medianAndWorst(p.edits.map((e) => e.searchS));
  const rss = p.edits.map((e) => e.rssMb);
  const pair = (m: { median: number; worst: number } | undefined) => (m ? `${formatSeconds(m.median)} / ${formatSeconds(m.worst)}` : 'n/a');
  return [
    [`resident publisher, ${p.edits.length} edits: pages live, median / worst`, pair(live), '', `${formatRatio(live && live.median / s.ours.wallS)} cold`],
    ['  search caught up, median / worst', pair(search), '', ''],
    [`  publisher memory: after edit 1 / last / most`, `${mb(rss[0] ?? Number.NaN)} / ${mb(rss.at(-1) ?? Number.NaN)} / ${mb(Math.max(...rss))}`, '', ''],
  ];
}

/** One line per publisher edit, for the log and the report. */
export function formatPublisherEdits(p: PublisherTimes): string {
  const edits = p.edits.map((e) => `${e.kind} ${formatSeconds(e.pagesLiveS)}/${formatSeconds(e.searchS)}`).join(', ');
  return `start ${formatSeconds(p.startS)}; edits (pages live/search caught up): ${edits}`;
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return 'n/a';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1073741824) return `${(bytes / 1048576).toFixed(1)} MB`;
  return `${(bytes / 1073741824).toFixed(2)} GB`;
}

export function formatRatio(r: number | undefined): string {
  return r === undefined || !Number.isFinite(r) ? 'n/a' : `${r.toFixed(2)}×`;
}

const mb = (m: number) => formatBytes(m * 1048576);
const count = (n: number) => n.toLocaleString('en-US');

/** Columns padded to their widest cell; the first column left-aligned, the rest right-aligned. */
export function renderTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function stageCell(totals: Totals, name: string): string {
  const stage = totals.stages.find((s) => s.name === name);
  return stage ? `${formatSeconds(stage.wallS)} / ${formatSeconds(stage.cpuS)}` : '—';
}

/** One size's comparison table and stage breakdown. */
export function formatSize(s: SizeSummary): string {
  const a = s.articles;
  const main = renderTable([
    [`N = ${count(s.n)}`, 'ours', 'Hugo+Pagefind', 'ours/base'],
    ['full build, wall', formatSeconds(s.ours.wallS), formatSeconds(s.baseline.wallS), formatRatio(s.ratios.wall)],
    ['full build, CPU (user+sys)', formatSeconds(s.ours.cpuS), formatSeconds(s.baseline.cpuS), formatRatio(s.ratios.cpu)],
    ['peak memory (process tree RSS)', mb(s.ours.peakRssMb), mb(s.baseline.peakRssMb), formatRatio(s.ratios.memory)],
    ['pages (HTML files)', count(s.site.ours.pages), s.site.baseline ? count(s.site.baseline.pages) : 'n/a', formatRatio(s.ratios.pages)],
    ['output size', formatBytes(s.site.ours.bytes), formatBytes(s.site.baseline?.bytes), formatRatio(s.ratios.bytes)],
    ['search index', formatBytes(s.site.ours.searchIndexBytes), formatBytes(s.site.baseline?.searchIndexBytes), formatRatio(s.ratios.searchIndex)],
    [`median article HTML (${a.sampled} same articles)`, formatBytes(a.ours.html), formatBytes(a.baseline.html), formatRatio(a.htmlRatioMedian)],
    ['  gzip', formatBytes(a.ours.htmlGzip), formatBytes(a.baseline.htmlGzip), formatRatio(a.htmlGzipRatioMedian)],
    [
      '  CSS it loads (raw / gzip)',
      `${formatBytes(a.ours.css)} / ${formatBytes(a.ours.cssGzip)}`,
      `${formatBytes(a.baseline.css)} / ${formatBytes(a.baseline.cssGzip)}`,
      '',
    ],
    [
      '  our JS it loads (raw / gzip)',
      `${formatBytes(a.ours.js)} / ${formatBytes(a.ours.jsGzip)}`,
      `${formatBytes(a.baseline.js)} / ${formatBytes(a.baseline.jsGzip)}`,
      '',
    ],
    ['  page total (HTML+CSS+JS, raw)', formatBytes(a.ours.total), formatBytes(a.baseline.total), formatRatio(a.ours.total / a.baseline.total)],
    [
      'publish latency, 1 article edited: pages live / search caught up',
      `${formatSeconds(s.warmEdit.pagesLiveS)} / ${formatSeconds(s.warmEdit.searchLiveS)}`,
      '',
      `${formatRatio(s.ratios.warmEdit)} cold`,
    ],
    [
      'publish latency, 1 article added: pages live / search caught up',
      `${formatSeconds(s.warmAdd.pagesLiveS)} / ${formatSeconds(s.warmAdd.searchLiveS)}`,
      '',
      `${formatRatio(s.ratios.warmAdd)} cold`,
    ],
    deskSaveRow(s),
    ...publisherRows(s),
    ...freshSearchRows(s),
    [
      `search "${s.search.query}", first query: first results / all shards`,
      `${Math.round(s.search.firstShownMs)} ms / ${Math.round(s.search.firstMs)} ms`,
      '',
      '',
    ],
    ['  the earliest years, asked for (city size): click to the longer list', formatMs(s.search.olderMs), '', ''],
    ['  later two-word queries (median), same', `${Math.round(s.search.repeatShownMs)} ms / ${Math.round(s.search.repeatMs)} ms`, '', ''],
    [
      '  CPU slowed 4× (cheap phone): first query / later, first results',
      s.search.throttled ? `${Math.round(s.search.throttled.firstShownMs)} ms / ${Math.round(s.search.throttled.repeatShownMs)} ms` : 'n/a',
      '',
      '',
    ],
    [
      '  CPU slowed 4×: all shards, first query / later',
      s.search.throttled ? `${Math.round(s.search.throttled.firstMs)} ms / ${Math.round(s.search.throttled.repeatMs)} ms` : 'n/a',
      '',
      '',
    ],
    [
      '  Pagefind search() alone, warm: first shards / all',
      s.search.engineMs === undefined
        ? 'n/a'
        : `${s.search.engineFirstMs === undefined ? 'n/a' : Math.round(s.search.engineFirstMs)} / ${Math.round(s.search.engineMs)} ms, ` +
          `${count(s.search.matches ?? 0)} pages matched`,
      '',
      '',
    ],
    [
      '  index fetched: on load / first query',
      `${formatBytes(s.search.bytesOnLoad)} / ${formatBytes(s.search.bytesForQuery)} (${s.search.requestsForQuery} req)`,
      '',
      '',
    ],
    [
      `recall@1 / @5 / MRR (${s.search.ranks.filter((r) => r.unique).length} queries with one answer)`,
      `${s.recallAt1.toFixed(2)} / ${s.recallAt5.toFixed(2)} / ${s.mrr.toFixed(2)}`,
      '',
      '',
    ],
  ]);
  const names = [...new Set([...s.ours.stages, ...s.warmEdit.stages, ...s.warmAdd.stages].map((st) => st.name))];
  const stages = renderTable([
    ['stage (wall / CPU)', 'cold', 'edit 1', 'add 1'],
    ...names.map((name) => [name, stageCell(s.ours, name), stageCell(s.warmEdit, name), stageCell(s.warmAdd, name)]),
    [
      'whole build',
      `${formatSeconds(s.ours.wallS)} / ${formatSeconds(s.ours.cpuS)}`,
      `${formatSeconds(s.warmEdit.wallS)} / ${formatSeconds(s.warmEdit.cpuS)}`,
      `${formatSeconds(s.warmAdd.wallS)} / ${formatSeconds(s.warmAdd.cpuS)}`,
    ],
  ]);
  const base = s.baseline.stages.map((st) => `${st.name} ${formatSeconds(st.wallS)} / ${formatSeconds(st.cpuS)}`).join(', ');
  const misses = s.search.ranks.filter((r) => r.unique && r.rank !== 1);
  const shared = s.search.ranks.filter((r) => !r.unique);
  return [
    main,
    '',
    stages,
    `baseline stages (wall / CPU): ${base}`,
    `our memory peak made of: ${
      Object.entries(s.oursPeakBy)
        .sort((a, b) => b[1] - a[1])
        .filter(([, v]) => v >= 1)
        .map(([k, v]) => `${k} ${mb(v)}`)
        .join(' + ') || 'n/a'
    }; Pagefind helper's own peak: ${s.pagefindPeakMb === undefined ? 'n/a' : mb(s.pagefindPeakMb)}`,
    ...(s.publisher ? [`publisher: ${formatPublisherEdits(s.publisher)}`] : []),
    `order: ${s.order.join(' → ')}; other work on the machine meanwhile: ` +
      `${formatSeconds(s.background.baseline)} CPU during the baseline, ${formatSeconds(s.background.ours)} during our cold build`,
    ...(misses.length > 0 ? [`search misses: ${misses.map((r) => `${r.query} → ${r.first} rank ${r.rank || '>10'}`).join('; ')}`] : []),
    ...(shared.length > 0 ? [`not scored (a generated page holds the words too): ${shared.map((r) => r.query).join('、')}`] : []),
    ...(s.baselineError ? [`BASELINE FAILED (ratios blank): ${s.baselineError.split('\n')[0]}`] : []),
    ...(s.contended.length > 0 ? [`WARNING: other heavy processes ran during this size: ${s.contended.slice(0, 3).join('; ')}`] : []),
  ].join('\n');
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  const mark = (c: TargetCheck) => (c.met === undefined ? '—' : c.met ? (c.aimMet === false ? 'met (aim not)' : 'met') : 'NOT met');
  return (
    renderTable([
      ['target', 'N', 'measured', 'result'],
      ...checks.map((c) => [c.goal, c.n === undefined ? '' : `${count(c.n)}${c.offSize ? '*' : ''}`, c.measured, mark(c)]),
    ]) + (checks.some((c) => c.offSize) ? '\n* not the size the target is stated at' : '')
  );
}

export function formatReport(sizes: readonly SizeSummary[], checks: readonly TargetCheck[], header: string): string {
  const missed = checks.filter((c) => c.met === false).length;
  const pointer = missed > 0 ? [`${missed} target(s) not met: the profile behind each and the next lever are in docs/performance.md ("Targets not met").`] : [];
  return [header, '', ...sizes.flatMap((s) => [formatSize(s), '']), 'Targets (ratios from this run):', formatTargets(checks), ...pointer].join('\n');
}
