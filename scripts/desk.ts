/**
 * `npm run desk [-- --remote URL] [--dir DIR] [--branch main] [--port 4330]`:
 * the editing desk for one office computer. It works in its own clone of the
 * site's repository (DIR, default `.desk/site`), which it clones from REMOTE
 * (default: this repository's `origin`) or brings up to date, builds the
 * browser bundle once, and serves the desk on 127.0.0.1 only. When ready it
 * prints one line: `编辑台：http://localhost:PORT/`.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { t } from '../src/i18n/zh-CN.ts';
import { deskConfig } from '../src/lib/desk/decap-config.ts';
import { checkContent } from '../src/lib/check/check-content.ts';
import { filesIn, readContent } from '../src/node/content-files.ts';
import { buildDeskBundle } from './lib/desk/bundle.ts';
import { ensureClone } from './lib/desk/git.ts';
import { openDeskRepo } from './lib/desk/repo.ts';
import { keepPushing, readyClone } from './lib/desk/startup.ts';
import { deskPage } from './lib/desk/page.ts';
import { readPreviewCss } from './lib/desk/preview-css.ts';
import { startDeskServer } from './lib/desk/server.ts';

const root = resolve(import.meta.dirname, '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { remote: { type: 'string' }, dir: { type: 'string' }, branch: { type: 'string' }, port: { type: 'string' } },
  });
  const remote = values.remote ?? originOf(root);
  const dir = resolve(values.dir ?? join(root, '.desk', 'site'));
  const branch = values.branch ?? 'main';
  const port = Number(values.port ?? 4330);
  await ensureClone({ remote, dir, branch });
  const repo = openDeskRepo({ repoDir: dir, branch });
  // Interrupted saves recovered, the remote caught up with, waiting saves pushed: said, never fatal.
  for (const line of await readyClone(repo)) console.log(line);
  keepPushing(repo);
  const bundlePath = await buildDeskBundle(join(root, '.desk', 'bundle'));
  const topics = knownTopics(join(dir, 'content'));
  const page = deskPage(deskConfig({ topics, branch }), await readPreviewCss(root));
  const server = await startDeskServer({ repoDir: dir, branch, port, page, bundlePath, repo });
  // The server listens on 127.0.0.1 and answers to localhost too: the name clerks type.
  console.log(t('desk.ready', { url: `http://localhost:${server.port}/` }));
}

/** Topics clerks pick from: those in topics.yaml and those articles use, by their current names. */
function knownTopics(contentDir: string): string[] {
  const { model } = checkContent(readContent(contentDir, contentDir), { now: new Date(), ...filesIn(contentDir) });
  const used = model.news.flatMap((n) => n.data.topics ?? []).map((name) => model.topics.resolve(name).name);
  return [...new Set([...model.topics.names(), ...used])].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** The remote this repository pulls from: the desk pushes where the server pulls. */
function originOf(repo: string): string {
  try {
    return execFileSync('git', ['remote', 'get-url', 'origin'], { cwd: repo, encoding: 'utf8' }).trim();
  } catch {
    throw new Error(t('desk.noRemote'));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
