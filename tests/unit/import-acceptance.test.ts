/**
 * Acceptance: raw pages of our own making with the same kinds of defects as the
 * seeds, in new wording (tests/fixtures/import/pages/). Each must come out as the
 * expected Markdown beside it, and every import, seeds included, must pass
 * content:check as a draft with no error at all.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/check-all.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { readFrontmatter } from '../../src/lib/text/frontmatter.ts';
import { importArticle, type ImportResult } from '../../src/lib/import/import-article.ts';
import { filesIn, readContent } from '../../src/node/content-files.ts';
import { ROOT } from '../../scripts/lib/repo-root.ts';

const FIXTURES = new URL('../fixtures/import/', import.meta.url).pathname;
const PAGES = [
  'portal-breadcrumbs.raw.txt',
  'wechat-markers.raw.txt',
  'traditional-pinyin.raw.txt',
  'hostile.raw.html',
  'gbk-table.raw.html',
  'wechat-article.raw.html',
  // #18: layouts of the same families in other wordings; what each teaches is in import-layouts.test.ts.
  'wechat-split-byline.raw.txt',
  'wechat-collection-first.raw.txt',
  'wechat-saved.raw.html',
  'wechat-signoff.raw.txt',
  'wechat-topic-tags.raw.txt',
  'county-fullwidth.raw.txt',
  'county-portal.raw.html',
  'county-event-time.raw.txt',
  'street-catalogue.raw.html',
  'street-portal-labels.raw.txt',
  'portal-review-chain.raw.html',
  'fullwidth-latin.raw.txt',
  'dateline-after-note.raw.txt',
];

const run = (dir: string, name: string, community?: string): ImportResult => importArticle(readFileSync(join(FIXTURES, dir, name)), { community });
const expected = (name: string) => readFileSync(join(FIXTURES, 'pages', name.replace(/\.raw\.\w+$/, '.expected.md')), 'utf8');
const data = (r: ImportResult) => {
  const fm = readFrontmatter(r.markdown);
  return fm.ok ? fm.data : undefined;
};

describe.each(PAGES)('%s', (name) => {
  const result = run('pages', name);

  test('comes out as the expected Markdown', () => {
    expect(result.markdown).toBe(expected(name));
  });

  test('is a draft with no half-width Chinese punctuation, markup or leftover marks', () => {
    expect(data(result)).toMatchObject({ draft: true });
    // A YAML list (`correspondents: [应秀, 贾川]`) separates its names with a comma by design.
    const text = result.markdown.replace(/^(\w+: \[)(.*)\]$/gmu, (_line, key: string, names: string) => `${key}${names.replaceAll(', ', '')}]`);
    expect(text).not.toMatch(/\p{Script=Han}[,:;?!]|<[a-z/!]|javascript:|[▲▼◆]/iu);
  });
});

describe('what each page teaches', () => {
  test('a portal page: breadcrumbs, buttons, counters and footer go; credits and 责任编辑 move', () => {
    const r = run('pages', 'portal-breadcrumbs.raw.txt');
    expect(data(r)).toEqual({
      title: '青松里社区“长者饭堂”开张 老人家门口吃上热乎饭',
      publishedAt: '2024-03-12 10:05',
      source: '松鹤区融媒体中心',
      authors: ['陈晓雯'],
      correspondents: ['周建国'],
      editor: '孟凡',
      draft: true,
    });
    expect(r.markdown).not.toMatch(/首页|字体|浏览次数|上一篇|相关新闻|版权所有|ICP|公网安备|纠错/);
    expect(r.report.missing.review).toEqual(['review.first', 'review.second', 'review.final']);
  });

  test('a WeChat copy: ▲ captions become figures, ▼ a list, follow prompts and END go', () => {
    const r = run('pages', 'wechat-markers.raw.txt');
    expect(data(r)).toMatchObject({ kicker: '社区动态', editor: '刘畅', publishedAt: '2023-09-18 18:30' });
    expect(r.blocks.filter((b) => b.kind === 'figure')).toHaveLength(2);
    expect(r.blocks.find((b) => b.kind === 'list')).toEqual({
      kind: 'list',
      items: ['按楼层高低分档出资，一楼住户不出资。', '请设计师到现场答疑，用效果图说明对采光的影响。', '邀请已装电梯楼栋的居民现身说法。'],
    });
    expect(r.report.unknownCredits).toEqual(['原创：银杏苑社区 银杏苑社区发布', '审核：黄立新']);
    expect(r.markdown).not.toMatch(/蓝字|END|阅读原文|喜欢此内容/);
  });

  test('a Traditional page: readings go, characters and names are Simplified, real parentheses stay', () => {
    const r = run('pages', 'traditional-pinyin.raw.txt');
    expect(data(r)).toMatchObject({ authors: ['黄嘉怡'], review: { first: '郑志明', second: '许丽华', final: '吴国栋' } });
    expect(r.markdown).toContain('APP（试运行）');
    expect(r.markdown).toContain('PM2.5（细颗粒物）');
    expect(r.report.removed.pinyin).toBe(44);
    expect(r.markdown).not.toMatch(/[區車記聯熱]|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/u);
  });

  test('a hostile HTML page: no code survives, pixels go, pictures become placeholders', () => {
    const r = run('pages', 'hostile.raw.html');
    expect(r.markdown).not.toMatch(/script|iframe|onerror|onclick|onload|javascript|style=|娱乐城|百家乐|pixel|beacon|hm\.baidu/i);
    expect(r.report.images).toEqual([
      { file: 'ming-hu-she-qu-lao-lou-jia-zhuang-1.jpg', caption: '湖滨东路16号楼新装的电梯', src: 'https://img.example.com/2025/04/elevator.jpg' },
      { file: 'ming-hu-she-qu-lao-lou-jia-zhuang-2.jpg', caption: '社区召开楼栋议事会', src: 'https://img.example.com/2025/04/meeting.jpg' },
    ]);
    expect(r.report.removed.code).toBeGreaterThanOrEqual(10);
  });

  test('a saved WeChat page: lazy pictures, ▲ under a picture, byline and tracker outside the text', () => {
    const r = run('pages', 'wechat-article.raw.html');
    expect(data(r)).toEqual({ title: '议事会开到楼门口', publishedAt: '2024-07-15 19:02', editor: '钟瑶', draft: true });
    expect(r.report.images).toEqual([
      { file: 'yi-shi-hui-kai-dao-lou-men-kou-1.jpg', caption: '居民在楼下围坐议事', src: 'https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg' },
    ]);
    expect(r.markdown).not.toMatch(/蓝字|喜欢此内容|夜市|mp\/report/);
  });

  test('an old GBK portal page: decoded, the <br> cell found, a day without time reported', () => {
    const r = run('pages', 'gbk-table.raw.html');
    expect(data(r)).toMatchObject({ title: '银杏苑社区举办邻里文化节', publishedAt: '2019-10-14', source: '枫林街道办事处' });
    expect(r.report.dayOnly).toBe('2019-10-14');
    expect(r.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(4);
  });
});

describe('every import passes content:check as a draft', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'communities'));
  copyFileSync(join(ROOT, 'content/communities/yuhuangyuan.yaml'), join(dir, 'communities/yuhuangyuan.yaml'));
  const inputs: [string, string][] = [
    ...readdirSync(join(FIXTURES, 'seeds'))
      .filter((f) => f.includes('.raw.'))
      .map((f): [string, string] => ['seeds', f]),
    ...PAGES.map((f): [string, string] => ['pages', f]),
  ];
  for (const [sub, name] of inputs) {
    const r = run(sub, name, 'yuhuangyuan');
    mkdirSync(join(dir, 'news', r.folder), { recursive: true });
    writeFileSync(join(dir, 'news', r.folder, `${r.slug}.md`), r.markdown);
  }
  const { problems, content } = checkContent(readContent(dir, ROOT), { now: new Date('2026-01-01T00:00:00+08:00'), ...filesIn(dir) });

  test('with zero errors', () => {
    expect(content.news).toHaveLength(inputs.length);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  test('with a warning for each picture the editor still has to add', () => {
    const missingImages = problems.filter((p) => p.message.includes('./images/'));
    expect(missingImages).toHaveLength(6 + 2 + 2 + 1 + 1 + 1);
    expect(content.news.every((n) => n.state === 'draft' && n.data.community === 'yuhuangyuan')).toBe(true);
  });
});
