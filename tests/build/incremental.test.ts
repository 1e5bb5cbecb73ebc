/**
 * Rebuilds redo only what changed: search shards whose documents are unchanged
 * are reused from the live release, and the link check reads only pages the
 * rebuild rendered. The result must equal a full build.
 */
import { appendFileSync, cpSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { diffTrees, listTree, ROOT, runBuild, tempDir, treeDigest } from '../support/build.ts';

const SITE_NOW = '2026-11-22T12:00:00+08:00';
const EDITED = 'content/news/2020/luojiapo-dajiating.md';
// One Latin word: the index stores Chinese pre-segmented (with spaces), Latin words as written.
const NEW_WORDS = 'IncrementalCheck7391';

interface Manifest {
  shards: { id: string; years: number[]; count: number }[];
}

const manifestOf = (dist: string): Manifest => JSON.parse(readFileSync(join(realpathSync(dist), 'pagefind/shards.json'), 'utf8')) as Manifest;
const reusedLine = (output: string) => /search index: (\d+) documents in (\d+) shards \((\d+) unchanged, reused\)/.exec(output)?.slice(1).map(Number);
const fragmentsMentioning = (dist: string, words: string) =>
  listTree(dist)
    .filter((f) => /^pagefind\/[^/]+\/fragment\//.test(f))
    .filter((f) =>
      gunzipSync(readFileSync(join(realpathSync(dist), f)))
        .toString('utf8')
        .includes(words),
    );

describe('rebuilding the sample site with a sharded search index (SEARCH_SHARD_SIZE=8)', () => {
  const content = join(tempDir('incremental'), 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const dist = join(tempDir('incremental-out'), 'dist');
  const env = { CONTENT_DIR: content, SITE_NOW, OUT_DIR: dist, SEARCH_SHARD_SIZE: '8' };
  const first = runBuild(env);
  const firstManifest = first.status === 0 ? manifestOf(dist) : undefined;
  const second = runBuild(env);
  const edited = join(content, EDITED.replace(/^content\//, ''));
  appendFileSync(edited, `${readFileSync(edited, 'utf8').endsWith('\n') ? '' : '\n'}\n${NEW_WORDS}。\n`);
  const third = runBuild(env);
  const fresh = join(tempDir('incremental-fresh'), 'dist');
  // A build with nothing to reuse, of the edited content: what the incremental one must equal.
  const full = runBuild({ ...env, OUT_DIR: fresh });

  test('every build succeeds', () => {
    for (const run of [first, second, third, full]) expect(run.status, run.output).toBe(0);
  });

  test('the index is cut into shards by year, newest first, every document in exactly one', () => {
    const shards = firstManifest?.shards ?? [];
    expect(shards.length).toBeGreaterThan(2);
    const years = shards.map((s) => Math.max(...s.years));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const [documents] = reusedLine(first.output) ?? [];
    expect(shards.reduce((n, s) => n + s.count, 0)).toBe(documents);
    for (const s of shards) expect(listTree(dist)).toContain(`pagefind/${s.id}/pagefind.js`);
  });

  test('an unchanged rebuild reuses every shard; one edited article re-indexes only its own shard', () => {
    const shards = firstManifest?.shards.length ?? 0;
    expect(reusedLine(second.output)?.slice(1)).toEqual([shards, shards]);
    expect(reusedLine(third.output)?.slice(1)).toEqual([shards, shards - 1]);
  });

  test('after an edit the pages go live first and the re-indexed shard follows; an unchanged index is not re-published', () => {
    expect(third.output).toMatch(/pages live after [\d.]+s \(search index follows\)/);
    expect(third.output).toMatch(/search index caught up after [\d.]+s/);
    expect(second.output).not.toContain('follows');
  });

  test('the edited words are searchable after the rebuild, in the shard holding 2020 only', () => {
    const shard2020 = manifestOf(dist).shards.find((s) => s.years.includes(2020))?.id;
    expect(shard2020).toBeDefined();
    expect(fragmentsMentioning(dist, NEW_WORDS).map((f) => f.split('/')[1])).toEqual([shard2020]);
  });

  test('the link check reads only the pages a rebuild rendered, and still reads the changed ones', () => {
    const links = (output: string) => /links: (\d+) files \((\d+) unchanged since the last build\)/.exec(output)?.slice(1).map(Number);
    const [files = 0, unchanged = 0] = links(second.output) ?? [];
    expect(unchanged).toBeGreaterThan(files / 2);
    const [filesAfterEdit = 0, unchangedAfterEdit = 0] = links(third.output) ?? [];
    expect(unchangedAfterEdit).toBeGreaterThan(0);
    expect(unchangedAfterEdit).toBeLessThan(unchanged);
    expect(filesAfterEdit).toBe(files);
  });

  test('the incremental rebuild is the same site as a full build of the same content', () => {
    expect(diffTrees(treeDigest(dist), treeDigest(fresh))).toEqual([]);
  });
});
