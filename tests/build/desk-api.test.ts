/**
 * The editing desk's server driven the way Decap drives it (`POST /api/v1`),
 * over a real clone whose remote is a local bare repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { startDeskServer, type DeskServer } from '../../scripts/lib/desk/server.ts';
import { addClerk, removeClerk } from '../../scripts/lib/desk/access/clerk-commands.ts';
import { call, deskFixture, git, pageHeaders, signInAt } from '../support/desk-setup.ts';
import { cleanChildEnv, ROOT, tempDir } from '../support/build.ts';

const BRANCH = 'main';
const CLERK = '王小编';
const PASSWORD = '桃园社区-2025';
const PAGE = '<!doctype html><title>编辑台</title>';

let dir: string;
let bare: string;
let desk: string;
let clerksFile: string;
let server: DeskServer;
let origin: string;
let session: { cookie: string; csrf: string };

const remoteLog = (format: string) => git(desk, '--git-dir', bare, 'log', '-1', `--format=${format}`, BRANCH);
const head = () => git(desk, 'rev-parse', 'HEAD');
const read = (path: string) => readFileSync(join(desk, path), 'utf8');
const lines = (...l: string[]) => l.join('\n');

/** A POST the way the desk's page sends it, signed in; `headers` overrides Host, Origin, the cookie or the token. */
async function api(action: string, params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const base = { ...pageHeaders(origin), cookie: session.cookie, 'x-desk-csrf': session.csrf };
  const { status, body } = await call(server.port, 'POST', '/api/v1', { ...base, ...headers }, { action, params: { branch: BRANCH, ...params } });
  return { status, body };
}

const persist = (path: string, raw: string, assets: { path: string; content: string }[] = [], newEntry = true) =>
  api('persistEntry', {
    dataFiles: [{ path, slug: path.replace(/^content\/news\/|\.md$/g, ''), raw }],
    assets: assets.map((a) => ({ ...a, encoding: 'base64' })),
    options: { newEntry, commitMessage: 'Create 新闻', collectionName: 'news', useWorkflow: false, hasSubfolders: true, unpublished: false, status: 'draft' },
  });

const deskFixtureClerk = (name: string, password: string) => addClerk(clerksFile, name, async () => password);

const contentCheck = () =>
  spawnSync(process.execPath, ['scripts/check-content.ts', join(desk, 'content')], { cwd: ROOT, encoding: 'utf8', env: cleanChildEnv({}) });

beforeAll(async () => {
  dir = tempDir('desk');
  const fixture = await deskFixture(dir, BRANCH, { name: CLERK, password: PASSWORD });
  ({ bare, desk, clerksFile } = fixture);
  server = await startDeskServer({ repoDir: desk, branch: BRANCH, port: 0, page: PAGE, bundlePath: fixture.bundlePath, clerksFile });
  origin = `http://127.0.0.1:${server.port}`;
  session = await signInAt(server.port, origin, CLERK, PASSWORD);
});

afterAll(async () => {
  await server?.close();
});

describe('the desk serves its page on loopback', () => {
  test('answers /, /desk.js and /favicon.ico', async () => {
    const url = `${origin}/`;
    expect(server.urls[0]).toBe(url);
    expect(await (await fetch(url)).text()).toBe(PAGE);
    expect(await (await fetch(`${url}desk.js`)).text()).toBe('window.DESK = 1;');
    expect((await fetch(`${url}favicon.ico`)).status).toBe(204);
  });

  test('lists and reads entries as decap-server does', async () => {
    const info = await api('info', {});
    expect(info.body).toEqual({ repo: 'desk', publish_modes: ['simple'], type: 'local_fs' });
    const list = await api('entriesByFolder', { folder: 'content/news', extension: 'md', depth: 2 });
    const paths = (list.body as { file: { path: string } }[]).map((e) => e.file.path);
    expect(paths).toContain('content/news/2024/taoyuan-yizhen.md');
    const entry = (await api('getEntry', { path: 'content/news/2024/taoyuan-yizhen.md' })).body as { data: string; file: { id: string } };
    expect(entry.data).toBe(read('content/news/2024/taoyuan-yizhen.md'));
    expect(entry.file.id).toMatch(/^[0-9a-f]{64}$/);
    const media = (await api('getMedia', { mediaFolder: 'content/news/2024/images' })).body as { name: string; encoding: string }[];
    expect(media.map((m) => [m.name, m.encoding])).toEqual([['photo.jpg', 'base64']]);
  });
});

describe('publishing an article', () => {
  test('writes the project’s front matter, names the photo <slug>-1.jpg, commits as the clerk and pushes', async () => {
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 140, b: 200 } } })
      .jpeg()
      .toBuffer();
    const raw = lines(
      '---',
      'title: 桃园社区新电梯投入使用',
      'publishedAt: 2026-03-08 09:30',
      'community: taoyuan',
      'topics:',
      '  - 加装电梯',
      '  - 老旧小区改造',
      'review:',
      '  first: 初审甲',
      '  second: 复审乙',
      '  final: 终审丙',
      'draft: false',
      'source: 本站讯',
      '---',
      '居民排队乘电梯。',
      '',
      '![居民排队乘电梯](images/IMG_2041.JPG "新电梯投入使用（摄影 张三）")',
    );
    const answer = await persist('content/news/2026/xin-dianti.md', raw, [
      { path: 'content/news/2026/images/IMG_2041.JPG', content: photo.toString('base64') },
    ]);
    expect(answer).toMatchObject({ status: 200, body: { message: 'entry persisted', state: 'published' } });

    expect(read('content/news/2026/xin-dianti.md')).toBe(
      lines(
        '---',
        'title: 桃园社区新电梯投入使用',
        'publishedAt: 2026-03-08 09:30',
        'source: 本站讯',
        'community: taoyuan',
        'topics: [加装电梯, 老旧小区改造]',
        'review:',
        '  first: 初审甲',
        '  second: 复审乙',
        '  final: 终审丙',
        '---',
        '',
        '居民排队乘电梯。',
        '',
        '![居民排队乘电梯](./images/xin-dianti-1.jpg "新电梯投入使用（摄影 张三）")',
        '',
      ),
    );
    expect(readFileSync(join(desk, 'content/news/2026/images/xin-dianti-1.jpg')).equals(photo)).toBe(true);
    expect(existsSync(join(desk, 'content/news/2026/images/IMG_2041.JPG'))).toBe(false);
    expect(remoteLog('%an <%ae>|%s')).toBe(`${CLERK} <desk@localhost>|编辑台：发布 新闻 2026/xin-dianti`);
    expect(git(desk, '--git-dir', bare, 'show', '--name-only', '--format=', BRANCH).split('\n').sort()).toEqual([
      'content/news/2026/images/xin-dianti-1.jpg',
      'content/news/2026/xin-dianti.md',
    ]);
    expect(git(desk, 'status', '--porcelain')).toBe('');
    const check = contentCheck();
    expect(check.stdout + check.stderr).toContain('0 个错误');
    expect(check.status).toBe(0);
  });

  test('takes a later save that still names the photo as uploaded (Decap’s open form) for the renamed file', async () => {
    const path = 'content/news/2026/xin-dianti.md';
    const stale = read(path).replace('桃园社区新电梯投入使用', '桃园社区两部新电梯投入使用').replace('./images/xin-dianti-1.jpg', 'images/IMG_2041.JPG');
    expect((await persist(path, stale, [], false)).status).toBe(200);
    expect(read(path)).toContain('![居民排队乘电梯](./images/xin-dianti-1.jpg "新电梯投入使用（摄影 张三）")');
    expect(read(path)).toContain('title: 桃园社区两部新电梯投入使用\n');
  });

  test('refuses an entry with a content error in the checker’s words and writes nothing', async () => {
    const before = head();
    const raw = lines(
      '---',
      'title: 错误的社区',
      'publishedAt: 2026-03-08 09:30',
      'source: 本站讯',
      'community: nowhere',
      'review:',
      '  first: 甲',
      '  second: 乙',
      '  final: 丙',
      '---',
      '正文',
    );
    const answer = await persist('content/news/2026/bad-community.md', raw);
    expect(answer.status).toBe(422);
    expect((answer.body as { error: string }).error).toBe(
      `内容检查未通过：\ncontent/news/2026/bad-community.md: community: ${t('check.unknownCommunity', { value: 'nowhere' })}`,
    );
    // The same problem, for the form to show at its field (#32).
    expect((answer.body as { problems: unknown }).problems).toEqual([
      {
        file: 'content/news/2026/bad-community.md',
        field: 'community',
        message: t('check.unknownCommunity', { value: 'nowhere' }),
        severity: 'error',
        own: true,
      },
    ]);
    expect(existsSync(join(desk, 'content/news/2026/bad-community.md'))).toBe(false);
    expect(head()).toBe(before);
    expect(git(desk, 'status', '--porcelain')).toBe('');
  });

  test('refuses to publish without 终审, and saves the same article as a draft', async () => {
    const review = ['review:', '  first: 甲', '  second: 乙'];
    const raw = (draft: string[]) => lines('---', 'title: 待终审的稿件', 'publishedAt: 2026-03-09 10:00', 'source: 本站讯', ...review, ...draft, '---', '正文');
    const before = head();
    const refused = await persist('content/news/2026/dai-zhongshen.md', raw([]));
    expect(refused.status).toBe(422);
    expect((refused.body as { error: string }).error).toContain(
      `content/news/2026/dai-zhongshen.md: review.final: ${t('check.requiredToPublish.review.final')}`,
    );
    expect(head()).toBe(before);

    const saved = await persist('content/news/2026/dai-zhongshen.md', raw(['draft: true']));
    expect(saved.status).toBe(200);
    expect(read('content/news/2026/dai-zhongshen.md')).toContain('\ndraft: true\n');
    expect(remoteLog('%s')).toBe('编辑台：保存草稿 新闻 2026/dai-zhongshen');
    expect(contentCheck().status).toBe(0);
  });
});

describe('saving an existing article', () => {
  const PATH = 'content/news/2024/taoyuan-yizhen.md';
  const decapRewrite = (final: string) =>
    lines(
      '---',
      'title: 桃园社区义诊',
      'publishedAt: 2024-06-01 09:00:00',
      'community: taoyuan',
      'review:',
      '  first: 测试甲',
      '  second: 测试乙',
      `  final: ${final}`,
      'source: 本站讯',
      '---',
      '社区卫生站开展义诊，详见[食堂开张](/news/taoyuan-shitang/)。',
    );

  test('leaves the file byte-identical and commits nothing when Decap only rewrote its front matter', async () => {
    const original = read(PATH);
    const before = head();
    expect(await persist(PATH, decapRewrite('测试丙'), [], false)).toMatchObject({ status: 200, body: { message: 'entry persisted', state: 'unchanged' } });
    expect(read(PATH)).toBe(original);
    expect(head()).toBe(before);
  });

  test('changes only the edited value and commits it as an update', async () => {
    const original = read(PATH);
    expect((await persist(PATH, decapRewrite('测试丁'), [], false)).status).toBe(200);
    expect(read(PATH)).toBe(original.replace('final: 测试丙', 'final: 测试丁'));
    expect(remoteLog('%an|%s')).toBe(`${CLERK}|编辑台：更新 新闻 2024/taoyuan-yizhen`);
  });

  test('keeps the commit when the remote is unreachable, says it waits to be pushed, and pushes with the next save', async () => {
    git(desk, 'remote', 'set-url', 'origin', join(dir, 'gone.git'));
    const answer = await persist(PATH, decapRewrite('测试戊'), [], false);
    expect(answer).toMatchObject({ status: 200, body: { state: 'pending' } });
    expect(git(desk, 'log', '-1', '--format=%s')).toBe('编辑台：更新 新闻 2024/taoyuan-yizhen');
    const status = (await api('deskStatus', {})).body as { waiting: { subject: string; clerk: string }[] };
    expect(status.waiting).toMatchObject([{ subject: '编辑台：更新 新闻 2024/taoyuan-yizhen', clerk: CLERK }]);
    git(desk, 'remote', 'set-url', 'origin', bare);
    expect((await persist(PATH, decapRewrite('测试戊'), [], false)).status).toBe(200);
    expect(git(desk, '--git-dir', bare, 'rev-parse', BRANCH)).toBe(head());
  });
});

describe('deleting', () => {
  test('takes an article down as a draft (kept, off the site), unless another article links to it', async () => {
    const linked = await api('deleteFiles', { paths: ['content/news/2024/taoyuan-shitang.md'] });
    expect(linked.status).toBe(422);
    expect((linked.body as { error: string }).error).toContain(
      'content/news/2024/taoyuan-yizhen.md: body（第 9 行）: 链接“/news/taoyuan-shitang/”指向尚未发布的稿件',
    );
    expect(read('content/news/2024/taoyuan-shitang.md')).not.toContain('draft: true');

    const original = read('content/news/2026/xin-dianti.md');
    const taken = await api('deleteFiles', { paths: ['content/news/2026/xin-dianti.md'] });
    expect(taken).toMatchObject({ status: 200, body: { state: 'published' } });
    expect(read('content/news/2026/xin-dianti.md')).toBe(original.replace('  final: 终审丙\n', '  final: 终审丙\ndraft: true\n'));
    expect(remoteLog('%an|%s')).toBe(`${CLERK}|编辑台：撤下 新闻 2026/xin-dianti`);
    expect(contentCheck().status).toBe(0);
  });

  test('deletes only photos no article shows', async () => {
    const inUse = await api('deleteFile', { path: 'content/news/2024/images/photo.jpg' });
    expect(inUse.status).toBe(422);
    expect((inUse.body as { error: string }).error).toContain('taoyuan-shitang.md: cover: 找不到图片文件“./images/photo.jpg”');
    expect(existsSync(join(desk, 'content/news/2024/images/photo.jpg'))).toBe(true);

    // A photo a draft showed, then no longer does.
    const spare = (
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
        .jpeg()
        .toBuffer()
    ).toString('base64');
    const holder = 'content/news/2024/spare-holder.md';
    const draft = (body: string) => `---\ntitle: 占位草稿\npublishedAt: 2024-05-01\ndraft: true\n---\n${body}\n`;
    expect((await persist(holder, draft('![备用](./images/spare.jpg)'), [{ path: 'content/news/2024/images/spare.jpg', content: spare }])).status).toBe(200);
    expect((await persist(holder, draft('不再用照片。'), [], false)).status).toBe(200);
    const unused = await api('deleteFiles', { paths: ['content/news/2024/images/spare-holder-1.jpg', 'content/news/2024/images/never-was.jpg'] });
    expect(unused.status).toBe(200);
    expect(existsSync(join(desk, 'content/news/2024/images/spare-holder-1.jpg'))).toBe(false);
    expect(remoteLog('%an|%s')).toBe(`${CLERK}|编辑台：删除 content/news/2024/images/spare-holder-1.jpg`);
    expect(git(desk, 'status', '--porcelain')).toBe('');
  });
});

describe('what the desk refuses', () => {
  test.each([
    ['getEntry', { path: '../../etc/passwd' }],
    ['getEntry', { path: 'src/site.config.ts' }],
    ['entriesByFolder', { folder: 'content/../scripts', extension: 'ts', depth: 1 }],
    ['getMedia', { mediaFolder: '/etc' }],
    ['deleteFile', { path: 'package.json' }],
    ['persistMedia', { asset: { path: '../escape.jpg', content: '' } }],
  ])('%s %j: a path outside content/', async (action, params) => {
    const answer = await api(action, params);
    expect(answer.status).toBe(422);
    expect((answer.body as { error: string }).error).toMatch(/^只能读写 content 文件夹里的文件：/);
  });

  test('an upload onto an article, or over a photo already there', async () => {
    const article = await api('persistMedia', { asset: { path: 'content/news/2024/taoyuan-yizhen.md', content: 'eA==' } });
    expect(article.status).toBe(422);
    expect((article.body as { error: string }).error).toMatch(/^这里只能放照片/);
    // Photos go up with their article only: the media library's own upload has no article to name them after.
    const loose = await api('persistMedia', {
      asset: {
        path: 'content/news/2024/images/photo.jpg',
        content: (
          await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
            .jpeg()
            .toBuffer()
        ).toString('base64'),
      },
    });
    expect(loose.status).toBe(422);
    expect((loose.body as { error: string }).error).toBe(t('desk.error.mediaNeedsEntry'));
  });

  test('a save that would break another article (its link to this one) is refused, naming that article', async () => {
    const path = 'content/news/2024/taoyuan-shitang.md';
    const original = read(path);
    const answer = await persist(path, original.replace('title: 桃园社区食堂开张', 'title: 桃园社区食堂开张\ndraft: true'), [], false);
    expect(answer.status).toBe(422);
    expect((answer.body as { error: string }).error).toContain(
      'content/news/2024/taoyuan-yizhen.md: body（第 9 行）: 链接“/news/taoyuan-shitang/”指向尚未发布的稿件',
    );
    expect(read(path)).toBe(original);
  });

  test('a new article over an existing one', async () => {
    const original = read('content/news/2024/taoyuan-yizhen.md');
    const answer = await persist('content/news/2024/taoyuan-yizhen.md', '---\ntitle: 同名\n---\n');
    expect(answer).toEqual({ status: 422, body: { error: '已经有一篇同名的稿件，请换一个网址短名：content/news/2024/taoyuan-yizhen.md' } });
    expect(read('content/news/2024/taoyuan-yizhen.md')).toBe(original);
  });

  test('a save outside content/ or outside a collection', async () => {
    expect((await persist('scripts/evil.md', '---\ntitle: x\n---\n')).status).toBe(422);
    expect((await persist('content/evil.md', '---\ntitle: x\n---\n')).status).toBe(422);
    expect(existsSync(join(desk, 'content/evil.md'))).toBe(false);
  });

  test.each([
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['a foreign Host (DNS rebinding)', { host: `evil.example:1` }],
    ['another site’s page', { 'sec-fetch-site': 'cross-site' }],
  ])('%s', async (_what, headers) => {
    const answer = await api('getEntry', { path: 'content/news/2024/taoyuan-yizhen.md' }, headers);
    expect(answer).toEqual({ status: 403, body: { error: t('desk.error.forbiddenHost') } });
  });

  test.each([
    ['a write', 'deleteFile', { path: 'content/news/2024/taoyuan-yizhen.md' }],
    ['a read (drafts stay inside)', 'getEntry', { path: 'content/news/2024/taoyuan-yizhen.md' }],
  ])('%s without a session, or with the old clerk-name cookie', async (_what, action, params) => {
    const before = head();
    for (const cookie of ['', 'desk_clerk=%E7%8E%8B', 'desk_session=forged']) {
      expect(await api(action, params, { cookie })).toEqual({ status: 401, body: { error: t('desk.error.signIn') } });
    }
    expect(existsSync(join(desk, 'content/news/2024/taoyuan-yizhen.md'))).toBe(true);
    expect(head()).toBe(before);
  });

  test.each([
    ['no token', { 'x-desk-csrf': '' }],
    ['another token', { 'x-desk-csrf': 'A'.repeat(43) }],
  ])('a request with the session but %s (another page riding the cookie)', async (_what, headers) => {
    expect(await api('getEntry', { path: 'content/news/2024/taoyuan-yizhen.md' }, headers)).toEqual({ status: 403, body: { error: t('desk.error.csrf') } });
  });
});

describe('signing in', () => {
  const session = (method: string, headers: Record<string, string>, body?: unknown) =>
    call(server.port, method, '/api/session', { ...pageHeaders(origin), ...headers }, body);

  test('gives an HttpOnly, same-site session cookie and the token; GET answers the same after a reload', async () => {
    const fresh = await signInAt(server.port, origin, `  ${CLERK} `, PASSWORD);
    expect(fresh.answer.status).toBe(200);
    expect(fresh.answer.body).toEqual({ name: CLERK, csrf: fresh.csrf });
    expect(fresh.csrf).toMatch(/^[\w-]{43}$/);
    expect(fresh.answer.headers['set-cookie']).toEqual([expect.stringMatching(/^desk_session=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/$/)]);
    expect((await session('GET', { cookie: fresh.cookie })).body).toEqual({ name: CLERK, csrf: fresh.csrf });
    expect((await session('GET', {})).status).toBe(401);
  });

  test('says the same for an unknown name and a wrong password', async () => {
    const wrong = await signInAt(server.port, origin, CLERK, 'not-the-password');
    const unknown = await signInAt(server.port, origin, '李四', PASSWORD);
    expect(wrong.answer).toMatchObject({ status: 401, body: { error: t('desk.error.badLogin') } });
    expect(unknown.answer).toMatchObject({ status: 401, body: wrong.answer.body });
    expect(wrong.answer.headers['set-cookie']).toBeUndefined();
  });

  test('locks a name for a while after repeated wrong passwords, even with the right one', async () => {
    await deskFixtureClerk('赵六', 'zhao-liu-password');
    for (let i = 0; i < 3; i++) expect((await signInAt(server.port, origin, '赵六', `wrong-${i}-password`)).answer.status).toBe(401);
    const locked = await signInAt(server.port, origin, '赵六', 'zhao-liu-password');
    expect(locked.answer).toMatchObject({ status: 429, body: { error: t('desk.error.locked', { seconds: 1 }) } });
    // Other names from the same address are not locked out.
    expect((await signInAt(server.port, origin, CLERK, PASSWORD)).answer.status).toBe(200);
  });

  test.each([
    ['without an Origin (a form another page posts)', { origin: '' }],
    ['from another site', { origin: 'http://evil.example' }],
    ['as a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses a sign-in %s', async (_what, headers) => {
    const { origin: o, ...rest } = headers as Record<string, string>;
    const base = pageHeaders(origin);
    const answer = await call(
      server.port,
      'POST',
      '/api/session',
      { host: base.host, ...(o === '' ? {} : { origin: o ?? base.origin }), ...rest },
      { name: CLERK, password: PASSWORD },
    );
    expect(answer).toMatchObject({ status: 403, body: { error: t('desk.error.forbiddenHost') } });
  });

  test('signing out needs the token, then ends the session', async () => {
    const mine = await signInAt(server.port, origin, CLERK, PASSWORD);
    expect((await session('DELETE', { cookie: mine.cookie })).status).toBe(403);
    const out = await session('DELETE', { cookie: mine.cookie, 'x-desk-csrf': mine.csrf });
    expect(out.status).toBe(200);
    expect(out.headers['set-cookie']).toEqual([expect.stringContaining('desk_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0')]);
    expect((await session('GET', { cookie: mine.cookie })).status).toBe(401);
    expect((await api('getEntry', { path: 'content/news/2024/taoyuan-yizhen.md' }, { cookie: mine.cookie, 'x-desk-csrf': mine.csrf })).status).toBe(401);
  });

  test('a removed account’s session ends at once', async () => {
    await deskFixtureClerk('钱七', 'qian-qi-password');
    const theirs = await signInAt(server.port, origin, '钱七', 'qian-qi-password');
    expect((await session('GET', { cookie: theirs.cookie })).status).toBe(200);
    removeClerk(clerksFile, '钱七');
    expect((await session('GET', { cookie: theirs.cookie })).status).toBe(401);
  });
});

describe('listening on IPv4 and IPv6 loopback', () => {
  /** A port held on [::1] by another program, or undefined when this machine has no IPv6 loopback. */
  const squat = () =>
    new Promise<{ port: number; close: () => void } | undefined>((resolve) => {
      const squatter = createServer();
      squatter.once('error', () => resolve(undefined));
      squatter.listen({ port: 0, host: '::1', ipv6Only: true }, () =>
        resolve({ port: (squatter.address() as { port: number }).port, close: () => squatter.close() }),
      );
    });

  test('answers on http://[::1]:PORT/ too, and prints localhost only then', async (context) => {
    if (server.urls.length === 1) {
      console.log('skipped: this machine has no IPv6 loopback (::1); the desk printed', server.url);
      expect(server.url).toBe(`${origin}/`);
      return context.skip();
    }
    expect(server.urls).toEqual([`${origin}/`, `http://[::1]:${server.port}/`]);
    expect(server.url).toBe(`http://localhost:${server.port}/`);
    expect(await (await fetch(`http://[::1]:${server.port}/`)).text()).toBe(PAGE);
  });

  test('refuses to start when another program holds [::1] on its port', async (context) => {
    const squatter = await squat();
    if (squatter === undefined) {
      console.log('skipped: this machine has no IPv6 loopback (::1) to squat');
      return context.skip();
    }
    try {
      const starting = startDeskServer({ repoDir: desk, branch: BRANCH, port: squatter.port, page: PAGE, bundlePath: join(dir, 'desk.js'), clerksFile });
      await expect(starting).rejects.toThrow(t('desk.listen.taken', { address: `[::1]:${squatter.port}` }));
      // It let go of 127.0.0.1 again.
      await expect(fetch(`http://127.0.0.1:${squatter.port}/`)).rejects.toThrow();
    } finally {
      squatter.close();
    }
  });
});
