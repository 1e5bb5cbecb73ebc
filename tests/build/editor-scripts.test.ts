/**
 * The files editors really commit, through `npm run content:check` as they run
 * it: each case in its own file, named with the kind of message; `--fix`
 * round-trips what it can (GBK in, UTF-8 out, same text; HEIC in, JPEG out with
 * no location; a remote photo downloaded from a local server into images/).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { article, GBK_TEXT, outsideFile, writeEditorFiles } from '../support/editor-files.ts';
import { twoTonePhoto } from '../support/photos.ts';
import { ROOT } from '../../scripts/lib/repo-root.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/site-small');

/** Runs an editor script without blocking: the test's own photo server must answer meanwhile. */
function runScript(script: string, args: readonly string[], env: Record<string, string> = {}): Promise<{ status: number | null; lines: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env: { ...process.env, SITE_NOW: '2026-11-22T00:00:00+08:00', ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (status) => resolve({ status, lines: out.split('\n') }));
  });
}

const checkCli = (dir: string, ...args: string[]) => runScript('scripts/check-content.ts', [dir, ...args]);

// Each test runs a script in a child process: seconds, more on a busy machine.
describe('content:check on the files editors commit', { timeout: 60_000 }, async () => {
  const dir = join(tmpdir(), `shequ-editor-files-${process.pid}`);
  const news = join(dir, 'news/2024');
  const images = join(news, 'images');
  const photo = await twoTonePhoto();
  const requests: { url: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    if (req.url?.startsWith('/mmbiz_png/')) {
      res.writeHead(200, { 'content-type': 'image/png' });
      void sharp(photo)
        .png()
        .toBuffer()
        .then((png) => res.end(png));
    } else {
      res.writeHead(403).end('hot-linking refused');
    }
  });
  let origin = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    cpSync(FIXTURE, dir, { recursive: true });
    await writeEditorFiles(dir, origin);
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
    rmSync(outsideFile(dir), { force: true });
    rmSync(outsideFile(dir, 'jpg'), { force: true });
  });

  test('names every file with the kind of problem, and nothing for the good ones', async () => {
    const { status, lines } = await checkCli(dir);
    expect(status).toBe(1);
    const about = (name: string) => lines.filter((l) => l.includes(`news/2024/${name}:`)).map((l) => l.slice(l.indexOf(`${name}:`) + name.length + 2));
    expect(about('gbk-notepad.md')).toEqual([expect.stringMatching(/^encoding: 文件是 GB18030\/GBK 编码.*npm run content:check -- --fix/)]);
    expect(about('utf16-wps.md')).toEqual([expect.stringMatching(/^encoding: 文件是 UTF-16 编码/)]);
    expect(about('bom-crlf.md')).toEqual([]);
    expect(about('binary-junk.md')).toEqual([expect.stringMatching(/^file: 这不是文本文件/)]);
    expect(about('too-large.md')).toEqual([expect.stringMatching(/^file: 文件有 1.0\d MB，超过 1 MB 的上限/)]);
    expect(about('link-outside.md')).toEqual([expect.stringMatching(/^file: 这是指向内容文件夹以外（.*-outside\.md）的链接/)]);
    expect(about('link-broken.md')).toEqual(['file: 这是一个失效的链接（symlink），指向的文件不存在——请删去它，或换成文件本身']);
    expect(about('photo-link-outside.md')).toEqual([
      expect.stringMatching(/^body（第 9 行）: 图片“.\/images\/linked.jpg”是指向内容文件夹以外（.*-outside\.jpg）的链接/),
    ]);
    expect(about('photos-good.md')).toEqual([]);
    expect(about('photo-truncated.md')).toEqual([
      expect.stringMatching(/^body（第 9 行）: 图片文件“.\/images\/cut-short.jpg”不完整（只有 \d+ (?:KB|字节)，文件在中途断了/),
    ]);
    expect(about('photo-empty.md')).toEqual([expect.stringMatching(/^body（第 9 行）: 图片文件“.\/images\/empty.jpg”是空的/)]);
    expect(about('photo-not-image.md')).toEqual([expect.stringMatching(/^body（第 9 行）: 图片文件“.\/images\/notes.jpg”打不开/)]);
    expect(about('photo-png-as-jpg.md')).toEqual([
      expect.stringMatching(/^body（第 9 行）: 提醒：图片文件“.\/images\/screenshot.jpg”的扩展名是 .jpg，内容却是 PNG/),
    ]);
    expect(about('photo-case.md')).toEqual([
      'body（第 9 行）: 图片路径“./images/Group-Photo.jpg”与文件“./images/group-photo.jpg”只差字母大小写——在 Windows 和苹果电脑上能找到，服务器上会找不到；请把路径改成“./images/group-photo.jpg”',
    ]);
    expect(about('photo-heic.md')).toEqual([
      expect.stringMatching(/^cover: 图片“.\/images\/IMG_2024.HEIC”是苹果手机的 HEIC 格式/),
      expect.stringMatching(/^body（第 11 行）: 图片“.\/images\/IMG_2024.HEIC”是苹果手机的 HEIC 格式/),
    ]);
    expect(about('photo-jfif.md')).toEqual([
      expect.stringMatching(/^body（第 9 行）: 图片“.\/images\/微信图片_20240602.jfif”的扩展名 .jfif 网站不认——运行 npm run content:check -- --fix 改成 .jpg/),
    ]);
    expect(about('photo-heic-space.md')).toEqual([expect.stringMatching(/^body（第 9 行）: 图片“.\/images\/phone%20photo.heic”是苹果手机的 HEIC 格式/)]);
    expect(about('photo-remote.md')).toEqual([
      expect.stringMatching(/^body（第 9 行）: 图片“http:\/\/127.0.0.1:\d+\/mmbiz_png\/.*”在别的网站上.*下载到 .*news\/2024\/images\//),
      expect.stringMatching(/^body（第 11 行）: 图片“http:\/\/127.0.0.1:\d+\/refused.jpg”在别的网站上/),
    ]);
    expect(requests).toEqual([]);
  });

  test('--fix converts, downloads and rewrites, losing nothing; what it cannot fix is still reported', async () => {
    const { lines } = await checkCli(dir, '--fix');
    const read = (name: string) => readFileSync(join(news, name), 'utf8');
    // GBK in, UTF-8 out, the same text.
    expect(read('gbk-notepad.md')).toBe(GBK_TEXT);
    expect(lines).toContainEqual(
      expect.stringMatching(/已转成 UTF-8：.*gbk-notepad.md（原为 GB18030\/GBK）——请看一眼第一行是否正常：“title: 银杏苑社区：网格员守好“最小单元””/),
    );
    expect(read('utf16-wps.md')).toBe(article('两字节编码的稿件'));
    // HEIC in, JPEG out, upright, without the phone's location; both references follow.
    expect(existsSync(join(images, 'IMG_2024.HEIC'))).toBe(false);
    const jpeg = await sharp(join(images, 'IMG_2024.jpg')).metadata();
    expect([jpeg.format, jpeg.width, jpeg.height, jpeg.exif]).toEqual(['jpeg', 300, 200, undefined]);
    expect(read('photo-heic.md')).toContain('cover: ./images/IMG_2024.jpg');
    expect(read('photo-heic.md')).toContain('![居民合影](./images/IMG_2024.jpg "居民合影")');
    // Renamed and converted, the references spelled as before (`%20` stays `%20`).
    expect(read('photo-jfif.md')).toContain('![照片](./images/微信图片_20240602.jpg "照片")');
    expect(existsSync(join(images, '微信图片_20240602.jpg'))).toBe(true);
    expect(read('photo-heic-space.md')).toContain('![居民](./images/phone%20photo.jpg)');
    expect((await sharp(join(images, 'phone photo.jpg')).metadata()).format).toBe('jpeg');
    expect(lines).toContainEqual(expect.stringMatching(/^自动修好了 7 处/));
    // The PNG saved as .jpg is a JPEG now.
    expect((await sharp(join(images, 'screenshot.jpg')).metadata()).format).toBe('jpeg');
    // WeChat's photo downloaded without a Referer, named after the article, alt and caption kept.
    expect(requests.map((r) => [r.url.replace(/\?.*/, ''), r.headers.referer])).toEqual([
      ['/mmbiz_png/AbC123/640', undefined],
      ['/refused.jpg', undefined],
    ]);
    expect(read('photo-remote.md')).toContain('![志愿者合影](./images/photo-remote-1.png "志愿者合影")');
    expect((await sharp(join(images, 'photo-remote-1.png')).metadata()).format).toBe('png');
    expect(lines).toContainEqual(
      expect.stringMatching(/没能修好 .*photo-remote.md：下载 http:\/\/127.0.0.1:\d+\/refused.jpg 失败：网站拒绝了下载（HTTP 403）/),
    );
    // The second check, after the fixes: only what needs a person is left.
    const after = lines.slice(lines.findIndex((l) => l.startsWith('自动修好了')));
    const errors = after.filter((l) => l.includes('news/2024/') && !l.includes('提醒'));
    expect(errors.map((l) => l.replace(/^.*news\/2024\/([^:]+):.*$/, '$1')).sort()).toEqual([
      'binary-junk.md',
      'link-broken.md',
      'link-outside.md',
      'photo-case.md',
      'photo-empty.md',
      'photo-link-outside.md',
      'photo-not-image.md',
      'photo-remote.md',
      'photo-truncated.md',
      'too-large.md',
    ]);
    expect(readdirSync(images).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  test('npm run import downloads the photos of a WeChat page beside the article; a refused one stays on the list', async () => {
    requests.length = 0;
    const page = join(dir, '..', `shequ-wechat-${process.pid}.html`);
    writeFileSync(
      page,
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>楼门口议事会</title></head><body>
<h1 class="rich_media_title" id="activity-name">桃园社区楼门口议事会解决雨棚难题</h1>
<em id="publish_time">2024-07-15 19:02</em>
<div class="rich_media_content" id="js_content">
<p>7月12日傍晚，桃园社区5号楼楼下，一场“楼门口议事会”正在进行，二十多位居民围坐在一起商量雨棚加装的事。</p>
<p><img data-src="${origin}/mmbiz_png/XyZ/640?wx_fmt=png" data-type="png"></p>
<p>▲居民在楼下围坐议事</p>
<p>议题由居民提，方案由居民定，结果由居民评，今年已经解决了楼道堆物、电动车充电等问题二十七件。</p>
<p><img data-src="${origin}/mmbiz_jpg/refused/640?wx_fmt=jpeg"></p>
<p>▲议事会现场</p>
</div></body></html>`,
    );
    const { status, lines } = await runScript('scripts/import-news.ts', [page, '--community', 'taoyuan'], { CONTENT_DIR: dir });
    rmSync(page);
    expect(status).toBe(0);
    const [, folder = '', written = ''] = /news\/([a-z0-9]+)\/([a-z0-9-]+)\.md/.exec(lines[0] ?? '') ?? [];
    expect(written).not.toBe('');
    const articleDir = join(dir, 'news', folder);
    const markdown = readFileSync(join(articleDir, `${written}.md`), 'utf8');
    expect(markdown).toContain(`![居民在楼下围坐议事](./images/${written}-1.jpg "居民在楼下围坐议事")`);
    // Saved under the name the Markdown uses, as a JPEG, fetched without a Referer.
    expect((await sharp(join(articleDir, 'images', `${written}-1.jpg`)).metadata()).format).toBe('jpeg');
    expect(requests.map((r) => r.headers.referer)).toEqual([undefined, undefined]);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`已下载 .*mmbiz_png.* → .*news/${folder}/images/${written}-1\\.jpg`)));
    expect(lines).toContainEqual(expect.stringMatching(/下载 .*refused.* 失败：网站拒绝了下载（HTTP 403）/));
    // The refused one is still on the editor's list, with where it came from.
    expect(lines.filter((l) => l.includes(`${written}-2.jpg`))).toEqual([expect.stringContaining('refused')]);
    expect(existsSync(join(articleDir, 'images', `${written}-2.jpg`))).toBe(false);
  });
});
