/**
 * The bench, size by size: corpus, interleaved cold builds (baseline, ours,
 * baseline, ours…), output sizes and page weights, search in Chromium, then two
 * warm rebuilds. Results are written after every size, so a long run that
 * stops early still leaves its finished sizes behind.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseChinaTime } from '../../../src/lib/china-time.ts';
import { toSimplified } from '../../../src/lib/import/simplify.ts';
import { buildBaseline, ensureHugo, pagefindBinary } from './baseline.ts';
import { renderChart } from './chart.ts';
import { measureDeskSave } from './desk-save.ts';
import { addArticle, corpusArticles, corpusTexts, editArticle, generateCorpus, mergeSample } from './corpus.ts';
import type { BenchOptions } from './options.ts';
import { buildOurs, SITE_NOW, snapshotProject, snapshotSources, type OurBuild } from './ours.ts';
import { uncontended, waitForIdle } from './contention.ts';
import { formatMs, formatPublisherEdits, formatReport, formatSeconds } from './report.ts';
import { measurePublisher } from './publisher-edits.ts';
import { measureSearch } from './search-browser.ts';
import { comparable, holds, readQuerySet, typedWords, type QueryCase } from './query-set.ts';
import { compareArticles, measureSite } from './site-metrics.ts';
import { pickEvenly } from './stats.ts';
import { ourRecord, runRecord, summarize, type BaselineRecord, type OurRecord, type SizeResult, type SizeSummary } from './summary.ts';
import { evaluateTargets, type TargetCheck } from './targets.ts';

/** The bench's SITE_NOW as a date, for the desk save check (a fixed ISO instant, so it always parses). */
const BENCH_NOW = parseChinaTime(SITE_NOW) ?? new Date(0);

/** Article pages compared between ours and Hugo's at each size. */
const ARTICLE_SAMPLE = 50;

export interface BenchMeta {
  startedAt: string;
  siteNow: string;
  sizes: number[];
  rounds: number;
  images: number;
  smoke: boolean;
  machine: { cpus: number; cpuModel: string; memoryGiB: number };
  versions: { node: string; astro: string; hugo: string; pagefind: string };
  /** Digest of the code that was measured (src, scripts, public, config), copied once at the start. */
  sourceDigest: string;
}

export interface BenchOutput {
  meta: BenchMeta;
  sizes: SizeResult[];
  summaries: SizeSummary[];
  targets: TargetCheck[];
  report: string;
}

type Log = (line: string) => void;

function describeBuild(b: OurBuild): string {
  const stages = b.stages.map((s) => `${s.name} ${formatSeconds(s.wallS)}`).join(', ');
  return `${formatSeconds(b.run.wallS)} wall, ${formatSeconds(b.run.cpuS)} CPU, ${Math.round(b.run.peakRssMb)} MB peak [${stages}]`;
}

/**
 * The queries no generated page holds (every word of it, as the search page
 * reads it): their answer is unique in the corpus, so they count for recall.
 * The others are reported, not scored.
 */
function uniqueQueries(corpusDir: string, table: readonly QueryCase[]): Set<string> {
  const texts = corpusTexts(corpusDir).map(comparable);
  const simplify = (s: string) => toSimplified(s).text;
  return new Set(table.filter((c) => !texts.some((text) => holds(text, typedWords(c.query, simplify)))).map((c) => c.query));
}

async function benchSize(
  root: string,
  sources: string,
  work: string,
  n: number,
  options: BenchOptions,
  logDir: string,
  table: readonly QueryCase[],
  log: Log,
): Promise<SizeResult> {
  const dir = join(work, `n${n}`);
  const content = join(dir, 'content');
  mkdirSync(dir, { recursive: true });
  const corpusSeconds = await generateCorpus(content, { news: n, images: options.images });
  const articles = corpusArticles(content);
  const unique = uniqueQueries(content, table);
  mergeSample(join(root, 'content'), content);
  log(`[bench] N=${n}: corpus of ${articles.length} generated articles + sample content in ${formatSeconds(corpusSeconds)} (${dir})`);
  const deskArticle = articles[Math.floor(articles.length / 3)];
  const deskSave = deskArticle && measureDeskSave(dir, deskArticle, BENCH_NOW);
  if (deskSave)
    log(
      `[bench] N=${n} desk save check: ${formatMs(deskSave.coldMs)} cold, ${formatMs(deskSave.steadyMs)} steady (median of ${deskSave.saves}), ` +
        `old two-pass ${formatMs(deskSave.fullMs)}${deskSave.agree ? '' : ' — VERDICTS DIFFER'}`,
    );

  const order: string[] = [];
  const baseline: BaselineRecord[] = [];
  const ours: OurRecord[] = [];
  let last: { project: string; dist: string } | undefined;
  let publicDir: string | undefined;
  let baselineError: string | undefined;
  for (let r = 1; r <= options.repeat; r++) {
    await waitForIdle(log);
    if (n >= options.baselineBelow) baselineError = 'skipped (the Pagefind CLI cannot index this size in 24 GiB)';
    else
      try {
        const b = await uncontended(
          `N=${n} r${r} baseline`,
          () => buildBaseline(root, dir, content, `n${n}-r${r}`, logDir),
          (x) => [...x.hugo.contended, ...x.pagefind.contended],
          log,
        );
        baseline.push({ hugo: runRecord(b.hugo), pagefind: runRecord(b.pagefind) });
        publicDir = b.publicDir;
        log(
          `[bench] N=${n} r${r} Hugo: ${formatSeconds(b.hugo.wallS)} (${Math.round(b.hugo.peakRssMb)} MB), ` +
            `Pagefind: ${formatSeconds(b.pagefind.wallS)} (${Math.round(b.pagefind.peakRssMb)} MB)`,
        );
      } catch (error) {
        // At city scale the Pagefind CLI can run out of memory: keep measuring ours, with the ratios left blank.
        baselineError = error instanceof Error ? error.message : String(error);
        log(`[bench] N=${n} r${r} baseline failed, continuing with ours only: ${baselineError.split('\n')[0]}`);
      }
    order.push(`baseline r${r}${baselineError ? ' (failed)' : ''}`);

    await waitForIdle(log);
    const project = join(dir, `project-r${r}`);
    const dist = join(dir, `out-r${r}`, 'dist');
    const coldBuild = () => {
      // A fresh snapshot and output folder each attempt, so the build is cold.
      rmSync(project, { recursive: true, force: true });
      rmSync(dirname(dist), { recursive: true, force: true });
      snapshotProject(root, sources, project);
      return buildOurs(project, content, dist, join(logDir, `n${n}-r${r}-ours-cold.log`));
    };
    const cold = await uncontended(`N=${n} r${r} our cold build`, coldBuild, (x) => x.run.contended, log);
    ours.push(ourRecord(cold));
    order.push(`ours r${r}`);
    log(`[bench] N=${n} r${r} ours cold: ${describeBuild(cold)}`);
    last = { project, dist };
  }
  // repeat >= 1, so the loop ran at least once.
  const { project, dist } = last as NonNullable<typeof last>;

  const edited = articles[Math.floor(articles.length / 2)];
  const template = articles.at(-1);
  if (!edited || !template) throw new Error(`N=${n}: the corpus has no generated articles`);
  const sample = pickEvenly(
    articles.filter((a) => a.id !== edited.id),
    ARTICLE_SAMPLE,
  ).map((a) => ({ ours: `news/${a.id}/index.html`, baseline: `news/${a.year}/${a.id}/index.html` }));
  const site = { ours: measureSite(dist), baseline: publicDir === undefined ? undefined : measureSite(publicDir) };
  const articleWeights = compareArticles(dist, publicDir, sample);

  const search = await measureSearch(dist, table, (q) => unique.has(q));
  log(
    `[bench] N=${n} search: first query ${Math.round(search.firstShownMs)} ms to first results, ${Math.round(search.firstMs)} ms to all shards, ` +
      `later ${Math.round(search.repeatShownMs)} / ${Math.round(search.repeatMs)} ms, ` +
      `${search.ranks.filter((r) => r.rank === 1).length}/${search.ranks.length} queries first`,
  );

  await waitForIdle(log);
  editArticle(content, edited);
  const warmEdit = await buildOurs(project, content, dist, join(logDir, `n${n}-ours-warm-edit.log`));
  log(`[bench] N=${n} ours warm, 1 edited: ${describeBuild(warmEdit)}`);
  await waitForIdle(log);
  addArticle(content, template);
  const warmAdd = await buildOurs(project, content, dist, join(logDir, `n${n}-ours-warm-add.log`));
  log(`[bench] N=${n} ours warm, 1 added: ${describeBuild(warmAdd)}`);
  await waitForIdle(log);
  const publisher = await measurePublisher(project, content, dist, articles, join(logDir, `n${n}-publisher.log`));
  log(`[bench] N=${n} publisher: ${formatPublisherEdits(publisher)}`);

  if (!options.keep) rmSync(dir, { recursive: true, force: true });
  return {
    n,
    corpusSeconds,
    deskSave,
    order,
    baseline,
    baselineError,
    ours,
    warmEdit: ourRecord(warmEdit),
    warmAdd: ourRecord(warmAdd),
    publisher,
    site,
    articles: articleWeights,
    search,
  };
}

function version(command: string, args: readonly string[]): string {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : 'unknown';
}

function reportHeader(meta: BenchMeta): string {
  const v = meta.versions;
  return [
    `Bench ${meta.startedAt}${meta.smoke ? ' (smoke)' : ''}: ours (Astro ${v.astro}, Node ${v.node}) ` +
      `vs Hugo + Pagefind (Hugo ${/v\d[\w.+-]*/.exec(v.hugo)?.[0] ?? v.hugo}, ${v.pagefind})`,
    `${meta.machine.cpus} × ${meta.machine.cpuModel}, ${meta.machine.memoryGiB} GiB; code ${meta.sourceDigest}; SITE_NOW=${meta.siteNow}; ` +
      `${meta.rounds} round(s) per size, interleaved baseline → ours; covers from ${meta.images} images`,
  ].join('\n');
}

function write(outDir: string, output: BenchOutput): void {
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(output, null, 2)}\n`);
  writeFileSync(join(outDir, 'report.txt'), `${output.report}\n`);
  writeFileSync(join(outDir, 'chart.svg'), renderChart(output.summaries.map((s) => ({ n: s.n, ours: s.ours, baseline: s.baseline }))));
}

export async function runBench(root: string, options: BenchOptions, log: Log = console.log): Promise<BenchOutput & { outDir: string }> {
  const outDir = resolve(root, options.out);
  const logDir = join(outDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const hugo = ensureHugo(log);
  const meta: BenchMeta = {
    startedAt: new Date().toISOString(),
    siteNow: SITE_NOW,
    sizes: options.sizes,
    rounds: options.repeat,
    images: options.images,
    smoke: options.smoke,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 1073741824) },
    versions: {
      node: process.version,
      astro: (JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version,
      hugo,
      pagefind: version(pagefindBinary(root), ['--version']),
    },
    sourceDigest: '',
  };
  const work = mkdtempSync(join(tmpdir(), 'shequ-bench-'));
  const sources = join(work, 'sources');
  meta.sourceDigest = snapshotSources(root, sources);
  const table = readQuerySet(join(root, 'tests/search-queries.json')).queries;
  log(`[bench] sizes ${options.sizes.join(', ')}; work folder ${work}; results in ${outDir}`);
  const sizes: SizeResult[] = [];
  let output: BenchOutput = { meta, sizes, summaries: [], targets: [], report: '' };
  try {
    for (const n of options.sizes) {
      sizes.push(await benchSize(root, sources, work, n, options, logDir, table, log));
      const summaries = sizes.map(summarize);
      const targets = evaluateTargets(summaries);
      output = { meta, sizes, summaries, targets, report: formatReport(summaries, targets, reportHeader(meta)) };
      write(outDir, output);
    }
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
  return { ...output, outDir };
}
