/**
 * A rebuild renders only the pages an edit touches and takes the rest from the
 * live release, and the site it publishes is byte for byte the site a full
 * build of the same content makes: after an edit, an added, a deleted and a
 * renamed article, a scheduled article coming due, a community change, and a
 * change of settings (the year, shown in every footer).
 */
import { appendFileSync, cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffTrees, filesContaining, ROOT, runBuild, tempDir, treeDigest, type BuildRun } from '../support/build.ts';

const NOW = '2026-11-22T12:00:00+08:00';
const content = join(tempDir('rebuild'), 'content');
cpSync(join(ROOT, 'content'), content, { recursive: true });
const dist = join(tempDir('rebuild-out'), 'dist');

interface Step {
  name: string;
  run: BuildRun;
  /** A full build of the same content and settings, with nothing to reuse. */
  full: BuildRun;
  fullDist: string;
  /** Content pages rendered, and taken from the live release. */
  rendered: number | undefined;
  reused: number | undefined;
  site: Map<string, string>;
  fullSite: Map<string, string>;
}

const counts = (output: string) => {
  const partial = /rendering (\d+) changed content pages, (\d+) unchanged/.exec(output);
  if (partial) return { rendered: Number(partial[1]), reused: Number(partial[2]) };
  const all = /rendering all (\d+) content pages/.exec(output);
  return { rendered: all ? Number(all[1]) : undefined, reused: all ? 0 : undefined };
};

function step(name: string, now: string, change: () => void): Step {
  change();
  const run = runBuild({ CONTENT_DIR: content, SITE_NOW: now, OUT_DIR: dist });
  const site = run.status === 0 ? treeDigest(dist) : new Map<string, string>();
  const fullDist = join(tempDir(`rebuild-full-${name}`), 'dist');
  const full = runBuild({ CONTENT_DIR: content, SITE_NOW: now, OUT_DIR: fullDist });
  return { name, run, full, fullDist, ...counts(run.output), site, fullSite: full.status === 0 ? treeDigest(fullDist) : new Map() };
}

const news = (rel: string) => join(content, 'news', rel);
const first = runBuild({ CONTENT_DIR: content, SITE_NOW: NOW, OUT_DIR: dist });
const total = counts(first.output).rendered ?? 0;

const steps: Step[] = [
  step('unchanged', NOW, () => {}),
  step('edit', NOW, () => appendFileSync(news('2020/luojiapo-dajiating.md'), '\n编辑补记：这是重建测试加的一句话。\n')),
  step('add', NOW, () => {
    const text = readFileSync(news('2020/luojiapo-dajiating.md'), 'utf8').replace(/^title: .*$/m, 'title: 罗家坡社区新增的一篇测试新闻');
    writeFileSync(news('2020/luojiapo-xinzeng-ceshi.md'), text);
  }),
  step('delete', NOW, () => rmSync(news('2020/luojiapo-xinzeng-ceshi.md'))),
  step('rename', NOW, () => renameSync(news('2020/yinxingyuan-yizhen.md'), news('2020/yinxingyuan-yizhen-huodong.md'))),
  step('scheduled-due', '2026-11-26T12:00:00+08:00', () => {
    const text = readFileSync(news('2020/luojiapo-dajiating.md'), 'utf8')
      .replace(/^title: .*$/m, 'title: 定时发布的测试新闻到点上线')
      .replace(/^publishedAt: .*$/m, 'publishedAt: "2026-11-25 08:00"');
    writeFileSync(news('2020/dingshi-daodian-ceshi.md'), text);
  }),
  step('community', '2026-11-26T12:00:00+08:00', () => {
    const file = join(content, 'communities/luojiapo.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: 罗家坡新社区'));
  }),
  step('settings', '2027-01-05T12:00:00+08:00', () => {}),
];
const byName = (name: string): Step => {
  const found = steps.find((s) => s.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('rebuilding only what an edit touches, on the sample site', () => {
  test('every build succeeds', () => {
    for (const run of [first, ...steps.flatMap((s) => [s.run, s.full])]) expect(run.status, run.output).toBe(0);
  });

  test.each(steps.map((s) => [s.name, s] as const))('after "%s" the rebuild is byte for byte a full build of the same content', (_name, s) => {
    expect(diffTrees(s.site, s.fullSite)).toEqual([]);
  });

  test('an unchanged rebuild renders no content page', () => {
    expect(byName('unchanged')).toMatchObject({ rendered: 0, reused: total });
  });

  test('an edited article renders its page, its neighbours and the lists and feeds that show it, not the site', () => {
    const { rendered = total } = byName('edit');
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(total / 3);
  });

  test('adding, deleting or renaming one article renders a small part of the site', () => {
    for (const name of ['add', 'delete', 'rename', 'scheduled-due']) expect(byName(name).rendered, name).toBeLessThan(total / 2);
  });

  test('a scheduled article that came due is published with its page', () => {
    expect(filesContaining(dist, '定时发布的测试新闻到点上线').length).toBeGreaterThan(0);
  });

  test("a community's new name reaches every page that shows it, and only those are rendered", () => {
    const { rendered = total } = byName('community');
    expect(rendered).toBeLessThan(total);
    expect(filesContaining(byName('community').fullDist, '罗家坡新社区').length).toBeGreaterThan(5);
  });

  test('a change of settings (a new year in every footer) renders every page', () => {
    expect(byName('settings').reused).toBe(0);
  });

  test('search follows the pages after an edit, but never keeps a deleted or renamed page findable, not even for a minute', () => {
    expect(byName('edit').run.output).toContain('(search index follows)');
    for (const name of ['delete', 'rename']) {
      expect(byName(name).run.output, name).not.toContain('follows');
      expect(byName(name).run.output, name).toMatch(/search index: \d+ documents/);
    }
  });

  test('a deleted or renamed article leaves no page behind', () => {
    expect(byName('delete').site.has('news/luojiapo-xinzeng-ceshi/index.html')).toBe(false);
    expect(byName('rename').site.has('news/yinxingyuan-yizhen/index.html')).toBe(false);
    expect(byName('rename').site.has('news/yinxingyuan-yizhen-huodong/index.html')).toBe(true);
  });
});
