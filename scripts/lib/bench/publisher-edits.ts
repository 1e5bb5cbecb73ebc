/**
 * The resident publisher (#30) on the bench corpus: started on the site the warm
 * rebuilds left, then ten edits of different kinds, one after another (each once the
 * last publish's old releases are deleted, as with edits minutes apart), each timed from
 * the moment the file is written to the pages going live (the `dist` link moves) and to
 * the search index catching up (the publisher idle again), with the publisher's own
 * memory after each, to see that it does not grow without bound.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, createWriteStream, existsSync, globSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import sharp from 'sharp';
import { childEnv } from '../../../src/env.ts';
import { readStatus, type PublisherStatus } from '../publisher/status.ts';
import type { CorpusArticle } from './corpus.ts';
import { SITE_NOW } from './ours.ts';
import { PIPELINE_HEAP_FLAG } from '../build/heap.ts';

export interface PublisherEdit {
  kind: string;
  /** Seconds from the write to the pages live; undefined: nothing was published (it timed out). */
  pagesLiveS: number | undefined;
  /** Seconds from the write to the publisher idle again, the search index caught up. */
  searchS: number | undefined;
  /** The publisher process's resident memory after this edit (its children not counted: they exit). */
  rssMb: number;
}

export interface PublisherTimes {
  /** Seconds from start to idle: catching up with a site it did not build. */
  startS: number;
  startRssMb: number;
  edits: PublisherEdit[];
}

/** One edit: a change to the corpus, named for the report. */
interface Edit {
  kind: string;
  apply: () => void;
}

/** Ten edits of the kinds an office makes, on generated articles spread over the corpus. */
export async function publisherEdits(content: string, articles: readonly CorpusArticle[]): Promise<Edit[]> {
  const pick = (i: number) => articles[Math.floor(((i + 1) * articles.length) / 12)] ?? articles[0];
  const path = (a: CorpusArticle | undefined) => join(content, a?.rel ?? '');
  const text = (i: number): Edit => ({ kind: 'text', apply: () => appendFileSync(path(pick(i)), `\n（驻留发布基准：第 ${i} 处正文补记。）\n`) });
  const title = (i: number): Edit => ({
    kind: 'title',
    apply: () => writeFileSync(path(pick(i)), readFileSync(path(pick(i)), 'utf8').replace(/^title: (.*)$/m, `title: "驻留发布基准改题 ${i}"`)),
  });
  const added = (i: number): Edit => ({
    kind: 'new article',
    apply: () =>
      writeFileSync(
        join(dirname(path(pick(i))), `publisher-bench-${i}.md`),
        readFileSync(path(pick(i)), 'utf8').replace(/^title: .*$/m, `title: "驻留发布基准新增 ${i}"`),
      ),
  });
  const community = globSync('communities/*.yaml', { cwd: content }).sort()[0];
  const cover = globSync('news/_images/*.jpg', { cwd: content }).sort()[0];
  const mirrored = cover ? await sharp(join(content, cover)).flop().jpeg({ quality: 80 }).toBuffer() : Buffer.alloc(0);
  return [
    text(0),
    title(1),
    added(2),
    { kind: 'deleted article', apply: () => rmSync(path(pick(3))) },
    {
      kind: 'community renamed',
      apply: () => {
        if (!community) return appendFileSync(path(pick(4)), '\n（无社区可改名，改为正文补记。）\n');
        const file = join(content, community);
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: "?([^"\n]*)"?$/m, 'name: "$1（更名）"'));
      },
    },
    {
      kind: 'photo replaced',
      // A new photo (the cover mirrored), not a copy of another one: see docs/performance.md.
      apply: () => (cover ? writeFileSync(join(content, cover), mirrored) : appendFileSync(path(pick(5)), '\n（无图可换。）\n')),
    },
    text(6),
    title(7),
    added(8),
    text(9),
  ];
}

async function until<T>(probe: () => T | undefined, timeoutS: number): Promise<T | undefined> {
  const end = performance.now() + timeoutS * 1000;
  while (performance.now() < end) {
    const value = probe();
    if (value !== undefined) return value;
    await sleep(25);
  }
  return undefined;
}

function rssMbOf(pid: number | undefined): number {
  if (pid === undefined || !existsSync(`/proc/${pid}/status`)) return Number.NaN;
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : Number.NaN;
}

/** Runs `npm run publisher` in `project` over `content`, publishing to `dist`; its log goes to `logFile`. */
export async function measurePublisher(
  project: string,
  content: string,
  dist: string,
  articles: readonly CorpusArticle[],
  logFile: string,
): Promise<PublisherTimes> {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [PIPELINE_HEAP_FLAG, 'scripts/publisher.ts', '--sweep', '600'], {
    cwd: project,
    env: childEnv({ CONTENT_DIR: content, SITE_NOW, OUT_DIR: dist }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const status = () => {
    const s = readStatus(dist);
    return s && s.pid === child.pid ? s : undefined;
  };
  const idle = (after: number) => () => {
    const s = status();
    return s && s.runs > after && s.state !== 'building' && s.state !== 'starting' ? s : undefined;
  };
  try {
    const started = performance.now();
    await until(idle(0), 3600);
    const startS = (performance.now() - started) / 1000;
    const edits: PublisherEdit[] = [];
    const releases = join(dirname(dist), '.releases');
    for (const edit of await publisherEdits(content, articles)) {
      // Edits a clerk's minutes apart, not back to back: the last publish's old releases are deleted first
      // (their unlinking slowed the next publish's links ~2×).
      await until(() => (readdirSync(releases).some((name) => name.startsWith('trash-')) ? undefined : true), 600);
      const runs = status()?.runs ?? 0;
      const live = readlinkSync(dist);
      const t0 = performance.now();
      edit.apply();
      const seconds = () => (performance.now() - t0) / 1000;
      // Until the publisher is done with it (published, or failed and said why), noting when the pages went live.
      let pagesLiveS: number | undefined;
      const done: PublisherStatus | undefined = await until(() => {
        if (pagesLiveS === undefined && readlinkSync(dist) !== live) pagesLiveS = seconds();
        return idle(runs)();
      }, 1800);
      if (done?.state === 'failed') throw new Error(`the publisher refused the bench's ${edit.kind} edit:\n${done.error ?? ''}`);
      edits.push({ kind: edit.kind, pagesLiveS, searchS: done ? seconds() : undefined, rssMb: rssMbOf(child.pid) });
      // A last file event of the edit may queue one more publish (it finds nothing changed): let it pass.
      await sleep(600);
      await until(() => (status()?.state === 'building' ? undefined : true), 1800);
    }
    return { startS, startRssMb: edits[0]?.rssMb ?? Number.NaN, edits };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    log.end();
  }
}
