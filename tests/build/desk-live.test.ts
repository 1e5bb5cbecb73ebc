/**
 * 已上线 after a save: the desk asks the resident publisher's report which commit it last
 * published and says a save is live when that commit holds the file as it was saved.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDeskServer, type DeskServer } from '../../scripts/lib/desk/server.ts';
import { call, deskFixture, git, pageHeaders, signInAt } from '../support/desk-setup.ts';
import { tempDir } from '../support/build.ts';

const BRANCH = 'main';
const CLERK = '王小编';
const PASSWORD = '桃园社区-2025';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let dir: string;
let bare: string;
let desk: string;
let report: string;
let servers: DeskServer[] = [];
let article: string;

async function askLive(server: DeskServer, path: string, id: string) {
  const origin = `http://127.0.0.1:${server.port}`;
  const session = await signInAt(server.port, origin, CLERK, PASSWORD);
  const query = `/api/live?path=${encodeURIComponent(path)}&id=${id}`;
  return call(server.port, 'GET', query, { ...pageHeaders(origin), cookie: session.cookie, 'x-desk-csrf': session.csrf });
}

/** What the publisher writes after a publish (scripts/lib/publisher/status.ts), with only the fields the desk reads. */
const published = (commit: string) => writeFileSync(report, JSON.stringify({ state: 'idle', commit, publishedAt: '2026-11-22T04:00:00.000Z' }));

beforeAll(async () => {
  dir = tempDir('desk-live');
  const fixture = await deskFixture(dir, BRANCH, { name: CLERK, password: PASSWORD });
  ({ bare, desk } = fixture);
  report = join(dir, 'publisher.json');
  article =
    git(desk, 'ls-files', 'content/news')
      .split('\n')
      .find((p) => p.endsWith('.md')) ?? '';
  const start = (publisher?: string) =>
    startDeskServer({
      repoDir: desk,
      branch: BRANCH,
      port: 0,
      page: '<!doctype html>',
      bundlePath: fixture.bundlePath,
      clerksFile: fixture.clerksFile,
      publisher,
    });
  servers = [await start(report), await start()];
});

afterAll(async () => {
  for (const server of servers) await server.close();
});

describe('已上线', () => {
  test('a save is live once the publisher has published a commit holding it as saved', async () => {
    const [server] = servers as [DeskServer];
    const text = readFileSync(join(desk, article), 'utf8');
    published(git(desk, 'rev-parse', 'HEAD'));
    expect((await askLive(server, article, sha256(text))).body).toEqual({ live: true, at: '2026-11-22T04:00:00.000Z', watching: true });
    // A newer save of the same file: not live until the publisher has published it.
    expect((await askLive(server, article, sha256(`${text}\n补记。\n`))).body).toEqual({ live: false, watching: true });
  });

  test('a commit the desk has not seen yet (another desk’s save, published) is fetched from the remote', async () => {
    const [server] = servers as [DeskServer];
    const other = join(dir, 'other');
    git(dir, 'clone', '--quiet', '--branch', BRANCH, bare, other);
    appendFileSync(join(other, article), '\n另一台编辑台的补记。\n');
    git(other, '-c', 'user.name=x', '-c', 'user.email=x@example.cn', 'commit', '--quiet', '-am', 'other desk');
    git(other, 'push', '--quiet', 'origin', BRANCH);
    published(git(other, 'rev-parse', 'HEAD'));
    const saved = readFileSync(join(other, article), 'utf8');
    expect((await askLive(server, article, sha256(saved))).body).toMatchObject({ live: true });
  });

  test('before the first publish, or without a publisher, it is not live; a desk without one says it is not watching', async () => {
    const [withReport, without] = servers as [DeskServer, DeskServer];
    writeFileSync(report, '{"state":"starting"}');
    const id = sha256(readFileSync(join(desk, article), 'utf8'));
    expect((await askLive(withReport, article, id)).body).toEqual({ live: false, watching: true });
    writeFileSync(report, 'not json');
    expect((await askLive(withReport, article, id)).body).toEqual({ live: false, watching: true });
    expect((await askLive(without, article, id)).body).toEqual({ live: false, watching: false });
  });

  test('refuses a path outside content/ and a malformed id', async () => {
    const [server] = servers as [DeskServer];
    expect((await askLive(server, '../../etc/passwd', sha256('x'))).status).toBe(422);
    expect((await askLive(server, 'content/../.git/config', sha256('x'))).status).toBe(422);
    expect((await askLive(server, article, 'HEAD')).status).toBe(422);
  });
});
