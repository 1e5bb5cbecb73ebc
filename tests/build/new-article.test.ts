/** `npm run new`: the scaffold itself, and the script that writes it. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/check-all.ts';
import { readFrontmatter } from '../../src/lib/text/frontmatter.ts';
import { scaffoldArticle } from '../../src/lib/import/scaffold.ts';
import { ROOT } from '../../scripts/lib/repo-root.ts';

const NOW = new Date('2026-03-08T09:30:42+08:00');

describe('scaffoldArticle', () => {
  const text = scaffoldArticle({ title: '社区开展春季义诊', slug: 'she-qu-kai-zhan-chun-ji-yi-zhen', now: NOW, community: 'minghu' });

  test('has every field in place, the China time to the minute and a draft flag', () => {
    expect(text).toMatchInlineSnapshot(`
      "---
      # kicker: 引题（标题上方的一行，没有就删去）
      title: 社区开展春季义诊
      # subtitle: 副题（标题下方的一行，没有就删去）
      publishedAt: "2026-03-08 09:30"
      # source: 来源（如 本站讯）
      # authors: [作者]
      # correspondents: [通讯员]
      # photographers: [摄影]
      # editor: 责任编辑
      community: minghu
      # topics: [专题]
      # cover: ./images/she-qu-kai-zhan-chun-ji-yi-zhen-cover.jpg
      # coverAlt: 封面图内容（有封面图时必填）
      # coverFocus: 50% 50%  # 公众号封面（2.35:1 和方图）围绕哪一点裁剪，先横后竖；不写就是正中
      # summary: 一句话摘要（不写则用第一段）
      # review:
      #   first: 初审人
      #   second: 复审人
      #   final: 终审人
      draft: true
      ---

      <!-- 在这里写正文，写完删去这一段说明。第一段交代时间、地点、人物和事情；小标题用 ## 开头；图片放进 images 文件夹，写成 \`![图片内容](./images/she-qu-kai-zhan-chun-ji-yi-zhen-1.jpg "图注")\` -->
      "
    `);
  });

  test('leaves the community as a comment when none is given', () => {
    const plain = scaffoldArticle({ title: '标题', slug: 'biao-ti', now: NOW });
    expect(plain).toContain('# community: 社区编号');
    expect(readFrontmatter(plain)).toMatchObject({ ok: true, data: { title: '标题', publishedAt: '2026-03-08 09:30', draft: true } });
  });

  test('quotes a title YAML would misread', () => {
    expect(readFrontmatter(scaffoldArticle({ title: '“双减”: 社区#课堂', slug: 'a', now: NOW }))).toMatchObject({ data: { title: '“双减”: 社区#课堂' } });
  });

  test('passes content:check as a draft with no error, and no picture warning', () => {
    const community = {
      path: 'content/communities/minghu.yaml',
      rel: 'communities/minghu.yaml',
      text: readFileSync(join(ROOT, 'content/communities/minghu.yaml'), 'utf8'),
    };
    const news = { path: 'content/news/2026/she-qu-kai-zhan-chun-ji-yi-zhen.md', rel: 'news/2026/she-qu-kai-zhan-chun-ji-yi-zhen.md', text };
    const { problems } = checkContent({ news: [news], honors: [], communities: [community] }, { now: NOW, exists: (rel) => rel.startsWith('communities/') });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual(['source', 'review.first', 'review.second', 'review.final']);
  });
});

describe('npm run new', () => {
  let content: string;
  beforeEach(() => {
    content = mkdtempSync(join(tmpdir(), 'new-article-'));
    mkdirSync(join(content, 'communities'));
    copyFileSync(join(ROOT, 'content/communities/minghu.yaml'), join(content, 'communities/minghu.yaml'));
  });
  afterEach(() => rmSync(content, { recursive: true, force: true }));

  const env = (now: string): NodeJS.ProcessEnv => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^VITEST/.test(key) && !['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'].includes(key)),
    );
    return { ...clean, CONTENT_DIR: content, SITE_NOW: now };
  };
  const runNew = (args: string[], now = '2026-03-08T09:30:00+08:00') =>
    spawnSync(process.execPath, ['scripts/new-article.ts', ...args], { cwd: ROOT, env: env(now), encoding: 'utf8' });

  test('writes news/<China year>/<slug>.md and prints its path', () => {
    const run = runNew(['社区开展春季义诊', '--community', 'minghu']);
    expect(run.status).toBe(0);
    const file = join(content, 'news/2026/she-qu-kai-zhan-chun-ji-yi-zhen.md');
    expect(run.stdout.trim()).toBe(file);
    expect(readFrontmatter(readFileSync(file, 'utf8'))).toMatchObject({
      data: { title: '社区开展春季义诊', community: 'minghu', publishedAt: '2026-03-08 09:30', draft: true },
    });
  });

  test('uses the China date, not the machine clock: New Year’s Eve in UTC is already next year', () => {
    const run = runNew(['新年第一天'], '2025-12-31T20:00:00Z');
    expect(run.status).toBe(0);
    expect(readdirSync(join(content, 'news'))).toEqual(['2026']);
    expect(readFileSync(run.stdout.trim(), 'utf8')).toContain('publishedAt: "2026-01-01 04:00"');
  });

  test('never overwrites: the same title twice gets the next free name', () => {
    runNew(['社区开展春季义诊']);
    const again = runNew(['社区开展春季义诊']);
    expect(again.stdout.trim()).toMatch(/she-qu-kai-zhan-chun-ji-yi-zhen-2\.md$/);
    expect(readdirSync(join(content, 'news/2026'))).toHaveLength(2);
  });

  test.each([
    ['no title', [], '缺少标题'],
    ['an unknown community', ['标题', '--community', 'nowhere'], '找不到社区“nowhere”'],
    ['an unknown option', ['标题', '--draft'], '命令行参数有误'],
  ])('refuses %s and writes nothing', (_what, args, message) => {
    const run = runNew(args);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(existsSync(join(content, 'news'))).toBe(false);
  });
});
