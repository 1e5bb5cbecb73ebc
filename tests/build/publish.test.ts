import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/lib/build/stages/check-links.ts';
import { cleanChildEnv, copyFixture, diffTrees, listTree, ROOT, runBuild, tempDir, treeDigest } from '../support/build.ts';

const NOW = '2026-11-22T12:00:00+08:00';

/** Every file of a built site as text, search-index fragments decompressed. */
function siteText(dist: string): Map<string, string> {
  const real = realpathSync(dist);
  return new Map(
    listTree(real).map((file) => {
      const bytes = readFileSync(join(real, file));
      const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      return [file, text];
    }),
  );
}
const mentioning = (texts: Map<string, string>, word: string) => [...texts].filter(([, t]) => t.includes(word)).map(([f]) => f);

describe('no leaks: drafts and scheduled articles', () => {
  const content = copyFixture('site-small');
  const before = join(tempDir('leak-before'), 'dist');
  const after = join(tempDir('leak-after'), 'dist');
  const runBefore = runBuild({ CONTENT_DIR: content, SITE_NOW: '2026-12-31T23:59:00+08:00', OUT_DIR: before });
  const runAfter = runBuild({ CONTENT_DIR: content, SITE_NOW: '2027-01-01T08:00:00+08:00', OUT_DIR: after });

  test('both builds succeed and the first says when the scheduled article needs a rebuild', () => {
    expect(runBefore.status, runBefore.output).toBe(0);
    expect(runAfter.status, runAfter.output).toBe(0);
    expect(runBefore.output).toContain('下一篇定时稿件 2027年1月1日 08:00');
  });

  test('before its time, a scheduled article is in no page, feed, sitemap, OPML or (decompressed) search fragment', () => {
    const texts = siteText(before);
    expect([...texts.keys()].some((f) => /^pagefind\/[^/]+\/fragment\//.test(f))).toBe(true);
    expect(mentioning(texts, 'zxqvschedmarker')).toEqual([]);
    expect(mentioning(texts, 'scheduled-zxqv-marker')).toEqual([]);
  });

  test('once its time has passed, the next build publishes it everywhere', () => {
    const found = mentioning(siteText(after), 'zxqvschedmarker');
    expect(found).toContain('news/scheduled-zxqv-marker/index.html');
    expect(found).toContain('rss.xml');
    expect(found.some((f) => /^pagefind\/[^/]+\/fragment\//.test(f))).toBe(true);
    expect(mentioning(siteText(after), 'scheduled-zxqv-marker')).toContain('sitemap-0.xml');
  });

  test('a draft is in no file of either build', () => {
    for (const dist of [before, after]) {
      const texts = siteText(dist);
      expect(mentioning(texts, 'zxqvdraftmarker')).toEqual([]);
      expect(mentioning(texts, 'draft-zxqv-marker')).toEqual([]);
    }
  });
});

describe('reproducible builds', () => {
  test('two builds of the sample site with the same SITE_NOW are byte-identical (any differing file is named)', () => {
    const a = join(tempDir('repro-a'), 'dist');
    const b = join(tempDir('repro-b'), 'dist');
    expect(runBuild({ CONTENT_DIR: join(ROOT, 'content'), SITE_NOW: NOW, OUT_DIR: a }).status).toBe(0);
    expect(runBuild({ CONTENT_DIR: join(ROOT, 'content'), SITE_NOW: NOW, OUT_DIR: b }).status).toBe(0);
    expect(diffTrees(treeDigest(a), treeDigest(b))).toEqual([]);
  });
});

describe('atomic publish', () => {
  const out = join(tempDir('atomic-stages'), 'dist');
  const good = runBuild({ CONTENT_DIR: join(ROOT, 'tests/fixtures/site-small'), SITE_NOW: NOW, OUT_DIR: out });
  const snapshot = () => ({ link: readlinkSync(out), files: treeDigest(out) });

  test('a link-check failure publishes nothing and names the page and the target', () => {
    expect(good.status, good.output).toBe(0);
    const before = snapshot();
    const content = copyFixture('site-small');
    const file = join(content, 'news/2024/taoyuan-yizhen.md');
    // A link to a page that exists as a topic slug content:check accepts, but the site never builds.
    writeFileSync(file, readFileSync(file, 'utf8').replace('详见', '另见[不存在的页面](/feeds/#no-such-anchor)，详见'));
    const run = runBuild({ CONTENT_DIR: content, SITE_NOW: NOW, OUT_DIR: out });
    expect(run.status).toBe(1);
    expect(run.output).toContain('/news/taoyuan-yizhen/: /feeds/#no-such-anchor（页面存在，但没有这个锚点）');
    expect(snapshot()).toEqual(before);
  });

  test('a search-index failure publishes nothing', () => {
    const before = snapshot();
    const run = runBuild({ CONTENT_DIR: join(ROOT, 'tests/fixtures/site-small'), SITE_NOW: NOW, OUT_DIR: out, SHEQU_FAULT: 'search index' });
    expect(run.status).toBe(1);
    expect(snapshot()).toEqual(before);
  });

  test.each([300, 1500, 3000, 5000, 7000])('a build killed after %i ms leaves the previous dist/ whole, and the next build recovers', async (ms) => {
    const before = snapshot();
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: cleanChildEnv({ CONTENT_DIR: join(ROOT, 'tests/fixtures/site-small'), SITE_NOW: '2027-02-01T00:00:00+08:00', OUT_DIR: out }),
      stdio: 'ignore',
      detached: true,
    });
    const exited = new Promise((r) => child.on('exit', r));
    await new Promise((r) => setTimeout(r, ms));
    try {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    } catch {
      // it had already finished: then dist/ must be the new release, whole
    }
    await exited;
    const now = snapshot();
    if (now.link === before.link) expect(diffTrees(before.files, now.files)).toEqual([]);
    else expect(checkLinks(realpathSync(out)).problems).toEqual([]);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    const next = runBuild({ CONTENT_DIR: join(ROOT, 'tests/fixtures/site-small'), SITE_NOW: NOW, OUT_DIR: out });
    expect(next.status, next.output).toBe(0);
    expect(readdirSync(join(out, '../.releases')).filter((n) => n.startsWith('staging-'))).toEqual([]);
  });
});

describe('builds at the same time', () => {
  /** `npm run build`'s script, started without waiting: resolves with its exit code and output. */
  const buildAsync = (env: Record<string, string>) =>
    new Promise<{ status: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env: cleanChildEnv(env) });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('exit', (status) => resolve({ status, output }));
    });

  test('two builds of different content from one checkout each show only their own articles (Astro caches apart)', async () => {
    const a = copyFixture('site-small');
    const b = copyFixture('site-small');
    for (const name of ['taoyuan-yizhen', 'taoyuan-shitang', 'chengshi-tongzhi']) {
      const file = join(b, `news/2024/${name}.md`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: /m, 'title: 乙站'));
    }
    const [outA, outB] = [join(tempDir('together-a'), 'dist'), join(tempDir('together-b'), 'dist')];
    const runs = await Promise.all([
      buildAsync({ CONTENT_DIR: a, SITE_NOW: NOW, OUT_DIR: outA }),
      buildAsync({ CONTENT_DIR: b, SITE_NOW: NOW, OUT_DIR: outB }),
    ]);
    for (const run of runs) expect(run.status, run.output).toBe(0);
    expect(mentioning(siteText(outA), '乙站')).toEqual([]);
    for (const name of ['taoyuan-yizhen', 'taoyuan-shitang', 'chengshi-tongzhi']) {
      expect(readFileSync(join(outB, `news/${name}/index.html`), 'utf8')).toMatch(/<h1[^>]*>乙站/);
    }
  }, 240_000);
});
