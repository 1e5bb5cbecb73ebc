/**
 * `npm run bench -- --district`: a district of member sites and its portal (docs/district.md), at
 * scale. The articles are split across the members, each member its own generated corpus built
 * as on its own machine (here one after another, or `--parallel 2` at a time on this machine's two
 * cores, each lane in its own copy of the project), all served by one nginx by path
 * (deploy/nginx/district.conf). Then the portal is built with the first 1, 5, 10… members and
 * searched from Chromium on fresh pages at each count: its build time, keystroke → first and →
 * merged results, and the index bytes the first query fetches. `--single` also builds one site of
 * all the articles in the same run, and searches it the same way, to compare.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Response } from 'playwright-core';
import { childEnv } from '../../../src/env.ts';
import type { PortalMember } from '../../../src/lib/district/config.ts';
import { launchBrowser } from '../browser/chromium.ts';
import { freePort, loopbackDistrictConfig, serveWithNginx, startNginx } from '../browser/nginx.ts';
import { runQuery } from '../browser/search-query.ts';
import { PIPELINE_HEAP_FLAG } from '../build/heap.ts';
import { runPortal } from '../portal/run-portal.ts';
import { generateCorpus } from './corpus.ts';
import { measure, tail, type ProcessRun } from './measure.ts';
import { snapshotProject, snapshotSources, SITE_NOW } from './ours.ts';
import { readQuerySet } from './query-set.ts';
import { freshPageQueries, TIMED_QUERY, type FreshQuery } from './search-browser.ts';
import { median, percentile, pickEvenly } from './stats.ts';

export interface DistrictOptions {
  /** Articles across all members. */
  total: number;
  members: number;
  /** Member builds at once (each its own project copy). */
  parallel: number;
  /** Also build and search one site of all the articles. */
  single: boolean;
  out: string;
  keep: boolean;
}

/** Member counts the portal is built and searched with (each up to `members`). */
export const PORTAL_COUNTS = [1, 5, 10, 20, 40];
/** Fresh pages per count: enough for a p90. */
const QUERIES = 20;

interface MemberBuild {
  id: string;
  articles: number;
  wallS: number;
  peakRssMb: number;
}

interface SearchRow {
  label: string;
  members: number;
  buildS: number | undefined;
  firstP50: number;
  firstP90: number;
  mergedP50: number;
  mergedP90: number;
  firstQueryKb: number;
  firstQueryRequests: number;
}

/** Bytes of every Pagefind file (any origin) the page fetches while the first query runs on a fresh page. */
async function firstQueryBytes(browser: Browser, base: string, query: string): Promise<{ kb: number; requests: number }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (r: Response) => {
    if (r.url().includes('/pagefind/'))
      sizes.push(
        r.body().then(
          (b) => b.length,
          () => 0,
        ),
      );
  });
  await runQuery(page, base, query, 60_000);
  const all = await Promise.all(sizes);
  await context.close();
  return { kb: Math.round(all.reduce((s, n) => s + n, 0) / 1024), requests: all.length };
}

async function searchRow(browser: Browser, label: string, members: number, buildS: number | undefined, base: string, queries: string[]): Promise<SearchRow> {
  const fresh: FreshQuery[] = await freshPageQueries(browser, base, queries, true);
  const bytes = await firstQueryBytes(browser, base, TIMED_QUERY);
  const shown = fresh.map((f) => f.shownMs);
  const merged = fresh.map((f) => f.ms);
  return {
    label,
    members,
    buildS,
    firstP50: median(shown),
    firstP90: percentile(shown, 90),
    mergedP50: median(merged),
    mergedP90: percentile(merged, 90),
    firstQueryKb: bytes.kb,
    firstQueryRequests: bytes.requests,
  };
}

function buildSite(project: string, content: string, dist: string, log: string, siteConfig?: string): Promise<ProcessRun> {
  return measure(process.execPath, [PIPELINE_HEAP_FLAG, 'scripts/build.ts'], {
    cwd: project,
    env: childEnv({ CONTENT_DIR: content, SITE_NOW, OUT_DIR: dist, ...(siteConfig ? { SITE_CONFIG: siteConfig } : {}) }),
    log,
  });
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined ? '—' : n.toFixed(digits));

export async function runDistrictBench(root: string, options: DistrictOptions): Promise<{ report: string; outDir: string }> {
  const work = join(options.out, `district-${options.total}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const log = (line: string) => console.log(`[district] ${line}`);
  // One copy of the code for every lane, so all members build the same code even while the tree is edited.
  snapshotSources(root, join(work, 'sources'));
  const lanes = Array.from({ length: options.parallel }, (_, i) => {
    const project = join(work, `project-${i}`);
    snapshotProject(root, join(work, 'sources'), project);
    return project;
  });
  const port = await freePort();
  const per = Math.floor(options.total / options.members);
  const members: (PortalMember & { dir: string })[] = Array.from({ length: options.members }, (_, i) => {
    const id = `m${String(i + 1).padStart(2, '0')}`;
    return { id, name: `Member ${id}`, level: 'street', url: `http://127.0.0.1:${port}/${id}/`, dir: join(work, 'members', id) };
  });

  // Each member its own corpus (its own seed), written before any build so generation is not timed with them.
  for (const [i, m] of members.entries()) {
    mkdirSync(m.dir, { recursive: true });
    await generateCorpus(join(m.dir, 'content'), { news: per, communities: 4, images: 8, seed: 1000 + i });
    writeFileSync(join(m.dir, 'site.json'), JSON.stringify({ name: `${m.name} news`, url: m.url, member: { level: 'street', parent: 'Bench district' } }));
  }
  log(`${options.members} corpora of ${per} articles written`);

  const builds: MemberBuild[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    lanes.map(async (project) => {
      while (next < members.length) {
        const m = members[next++] as (typeof members)[number];
        const run = await buildSite(project, join(m.dir, 'content'), join(m.dir, 'dist'), join(work, `${m.id}.log`), join(m.dir, 'site.json'));
        if (run.exitCode !== 0) throw new Error(`member ${m.id} failed:\n${tail(run)}`);
        builds.push({ id: m.id, articles: per, wallS: run.wallS, peakRssMb: run.peakRssMb });
        log(`${m.id}: ${run.wallS.toFixed(1)} s, peak ${run.peakRssMb.toFixed(0)} MB`);
      }
    }),
  );
  const allMembersS = (performance.now() - started) / 1000;

  const portalDir = join(work, 'portal');
  const server = await startNginx(
    loopbackDistrictConfig(
      join(portalDir, 'dist'),
      members.map((m) => ({ path: m.id, dist: join(m.dir, 'dist') })),
      port,
    ),
    port,
  );
  const browser = await launchBrowser();
  const queries = pickEvenly(readQuerySet(join(root, 'tests/search-queries.json')).queries, QUERIES).map((q) => q.query);
  const rows: SearchRow[] = [];
  try {
    for (const count of [...PORTAL_COUNTS.filter((c) => c < options.members), options.members]) {
      const t0 = performance.now();
      const run = await runPortal(portalDir, { name: 'Bench portal', url: `http://127.0.0.1:${port}/`, members: members.slice(0, count) }, SITE_NOW);
      if (run.status !== 0) throw new Error(`portal of ${count} failed:\n${run.output}`);
      const buildS = (performance.now() - t0) / 1000;
      rows.push(await searchRow(browser, `portal, ${count} members`, count, buildS, `http://127.0.0.1:${port}`, queries));
      log(JSON.stringify(rows.at(-1)));
    }
    let single: { run: ProcessRun; row: SearchRow } | undefined;
    if (options.single) {
      const dir = join(work, 'single');
      await generateCorpus(join(dir, 'content'), { news: options.total, images: 8 });
      const run = await buildSite(lanes[0] as string, join(dir, 'content'), join(dir, 'dist'), join(work, 'single.log'));
      if (run.exitCode !== 0) throw new Error(`single site failed:\n${tail(run)}`);
      const site = await serveWithNginx(join(dir, 'dist'));
      try {
        single = { run, row: await searchRow(browser, `one site of ${options.total}`, 1, undefined, site.url, queries) };
      } finally {
        await site.close();
      }
    }
    const report = districtReport(options, per, builds, allMembersS, rows, single);
    const singleSite = single && { wallS: single.run.wallS, peakRssMb: single.run.peakRssMb, ...single.row };
    writeFileSync(join(options.out, 'district.json'), `${JSON.stringify({ options, per, builds, allMembersS, rows, single: singleSite })}\n`);
    writeFileSync(join(options.out, 'district-report.txt'), `${report}\n`);
    return { report, outDir: options.out };
  } finally {
    await browser.close();
    await server.close();
    if (!options.keep && existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}

export function districtReport(
  options: DistrictOptions,
  per: number,
  builds: readonly MemberBuild[],
  allMembersS: number,
  rows: readonly SearchRow[],
  single: { run: ProcessRun; row: SearchRow } | undefined,
): string {
  const walls = builds.map((b) => b.wallS);
  const peaks = builds.map((b) => b.peakRssMb);
  const within = rows.filter((r) => r.mergedP90 <= 1000).map((r) => r.members);
  const lines = [
    `District: ${options.total} articles over ${options.members} members (${per} each), built ${options.parallel} at a time`,
    `member cold build: median ${fmt(median(walls), 1)} s, worst ${fmt(Math.max(...walls), 1)} s;` +
      ` peak RSS median ${fmt(median(peaks))} MB, worst ${fmt(Math.max(...peaks))} MB; all members ${fmt(allMembersS / 60, 1)} min`,
    ...(single
      ? [
          `one site of ${options.total}: cold build ${fmt(single.run.wallS / 60, 1)} min, peak ${fmt(single.run.peakRssMb)} MB` +
            ` (members' worst / it: ${fmt(Math.max(...walls) / single.run.wallS, 3)}×)`,
        ]
      : []),
    '',
    '| search from | portal build s | first p50 / p90 ms | merged p50 / p90 ms | first query: KB (requests) |',
    '|---|---|---|---|---|',
    ...[...rows, ...(single ? [single.row] : [])].map(
      (r) =>
        `| ${r.label} | ${fmt(r.buildS, 1)} | ${r.firstP50} / ${r.firstP90} | ${r.mergedP50} / ${r.mergedP90} | ${r.firstQueryKb} (${r.firstQueryRequests}) |`,
    ),
    '',
    `most members with merged results within 1 s (p90): ${within.length > 0 ? Math.max(...within) : 'none measured'}`,
  ];
  return lines.join('\n');
}
