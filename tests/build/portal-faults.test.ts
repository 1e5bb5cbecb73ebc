/**
 * The portal against members that misbehave (docs/district.md): each fault is served by a small
 * HTTP server standing in for a member, and the real `npm run portal` is built against it. A
 * member down, serving garbage or with its clock ahead never stops the portal: the report names
 * the member and the problem, the page says which data is an older copy, and nothing that is not
 * published yet reaches the portal.
 */
import { createServer, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanChildEnv, ROOT, tempDir } from '../support/build.ts';
import { freePort } from '../../scripts/lib/browser/nginx.ts';
import { runPortal, type PortalRun } from '../../scripts/lib/portal/run-portal.ts';
import { siteManifest, type ArticleFacts } from '../../src/lib/district/manifest.ts';
import { validateRss } from '../../src/lib/feeds/rss-validate.ts';
import { toRfc822China } from '../../src/lib/china-time.ts';
import type { PortalMember } from '../../src/lib/district/config.ts';

const NOW = '2026-12-06T10:00:00+08:00';
const LATER = '2026-12-20T10:00:00+08:00';

interface Story {
  slug: string;
  title: string;
  at: string;
}

/** What a stand-in member serves: its stories, or a fault in place of its manifest or feed. */
interface Behaviour {
  stories: Story[];
  manifest?: string | undefined;
  feed?: string | undefined;
}

let port: number;
let server: Server;
const behaviour = new Map<string, Behaviour>();
let dir: string;

const urlOf = (id: string) => `http://127.0.0.1:${port}/${id}/`;
const facts = (id: string, s: Story): ArticleFacts => ({
  title: s.title,
  url: `${urlOf(id)}news/${s.slug}/`,
  publishedAt: new Date(s.at),
  summary: s.title,
  topics: [],
});

function manifestOf(id: string, stories: Story[]): string {
  const news = stories.map((s) => facts(id, s));
  return JSON.stringify(
    siteManifest({
      name: `${id} 新闻`,
      level: 'community',
      url: urlOf(id),
      builtAt: new Date(NOW),
      counts: { news: news.length, communities: 1, honors: 0 },
      lead: news[0],
      news,
      notices: [],
      feed: `${urlOf(id)}rss.xml`,
      searchIndex: `${urlOf(id)}pagefind/`,
      pagefindVersion: '1.6.0',
    }),
  );
}

function feedOf(id: string, stories: Story[]): string {
  const items = stories.map((s) => {
    const link = `${urlOf(id)}news/${s.slug}/`;
    const date = toRfc822China(new Date(s.at));
    const guid = `<guid isPermaLink="true">${link}</guid>`;
    return `<item><title>${s.title}</title><link>${link}</link>${guid}<description>${s.title}</description><pubDate>${date}</pubDate></item>`;
  });
  const channel = `<title>${id}</title><description>${id}</description><link>${urlOf(id)}</link>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>${channel}${items.join('')}</channel></rss>`;
}

const members: PortalMember[] = [
  { id: 'alpha', name: '甲社区', level: 'community', url: '' },
  { id: 'beta', name: '乙社区', level: 'community', url: '' },
];

async function build(now = NOW): Promise<PortalRun & { home: string; feed: string; page: (id: string) => string }> {
  const run = await runPortal(dir, { name: '测试区门户', url: 'https://portal.example.cn/', members: members.map((m) => ({ ...m, url: urlOf(m.id) })) }, now);
  const read = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
  return { ...run, home: read('index.html'), feed: read('rss.xml'), page: (id) => read(`members/${id}/index.html`) };
}

beforeAll(async () => {
  dir = tempDir('portal-faults');
  port = await freePort();
  server = createServer((req, res) => {
    const [, id, file] = /^\/([a-z]+)\/(.*)$/.exec(req.url ?? '') ?? [];
    const b = behaviour.get(id ?? '');
    if (!b || !id) return void res.writeHead(503).end();
    if (file === 'site-manifest.json') return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(b.manifest ?? manifestOf(id, b.stories));
    if (file === 'rss.xml') return void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(b.feed ?? feedOf(id, b.stories));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});

afterAll(() => {
  server?.close();
});

const ALPHA: Story[] = [
  { slug: 'alpha-one', title: '甲社区开展冬季义诊', at: '2026-12-01T09:00:00+08:00' },
  { slug: 'alpha-two', title: '甲社区老年食堂开张', at: '2026-11-20T09:00:00+08:00' },
];
const BETA: Story[] = [{ slug: 'beta-one', title: '乙社区垃圾分类积分兑换', at: '2026-12-02T09:00:00+08:00' }];

describe('a member that is down', async () => {
  test('on the portal’s first build: the others are published, the report and its page say it is missing', async () => {
    behaviour.clear();
    behaviour.set('alpha', { stories: ALPHA });
    const run = await build();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`乙社区（${urlOf('beta')}）: 站点清单 ${urlOf('beta')}site-manifest.json 无法读取：HTTP 503`);
    expect(run.output).toContain('还没有取到过这个站点的数据');
    expect(run.output).toContain('1 个已更新，0 个沿用上次的数据，1 个暂缺');
    expect(run.home).toContain('甲社区开展冬季义诊');
    expect(run.page('beta')).toContain('暂时无法连接这个站点');
  });

  test('after it was once fetched: its last good copy is shown, marked 数据更新于', async () => {
    behaviour.set('beta', { stories: BETA });
    expect((await build()).status).toBe(0);
    behaviour.delete('beta');
    const run = await build(LATER);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/乙社区.*本次未能更新，门户沿用 2026年12月6日 10:00 取到的数据/);
    expect(run.home).toContain('乙社区垃圾分类积分兑换');
    expect(run.home).toContain('数据更新于 2026年12月6日 10:00');
    expect(run.page('beta')).toContain('下面是 2026年12月6日 10:00 取到的内容');
    expect(run.page('alpha')).not.toContain('数据更新于');
  });
});

describe('a member serving garbage keeps its last good copy, and the report names the problem', async () => {
  beforeAll(async () => {
    behaviour.set('alpha', { stories: ALPHA });
    behaviour.set('beta', { stories: BETA });
    expect((await build()).status).toBe(0);
  });

  test.each([
    [
      'a manifest that is not JSON',
      (): Partial<Behaviour> => ({ manifest: '<html>502 Bad Gateway</html>' }),
      /站点清单 .*site-manifest\.json 无法读取：Unexpected token/,
    ],
    [
      'a manifest with a bad field',
      (): Partial<Behaviour> => ({ manifest: JSON.stringify({ ...JSON.parse(manifestOf('beta', BETA)), level: 'city' }) }),
      /站点清单 .*内容不合格式：level: Invalid option/,
    ],
    [
      'a manifest of another version',
      (): Partial<Behaviour> => ({ manifest: JSON.stringify({ ...JSON.parse(manifestOf('beta', BETA)), version: 2 }) }),
      /站点清单 .*内容不合格式：version: /,
    ],
    ['a runaway manifest', (): Partial<Behaviour> => ({ manifest: ' '.repeat(1_100_000) }), /站点清单 .*无法读取：larger than 1000000 bytes/],
    ['a feed that is not RSS', (): Partial<Behaviour> => ({ feed: '<html><body>oops</body></html>' }), /订阅源 .*rss\.xml 无法使用：not an RSS 2\.0 feed/],
    [
      'a feed with an item without a link',
      (): Partial<Behaviour> => ({ feed: feedOf('beta', BETA).replace(/<link>[^<]*<\/link><guid[^>]*>[^<]*<\/guid>/, '') }),
      /订阅源 .*无法使用：item 1: link missing or invalid/,
    ],
  ])('%s', async (_, fault, message) => {
    // Made when the test runs: the stand-in's port is known only then.
    behaviour.set('beta', { stories: BETA, ...fault() });
    const run = await build();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(new RegExp(`乙社区（${urlOf('beta')}）: ${message.source}`));
    expect(run.output).toContain('1 个已更新，1 个沿用上次的数据，0 个暂缺');
    expect(run.home).toContain('乙社区垃圾分类积分兑换');
    expect(run.home).toContain('数据更新于');
    expect(validateRss(run.feed, 'https://portal.example.cn/rss.xml').problems).toEqual([]);
  });
});

describe('what members publish, the portal follows', async () => {
  test('a member whose clock runs ahead: its articles from the future are not shown before their time', async () => {
    const ahead: Story = { slug: 'beta-future', title: '乙社区元旦联欢会圆满举行', at: '2026-12-31T19:00:00+08:00' };
    behaviour.set('alpha', { stories: ALPHA });
    behaviour.set('beta', { stories: [ahead, ...BETA] });
    const early = await build(LATER);
    expect(early.status, early.output).toBe(0);
    expect(early.feed).not.toContain(ahead.title);
    expect(early.home).not.toContain(ahead.title);
    expect(early.page('beta')).not.toContain(ahead.title);
    const due = await build('2027-01-01T09:00:00+08:00');
    expect(due.feed).toContain(ahead.title);
    expect(due.home).toContain(ahead.title);
  });

  test('an article a member removed is gone from the portal at its next build', async () => {
    behaviour.set('alpha', { stories: ALPHA });
    behaviour.set('beta', { stories: BETA });
    expect((await build()).feed).toContain('甲社区老年食堂开张');
    behaviour.set('alpha', { stories: ALPHA.slice(0, 1) });
    const run = await build();
    expect(run.feed).not.toContain('甲社区老年食堂开张');
    expect(run.home).not.toContain('甲社区老年食堂开张');
    expect(run.page('alpha')).not.toContain('甲社区老年食堂开张');
  });

  test('the merged feed keeps each member’s GUIDs and lists a story two members share once', async () => {
    const shared: Story = { slug: 'alpha-one', title: '甲社区开展冬季义诊', at: '2026-12-01T09:00:00+08:00' };
    behaviour.set('alpha', { stories: ALPHA });
    // 乙 carries 甲's story under its own address, as a 街道 reposts a 社区's.
    behaviour.set('beta', { stories: [...BETA, shared] });
    const run = await build();
    const guids = [...run.feed.matchAll(/<guid isPermaLink="true">([^<]*)<\/guid>/g)].map((m) => m[1]);
    expect(guids.sort()).toEqual([`${urlOf('alpha')}news/alpha-one/`, `${urlOf('alpha')}news/alpha-two/`, `${urlOf('beta')}news/beta-one/`].sort());
    expect(run.feed).toContain(`<source url="${urlOf('beta')}rss.xml">乙社区</source>`);
  });
});

test('a portal configuration without members stops with what to write where', async () => {
  const run = await runPortal(tempDir('portal-empty'), { name: '空门户', url: 'https://portal.example.cn/', members: [] }, NOW);
  expect(run.status).not.toBe(0);
  expect(run.output).toMatch(/members/);
});

describe('the portal’s own build, attacked', () => {
  test('two builds at once: one publishes, the other is refused with who holds the site, and nothing half-built is live', async () => {
    behaviour.set('alpha', { stories: ALPHA });
    behaviour.set('beta', { stories: BETA });
    const [a, b] = await Promise.all([
      build(),
      runPortal(dir, { name: '测试区门户', url: 'https://portal.example.cn/', members: members.map((m) => ({ ...m, url: urlOf(m.id) })) }, NOW),
    ]);
    const outputs = [a.output, b.output];
    expect([a.status, b.status].sort()).toEqual([0, 1]);
    expect(outputs.join('\n')).toMatch(/另一个构建（进程 \d+）正在发布这个站点/);
    expect(a.home).toContain('甲社区开展冬季义诊');
  });

  test('killed mid-build, the live portal stays whole and the next build publishes', async () => {
    const before = realpathSync(join(dir, 'dist'));
    const child = spawn(process.execPath, ['scripts/portal.ts'], {
      cwd: ROOT,
      env: cleanChildEnv({ SITE_CONFIG: join(dir, 'portal.json'), OUT_DIR: join(dir, 'dist'), SITE_NOW: NOW }),
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    expect(realpathSync(join(dir, 'dist'))).toBe(before);
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toContain('甲社区开展冬季义诊');
    const next = await build();
    expect(next.status, next.output).toBe(0);
    expect(realpathSync(join(dir, 'dist'))).not.toBe(before);
  });
});
