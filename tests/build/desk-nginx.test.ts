/**
 * The desk behind real nginx with the shipped proxy lines (deploy/nginx/desk.conf
 * and desk-proxy.conf), over plain HTTP on loopback: a clerk signs in and saves
 * through nginx, the commit carries the account's name, and the checks that
 * keep other pages and other local accounts out still hold behind the proxy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { startDeskServer, type DeskServer } from '../../scripts/lib/desk/server.ts';
import { freePort, startNginx } from '../../scripts/lib/browser/nginx.ts';
import { call, deskFixture, git, pageHeaders, signInAt } from '../support/desk-setup.ts';
import { ROOT, tempDir } from '../support/build.ts';

const BRANCH = 'main';
const CLERK = '周编辑';
const PASSWORD = 'zhou-bianji-8';

/**
 * desk.conf as a test server block: plain HTTP on 127.0.0.1:`port` instead of
 * TLS on 443, loopback let through its office-network `allow`s, and the proxy
 * snippet (its proxy_pass pointed at the test's desk) included from `dir`.
 */
function testDeskConfig(dir: string, port: number, deskPort: number): string {
  const snippet = join(dir, 'desk-proxy.conf');
  const proxy = readFileSync(join(ROOT, 'deploy/nginx/desk-proxy.conf'), 'utf8');
  writeFileSync(snippet, proxy.replace('proxy_pass http://127.0.0.1:4330;', `proxy_pass http://127.0.0.1:${deskPort};`));
  const conf = readFileSync(join(ROOT, 'deploy/nginx/desk.conf'), 'utf8')
    .replace(/^\s*listen \[::\]:443 ssl;\n/m, '')
    .replace('listen 443 ssl;', `listen 127.0.0.1:${port};`)
    .replace(/^\s*ssl_\w+ [^;]+;\n/gm, '')
    .replace(/^(\s*)allow /m, '$1allow 127.0.0.1;\n$1allow ')
    .replace('/etc/nginx/snippets/shequ-desk-proxy.conf', snippet);
  for (const shipped of ['proxy_set_header Host $host;', 'deny all;', `include ${snippet};`])
    if (!conf.includes(shipped) && !proxy.includes(shipped)) throw new Error(`desk.conf lost: ${shipped}`);
  return conf;
}

describe('the desk behind nginx (deploy/nginx/desk.conf)', () => {
  let dir: string;
  let bare: string;
  let desk: DeskServer;
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  let origin: string;
  let port: number;

  beforeAll(async () => {
    dir = tempDir('desk-nginx');
    const fixture = await deskFixture(dir, BRANCH, { name: CLERK, password: PASSWORD });
    bare = fixture.bare;
    port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    desk = await startDeskServer({
      repoDir: fixture.desk,
      branch: BRANCH,
      port: 0,
      page: '<!doctype html><title>编辑台</title>',
      bundlePath: fixture.bundlePath,
      clerksFile: fixture.clerksFile,
      publicUrl: origin,
    });
    nginx = await startNginx(testDeskConfig(dir, port, desk.port), port);
  });

  afterAll(async () => {
    await nginx?.close();
    await desk?.close();
  });

  const v1 = (headers: Record<string, string>, action: string, params: Record<string, unknown>) =>
    call(port, 'POST', '/api/v1', { ...pageHeaders(origin), ...headers }, { action, params: { branch: BRANCH, ...params } });
  const article = (photo: string) => ({
    dataFiles: [
      {
        path: 'content/news/2026/nginx-zhuanfa.md',
        slug: '2026/nginx-zhuanfa',
        raw: '---\ntitle: 经反向代理保存的稿件\npublishedAt: 2026-01-05 10:00\nsource: 本站讯\ndraft: true\n---\n正文。\n\n![一张大照片](images/big.jpg "说明")\n',
      },
    ],
    assets: [{ path: 'content/news/2026/images/big.jpg', content: photo, encoding: 'base64' }],
    options: { newEntry: true, collectionName: 'news', useWorkflow: false, hasSubfolders: true, unpublished: false, status: 'draft' },
  });

  test('signs in and saves an article with a photo larger than nginx’s default body limit, committed in the account’s name', async () => {
    const session = await signInAt(port, origin, CLERK, PASSWORD);
    expect(session.answer.status).toBe(200);
    // Over nginx's 1 MB default, so only the shipped client_max_body_size lets it through.
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .jpeg({ quality: 95 })
      .toBuffer();
    expect(photo.length).toBeGreaterThan(1024 * 1024);
    const saved = await v1({ cookie: session.cookie, 'x-desk-csrf': session.csrf }, 'persistEntry', article(photo.toString('base64')));
    expect(saved).toMatchObject({ status: 200, body: { message: 'entry persisted' } });
    expect(git(dir, '--git-dir', bare, 'log', '-1', '--format=%an|%s', BRANCH)).toBe(`${CLERK}|编辑台：保存草稿 新闻 2026/nginx-zhuanfa`);
  });

  test('refuses a request without the session, with a wrong token, and from a foreign Origin', async () => {
    const session = await signInAt(port, origin, CLERK, PASSWORD);
    const read = { path: 'content/news/2026/nginx-zhuanfa.md' };
    expect(await v1({}, 'getEntry', read)).toMatchObject({ status: 401, body: { error: t('desk.error.signIn') } });
    expect(await v1({ cookie: session.cookie, 'x-desk-csrf': `${session.csrf.slice(1)}x` }, 'getEntry', read)).toMatchObject({
      status: 403,
      body: { error: t('desk.error.csrf') },
    });
    expect(await v1({ cookie: session.cookie, 'x-desk-csrf': session.csrf, origin: 'https://evil.example' }, 'getEntry', read)).toMatchObject({
      status: 403,
      body: { error: t('desk.error.forbiddenHost') },
    });
    expect((await v1({ cookie: session.cookie, 'x-desk-csrf': session.csrf }, 'getEntry', read)).status).toBe(200);
  });

  test('a local account going straight to the desk with nginx’s Host and Origin still needs a session', async () => {
    for (const host of [`127.0.0.1:${port}`, '127.0.0.1']) {
      const answer = await call(
        desk.port,
        'POST',
        '/api/v1',
        { host, origin },
        { action: 'getEntry', params: { branch: BRANCH, path: 'content/news/2026/nginx-zhuanfa.md' } },
      );
      expect(answer).toMatchObject({ status: 401, body: { error: t('desk.error.signIn') } });
    }
  });
});
