/**
 * The resident publisher (`npm run publisher`) on a copy of the sample: after each kind
 * of edit it publishes by itself, and what it publishes is byte for byte what a cold
 * build of the same content makes. It reports a malformed file and publishes nothing
 * until it is fixed, serves two edits that land while it renders, and when killed
 * mid-publish leaves the live site whole and catches up when started again.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { readStatus, type PublisherStatus } from '../../scripts/lib/publisher/status.ts';
import { cleanChildEnv, diffTrees, filesContaining, ROOT, runBuild, SITE_NOW, tempDir, treeDigest } from '../support/build.ts';
import { PIPELINE_HEAP_FLAG } from '../../scripts/lib/build/heap.ts';

const content = join(tempDir('publisher'), 'content');
cpSync(join(ROOT, 'content'), content, { recursive: true });
const dist = join(tempDir('publisher-out'), 'dist');
const env = { CONTENT_DIR: content, OUT_DIR: dist, SITE_NOW };
const news = (rel: string) => join(content, 'news', rel);

let child: ChildProcess | undefined;
let output = '';

function start(): void {
  child = spawn(process.execPath, [PIPELINE_HEAP_FLAG, 'scripts/publisher.ts', '--sweep', '600'], {
    cwd: ROOT,
    env: cleanChildEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
}

afterAll(() => {
  child?.kill('SIGTERM');
});

/** Waits until the publisher's status says `done`; fails with its log after `seconds`. */
async function until(done: (s: PublisherStatus) => boolean, seconds = 240): Promise<PublisherStatus> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const status = readStatus(dist);
    if (status && status.pid === child?.pid && done(status)) return status;
    const gone = child?.exitCode !== null || child.signalCode !== null;
    if (gone || Date.now() > end) throw new Error(`publisher status ${JSON.stringify(status)} after ${seconds} s; its log:\n${output.slice(-4000)}`);
    await sleep(100);
  }
}

/** Makes `change`, then waits for the publish it starts to end (and any that follow it). */
async function published(change: () => void): Promise<PublisherStatus> {
  const before = readStatus(dist)?.runs ?? 0;
  change();
  await until((s) => s.runs > before && s.state !== 'building');
  // A second file event of the same change may have queued one more publish: let it end too.
  await sleep(800);
  return until((s) => s.state !== 'building');
}

/** Differences between the live site and a cold build of the same content. */
function differencesFromCold(name: string): string[] {
  const cold = join(tempDir(`publisher-cold-${name}`), 'dist');
  const run = runBuild({ ...env, OUT_DIR: cold });
  if (run.status !== 0) return [`cold build failed: ${run.output.slice(-2000)}`];
  return diffTrees(treeDigest(dist), treeDigest(cold));
}

/** The Astro child rendering into this site's staging folder, if one runs. */
const astroRunning = () => spawnSync('pgrep', ['-f', `astro.mjs build --outDir ${join(dist, '..', '.releases')}`]).status === 0;

describe('the resident publisher', { timeout: 900_000 }, () => {
  test('publishes the content on start', async () => {
    start();
    const status = await until((s) => s.state === 'idle' && s.release !== undefined);
    expect(readlinkSync(dist)).toContain(status.release);
    expect(filesContaining(dist, '罗家坡').length).toBeGreaterThan(0);
  });

  test('a text edit and a new title elsewhere: published alone, the same site as a cold build', async () => {
    await published(() => {
      appendFileSync(news('2020/luojiapo-dajiating.md'), '\n驻留发布测试：正文补记一句。\n');
      const file = news('2021/yuhuangyuan-youren-qi.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 这个社区“有人气”（驻留发布改题）'));
    });
    expect(filesContaining(dist, '驻留发布测试：正文补记一句').length).toBeGreaterThan(0);
    expect(filesContaining(dist, '驻留发布改题').length).toBeGreaterThan(0);
    expect(differencesFromCold('text')).toEqual([]);
  });

  test('a new article and a deleted one', async () => {
    await published(() => {
      const text = readFileSync(news('2020/luojiapo-dajiating.md'), 'utf8').replace(/^title: .*$/m, 'title: 罗家坡社区驻留发布新增的一篇');
      writeFileSync(news('2020/luojiapo-zhuliu-xinzeng.md'), text);
      rmSync(news('2021/yuhuangyuan-youren-qi.md'));
    });
    expect(filesContaining(dist, '驻留发布新增的一篇').length).toBeGreaterThan(0);
    expect(filesContaining(dist, '驻留发布改题')).toEqual([]);
    expect(differencesFromCold('add-delete')).toEqual([]);
  });

  test('a community renamed and a photo replaced', async () => {
    // A new photo, not a copy of another one in the article: see docs/performance.md (two photos with the same bytes).
    const photo = await sharp(news('2020/images/luojiapo-6.jpg')).flop().jpeg({ quality: 80 }).toBuffer();
    await published(() => {
      const file = join(content, 'communities/luojiapo.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: 罗家坡新村社区'));
      writeFileSync(news('2020/images/luojiapo-1.jpg'), photo);
    });
    expect(filesContaining(dist, '罗家坡新村社区').length).toBeGreaterThan(0);
    expect(differencesFromCold('community-photo')).toEqual([]);
  });

  test('a malformed file is reported by file and field, nothing is published, and the fix is', async () => {
    const file = news('2022/songhe-fangzhapian-xuanchuan.md');
    const good = readFileSync(file, 'utf8');
    const live = readlinkSync(dist);
    const site = treeDigest(dist);
    const failed = await published(() => writeFileSync(file, good.replace(/^publishedAt: .*$/m, 'publishedAt: 去年秋天')));
    expect(failed.state).toBe('failed');
    expect(failed.error).toContain('songhe-fangzhapian-xuanchuan.md: publishedAt');
    expect(readlinkSync(dist)).toBe(live);
    expect(diffTrees(treeDigest(dist), site)).toEqual([]);

    const fixed = await published(() => writeFileSync(file, `${good}\n驻留发布测试：改正之后的补记。\n`));
    expect(fixed.state).toBe('idle');
    expect(fixed.error).toBeUndefined();
    expect(filesContaining(dist, '改正之后的补记').length).toBeGreaterThan(0);
    expect(differencesFromCold('fixed')).toEqual([]);
  });

  test('two edits landing while it renders are both published', async () => {
    const before = readStatus(dist)?.runs ?? 0;
    appendFileSync(news('2019/minghu-laji-fenlei-qidong.md'), '\n驻留发布测试：第一处修改。\n');
    await until((s) => s.runs > before && s.state === 'building');
    appendFileSync(news('2024/songhe-hongxin-shitang-fugai.md'), '\n驻留发布测试：第二处修改。\n');
    appendFileSync(news('2025/haitangwan-yizhen-zhiyuan.md'), '\n驻留发布测试：第三处修改。\n');
    await until((s) => s.runs >= before + 2 && s.state !== 'building');
    await sleep(800);
    await until((s) => s.state !== 'building');
    for (const words of ['第一处修改', '第二处修改', '第三处修改']) expect(filesContaining(dist, words).length, words).toBeGreaterThan(0);
    expect(differencesFromCold('two-edits')).toEqual([]);
  });

  test('killed mid-publish, the live site stays whole; started again, it catches up', async () => {
    const live = readlinkSync(dist);
    const site = treeDigest(dist);
    const before = readStatus(dist)?.runs ?? 0;
    appendFileSync(news('2023/yinxingyuan-wangge-guanli.md'), '\n驻留发布测试：中途被杀之前的修改。\n');
    await until((s) => s.runs > before && s.state === 'building');
    for (let waited = 0; !astroRunning() && waited < 60_000; waited += 50) await sleep(50);
    expect(astroRunning()).toBe(true);
    child?.kill('SIGKILL');
    // The Astro child stops with its pipeline (it looks every 250 ms, once its config is loaded: seconds on a busy machine).
    for (let waited = 0; astroRunning() && waited < 60_000; waited += 100) await sleep(100);
    expect(astroRunning()).toBe(false);
    // And the site is the release it was.
    expect(readlinkSync(dist)).toBe(live);
    expect(diffTrees(treeDigest(dist), site)).toEqual([]);

    output = '';
    start();
    await until((s) => s.state === 'idle' && s.release !== live.split('/').pop());
    expect(filesContaining(dist, '中途被杀之前的修改').length).toBeGreaterThan(0);
    expect(differencesFromCold('after-kill')).toEqual([]);
  });

  test('a touch that changes nothing publishes nothing', async () => {
    const live = readlinkSync(dist);
    const file = news('2019/minghu-laji-fenlei-qidong.md');
    const status = await published(() => writeFileSync(file, readFileSync(file)));
    expect(status.state).toBe('idle');
    expect(readlinkSync(dist)).toBe(live);
    expect(output).toContain('nothing changed since the live release');
  });

  test('stopped with SIGTERM, it says so', async () => {
    expect(child?.exitCode === null && child.signalCode === null, output.slice(-2000)).toBe(true);
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child?.kill('SIGTERM');
    await exited;
    expect(readStatus(dist)?.state).toBe('stopped');
  });
});
