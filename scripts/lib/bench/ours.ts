/**
 * Our build, run as `npm run build` runs it (`node scripts/build.ts` with
 * CONTENT_DIR, SITE_NOW and OUT_DIR), inside a private snapshot of the project.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { childEnv } from '../../../src/env.ts';
import { measure, tail, type ProcessRun } from './measure.ts';
import { parseLatency, parseSearchIndexLine, parseStages, type PublishLatency, type SearchIndexLine, type StageTime } from './pipeline-log.ts';
import { PIPELINE_HEAP_FLAG } from '../build/heap.ts';

/** The instant every bench build takes as "now" (the build tests' value), so runs publish the same articles. */
export const SITE_NOW = '2026-11-22T12:00:00+08:00';

/** What the build reads from the project root; everything else (content, output) is passed in. */
const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Caches Astro and Vite keep under `node_modules/`: a snapshot starts without them. */
const CACHE_DIRS = new Set(['.astro', '.vite', '.cache']);

/**
 * The code under test, copied once per bench run, so every size measures the
 * same code even while the working tree is being edited. Returns a digest of
 * the copied files, to tell runs of different code apart.
 */
export function snapshotSources(root: string, dest: string): string {
  const hash = createHash('sha256');
  for (const name of PROJECT_FILES) {
    cpSync(join(root, name), join(dest, name), { recursive: true });
    const files = statSync(join(dest, name)).isDirectory()
      ? readdirSync(join(dest, name), { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => join(d.parentPath, d.name))
      : [join(dest, name)];
    for (const file of files.sort()) hash.update(relative(dest, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * A private copy of the project to build in, made from `sources` (a
 * `snapshotSources` folder) with the packages installed in `root`. Astro keeps its content store and
 * processed images in `<root>/node_modules/.astro`: a cold build needs an empty
 * one, a warm rebuild needs its own from the cold build, and neither may touch
 * (or be disturbed by) builds others run in the real tree at the same time. So
 * the code is copied (a consistent snapshot even while the tree is being edited)
 * and `node_modules` is a real folder of symlinks to the installed packages.
 */
export function snapshotProject(root: string, sources: string, dest: string): void {
  mkdirSync(join(dest, 'node_modules'), { recursive: true });
  for (const name of PROJECT_FILES) cpSync(join(sources, name), join(dest, name), { recursive: true });
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHE_DIRS.has(name)) symlinkSync(join(root, 'node_modules', name), join(dest, 'node_modules', name));
  }
}

export interface OurBuild {
  run: ProcessRun;
  stages: StageTime[];
  searchIndex: SearchIndexLine | undefined;
  latency: PublishLatency;
}

export async function buildOurs(project: string, contentDir: string, outDist: string, log: string): Promise<OurBuild> {
  const run = await measure(process.execPath, [PIPELINE_HEAP_FLAG, 'scripts/build.ts'], {
    cwd: project,
    env: childEnv({ CONTENT_DIR: contentDir, SITE_NOW, OUT_DIR: outDist }),
    log,
  });
  if (run.exitCode !== 0) throw new Error(`our build failed (${run.exitCode}), see ${log}:\n${tail(run)}`);
  return { run, stages: parseStages(run.lines), searchIndex: parseSearchIndexLine(run.lines), latency: parseLatency(run.lines) };
}
