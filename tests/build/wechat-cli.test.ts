/**
 * `npm run wechat`: a published article of a real build, as the 公众号 takes it; and
 * every way it must refuse (a draft, a scheduled article, an edit not yet published, a
 * photo not yet on the site). The round trip: the copy, as text copied from the 公众号
 * page, imports back to the same title, credits, 三审 and body.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'htmlparser2';
import * as DomUtils from 'domutils';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDeskServer, type DeskServer } from '../../scripts/lib/desk/server.ts';
import { call, deskFixture, pageHeaders, signInAt } from '../support/desk-setup.ts';
import { importArticle } from '../../src/lib/import/import-article.ts';
import { SITE } from '../../src/site.config.ts';
import { cleanChildEnv, copyFixture, ROOT, runBuild, tempDir } from '../support/build.ts';

const NOW = '2026-11-22T12:00:00+08:00';
const ARTICLE = `---
kicker: 民生实事
title: 桃园社区长者食堂试运营
subtitle: 老人家门口吃上热乎饭
publishedAt: "2026-11-20 18:20"
source: 桃园社区居委会
authors: [韩雪]
correspondents: [周涛]
photographers: [周涛]
editor: 周子涵
community: taoyuan
cover: ./images/photo.jpg
coverAlt: 食堂门口的居民
coverFocus: 30% 40%
review: { first: 王丽, second: 李明, final: 张强 }
---

11月20日中午，桃园社区长者食堂开始试运营，30多个座位很快坐满了前来就餐的老人。

![老人们在长者食堂排队打饭](./images/photo.jpg "老人们在长者食堂排队打饭")

## 吃得好也吃得起

食堂每天供应午餐和晚餐，菜品每周更新，价格如下：

1. 两荤两素12元
2. 80岁以上老人每餐补贴3元

| 餐次 | 价格 |
| --- | --- |
| 午餐 | 12元 |

社区此前还组织了[义诊](/news/taoyuan-yizhen/)，详见[市民政局通知](https://mzj.example.gov.cn/tz/1.html)。
`;

const content = copyFixture('site-small');
writeFileSync(join(content, 'news/2024/taoyuan-zhangzhe-shitang.md'), ARTICLE);
const dist = join(tempDir('wechat'), 'dist');
const built = runBuild({ CONTENT_DIR: content, SITE_NOW: NOW, OUT_DIR: dist });
const out = tempDir('wechat-out');

function wechat(target: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['scripts/wechat.ts', target, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: cleanChildEnv({ CONTENT_DIR: content, SITE_NOW: NOW, OUT_DIR: dist, ...env }),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run wechat on a published article', () => {
  test('the build publishes and says so', () => expect(built.status, built.output).toBe(0));

  const run = wechat('taoyuan-zhangzhe-shitang');
  const file = join(out, 'taoyuan-zhangzhe-shitang.html');
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const nodes = parseDocument(html).children;
  const section = DomUtils.findOne((e) => e.name === 'section', nodes);

  test('writes the copy, says where, and what goes in the editor’s own fields', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('taoyuan-zhangzhe-shitang.html');
    expect(run.stdout).toContain('标题栏：桃园社区长者食堂试运营');
    expect(run.stdout).toContain('作者栏：韩雪');
    expect(run.stdout).toContain(`阅读原文（原文链接）：${SITE.url}news/taoyuan-zhangzhe-shitang/`);
  });

  test('every photo is the site’s public https JPEG copy, at most 1080 px wide, and the release holds it', async () => {
    const srcs = DomUtils.findAll((e) => e.name === 'img', nodes).map((img) => img.attribs['src'] ?? '');
    expect(srcs).toHaveLength(1);
    for (const src of srcs) {
      expect(src.startsWith(`${SITE.url}wechat/`)).toBe(true);
      const local = join(dist, new URL(src).pathname);
      const meta = await sharp(local).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.width).toBeLessThanOrEqual(1080);
      expect(meta.width).toBe(1080);
    }
  });

  test('the two covers are cut at 2.35:1 and square, around the focus the editor set', async () => {
    const wide = /封面（2\.35:1）：(\S+)/.exec(run.stdout)?.[1] ?? '';
    const square = /封面（方图）：(\S+)/.exec(run.stdout)?.[1] ?? '';
    const size = async (url: string) => sharp(join(dist, new URL(url).pathname)).metadata();
    const w = await size(wide);
    const s = await size(square);
    expect((w.width ?? 0) / (w.height ?? 1)).toBeCloseTo(2.35, 1);
    // 1200×800 photo: the square is its full height, never upscaled to 1080.
    expect([s.width, s.height]).toEqual([800, 800]);
  });

  test('only inline styles; links as 引用链接 footnotes with full addresses; the foot carries credits, 三审 and 原文链接', () => {
    const all = DomUtils.findAll(() => true, nodes).filter((el) => section && DomUtils.findAll(() => true, [section]).includes(el));
    expect(all.filter((el) => el.attribs['class'] !== undefined)).toEqual([]);
    expect(all.filter((el) => el.name === 'a')).toEqual([]);
    const text = section ? DomUtils.textContent(section) : '';
    expect(text).toContain('义诊[1]');
    expect(text).toContain(`[1] 义诊：${SITE.url}news/taoyuan-yizhen/`);
    expect(text).toContain('[2] 市民政局通知：https://mzj.example.gov.cn/tz/1.html');
    expect(text).toContain('初审：王丽　复审：李明　终审：张强');
    expect(text).toContain('1. 两荤两素12元');
    expect(text).toContain('来源：桃园社区居委会　2026年11月20日 18:20');
  });

  test('round trip: the copy as text copied from the 公众号 page imports to the same title, credits, 三审 and body', () => {
    const plain = (section && DomUtils.textContent(section)) || '';
    expect(plain).not.toBe('');
    // What a reader selecting the 公众号 page copies: the title, the account line, then the article.
    const blocks = DomUtils.findAll((e) => ['p', 'h2', 'td', 'th'].includes(e.name), section ? [section] : []).map((e) => DomUtils.textContent(e));
    const page = ['桃园社区长者食堂试运营', '原创 韩雪 桃园社区 2026年11月20日 18:20 广东', ...blocks].join('\n');
    const back = importArticle(page);
    expect(back.frontmatter).toMatchObject({
      title: '桃园社区长者食堂试运营',
      authors: ['韩雪'],
      correspondents: ['周涛'],
      photographers: ['周涛'],
      editor: '周子涵',
      review: { first: '王丽', second: '李明', final: '张强' },
    });
    for (const sentence of [
      '11月20日中午，桃园社区长者食堂开始试运营，30多个座位很快坐满了前来就餐的老人。',
      '食堂每天供应午餐和晚餐，菜品每周更新，价格如下：',
    ]) {
      expect(back.markdown).toContain(sentence);
    }
  });
});

describe('复制到公众号 at the desk (POST /api/wechat)', () => {
  let server: DeskServer;
  let origin: string;
  let session: { cookie: string; csrf: string };
  beforeAll(async () => {
    const fixture = await deskFixture(tempDir('wechat-desk'), 'main', { name: '王小编', password: '桃园社区-2025' }, relative(ROOT, content));
    server = await startDeskServer({
      ...fixture,
      repoDir: fixture.desk,
      branch: 'main',
      port: 0,
      page: '<!doctype html><title>编辑台</title>',
      live: dist,
      now: () => new Date(NOW),
    });
    origin = `http://127.0.0.1:${server.port}`;
    session = await signInAt(server.port, origin, '王小编', '桃园社区-2025');
  });
  afterAll(() => server.close());
  const ask = (slug: string, headers: Record<string, string> = {}) =>
    call(server.port, 'POST', '/api/wechat', { ...pageHeaders(origin), cookie: session.cookie, 'x-desk-csrf': session.csrf, ...headers }, { slug });

  test('gives a published article’s copy, both forms, and what goes in the editor’s fields', async () => {
    const { status, body } = await ask('taoyuan-zhangzhe-shitang');
    expect(status).toBe(200);
    const answer = body as { html: string; text: string; title: string; url: string; covers: { wide: string } };
    expect(answer.html).toContain(`src="${SITE.url}wechat/`);
    expect(answer.text).toContain('初审：王丽　复审：李明　终审：张强');
    expect(answer.title).toBe('桃园社区长者食堂试运营');
    expect(answer.url).toBe(`${SITE.url}news/taoyuan-zhangzhe-shitang/`);
    expect(answer.covers.wide).toMatch(/-wide\.jpg$/);
  });

  test('refuses a draft with the reason, a path for a slug, and a request without the session’s token', async () => {
    const draft = await ask('draft-zxqv-marker');
    expect(draft.status).toBe(422);
    expect((draft.body as { error: string }).error).toContain('还是草稿');
    expect((await ask('../../etc/passwd')).status).toBe(422);
    expect((await ask('taoyuan-zhangzhe-shitang', { 'x-desk-csrf': 'wrong' })).status).toBe(403);
  });
});

describe('npm run wechat refuses what is not ready, saying why', () => {
  test('a draft, a scheduled article and an unknown one', () => {
    const draft = wechat('draft-zxqv-marker');
    expect(draft.status).toBe(1);
    expect(draft.stderr).toContain('还是草稿');
    const scheduled = wechat('scheduled-zxqv-marker');
    expect(scheduled.status).toBe(1);
    expect(scheduled.stderr).toContain('定时在 2027年1月1日 08:00 发布');
    expect(wechat('no-such-article').stderr).toContain('找不到稿件');
  });

  test('an edit not yet published, and a photo the live site does not have yet', () => {
    const path = join(content, 'news/2024/taoyuan-zhangzhe-shitang.md');
    writeFileSync(path, ARTICLE.replace('title: 桃园社区长者食堂试运营', 'title: 桃园社区长者食堂正式运营'));
    const stale = wechat('taoyuan-zhangzhe-shitang');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('先发布');
    // The foot comes from the content folder: a 责任编辑 changed but not published must not reach the 公众号 either.
    writeFileSync(path, ARTICLE.replace('editor: 周子涵', 'editor: 赵六'));
    const foot = wechat('taoyuan-zhangzhe-shitang');
    expect(foot.status).toBe(1);
    expect(foot.stderr).toContain('和稿件不一样');
    writeFileSync(path, ARTICLE);
    const photo = DomUtils.findAll((e) => e.name === 'img', parseDocument(readFileSync(join(out, 'taoyuan-zhangzhe-shitang.html'), 'utf8')).children)[0];
    rmSync(join(dist, new URL(photo?.attribs['src'] ?? '').pathname));
    const missing = wechat('taoyuan-zhangzhe-shitang');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('照片 ./images/photo.jpg 还没有发布到网站');
  });
});
