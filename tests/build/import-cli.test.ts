/**
 * `npm run import` end to end: the real script in a child process, writing into
 * a temporary content folder, so what an editor sees (files, stdout, stderr, exit
 * code) is what is tested.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { communityError, takenSlugs } from '../../src/lib/import/cli-support.ts';
import { importArticle } from '../../src/lib/import/import-article.ts';
import { cleanChildEnv, ROOT } from '../support/build.ts';

const SEEDS = join(ROOT, 'tests/fixtures/import/seeds');
const YUHUANGYUAN = join(SEEDS, 'yuhuangyuan.raw.txt');
const LUOJIAPO = join(SEEDS, 'luojiapo.raw.txt');

let dir: string;
let content: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  content = join(dir, 'content');
  mkdirSync(join(content, 'communities'), { recursive: true });
  copyFileSync(join(ROOT, 'content/communities/yuhuangyuan.yaml'), join(content, 'communities/yuhuangyuan.yaml'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const runImport = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/import-news.ts', ...args], { cwd: ROOT, env: cleanChildEnv({ CONTENT_DIR: content }), encoding: 'utf8' });
const files = (sub: string) => (existsSync(join(content, sub)) ? readdirSync(join(content, sub)).sort() : []);

describe('npm run import', () => {
  test('writes the article into news/<year>/ and prints the report', () => {
    const run = runImport(YUHUANGYUAN, '--community', 'yuhuangyuan');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const file = join(content, 'news/2021/zhe-ge-she-qu-you-ren-qi.md');
    expect(readFileSync(file, 'utf8')).toBe(importArticle(readFileSync(YUHUANGYUAN), { community: 'yuhuangyuan' }).markdown);
    expect(readFileSync(file, 'utf8')).toContain('community: yuhuangyuan\n');
    expect(run.stdout).toMatch(/^已写入 .*news\/2021\/zhe-ge-she-qu-you-ren-qi\.md（草稿）\n已清理：\n/);
    expect(run.stdout).toContain('把 draft: true 改为 draft: false');
  });

  test('puts an article without a date into news/undated/ and names every picture to add', () => {
    const run = runImport(LUOJIAPO);
    expect(run.status).toBe(0);
    expect(files('news/undated')).toEqual(['luo-jia-po-she-qu.md']);
    expect(run.stdout).toContain('news/undated/images/luo-jia-po-she-qu-6.jpg，图注：罗家坡社区开展志愿者活动');
    expect(run.stdout).toContain('补三审：原文缺少初审、复审、终审');
  });

  test('never overwrites: a second import gets the next free name', () => {
    runImport(LUOJIAPO);
    const again = runImport(LUOJIAPO);
    expect(again.status).toBe(0);
    expect(files('news/undated')).toEqual(['luo-jia-po-she-qu-2.md', 'luo-jia-po-she-qu.md']);
    expect(readFileSync(join(content, 'news/undated/luo-jia-po-she-qu-2.md'), 'utf8')).toContain('./images/luo-jia-po-she-qu-2-1.jpg');
  });

  test('with --stdout prints the Markdown to stdout, the report to stderr, and writes nothing', () => {
    const run = runImport(YUHUANGYUAN, '--stdout');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(importArticle(readFileSync(YUHUANGYUAN)).markdown);
    expect(run.stderr).toMatch(/^已清理：/);
    expect(files('news')).toEqual([]);
  });

  test('with --out writes into the folder given', () => {
    const out = join(dir, 'drafts');
    const run = runImport(YUHUANGYUAN, '--out', out);
    expect(run.status).toBe(0);
    expect(readdirSync(out)).toEqual(['zhe-ge-she-qu-you-ren-qi.md']);
  });

  test.each([
    ['an empty file', 'empty.txt', '', '文件是空的'],
    ['a binary file', 'photo.jpg', '\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF\u0000', '这不是文本文件'],
    [
      'a page with no article',
      'menu.html',
      '<html><body><div>首页 | 新闻 | 视频</div><p>版权所有</p><p>鲁ICP备00000000号</p></body></html>',
      '清理后没有找到正文',
    ],
    ['a page without a title', 'untitled.txt', '社区在中心花园新添了十二件健身器材，居民们纷纷前来体验，都说锻炼方便多了。', '找不到标题'],
  ])('refuses %s with a clear message naming it, and writes nothing', (_what, name, text, message) => {
    const input = join(dir, name);
    writeFileSync(input, name === 'photo.jpg' ? Buffer.from(text, 'latin1') : text);
    const run = runImport(input);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${input}: ${message}`);
    expect(run.stdout).toBe('');
    expect(files('news')).toEqual([]);
  });

  test.each([
    ['a missing file', [join(ROOT, 'no-such-file.txt')], '找不到这个文件'],
    ['an unknown community', [YUHUANGYUAN, '--community', 'nowhere'], '找不到社区“nowhere”'],
    ['a badly spelled community id', [YUHUANGYUAN, '--community', 'Yu Huang'], '社区编号“Yu Huang”不合规'],
    ['no input', [], '缺少要导入的文件'],
    ['two inputs', [YUHUANGYUAN, LUOJIAPO], '一次只能导入一个文件'],
    ['an unknown option', [YUHUANGYUAN, '--publish'], '命令行参数有误'],
  ])('refuses %s', (_what, args, message) => {
    const run = runImport(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(files('news')).toEqual([]);
  });
});

describe('cli-support', () => {
  const exists = (rel: string) => rel === 'communities/minghu.yaml';

  test('checks a community id and its file', () => {
    expect(communityError('minghu', exists)).toBeUndefined();
    expect(communityError('qingsongli', exists)).toMatchInlineSnapshot(
      `"--community: 找不到社区“qingsongli”——请检查社区编号，或先建立 content/communities/qingsongli.yaml"`,
    );
    expect(communityError('Ming_Hu', exists)).toMatchInlineSnapshot(`"--community: 社区编号“Ming_Hu”不合规——只能用小写字母、数字和连字符，例如 yuhuangyuan"`);
  });

  test('takes slugs from every year, since a slug is a URL', () => {
    expect(takenSlugs(['news/2021/a.md', 'news/2022/b.mdx'])).toEqual(new Set(['a', 'b']));
  });
});
