/**
 * `npm run desk [-- --remote URL] [--dir DIR] [--branch main] [--port 4330]
 *   [--clerks FILE] [--public-url https://desk.example.cn] [--live DIR|URL] [--publisher FILE|URL]`:
 * the editing desk for one office computer. It works in its own clone of the
 * site's repository (DIR, default `.desk/site`), which it clones from REMOTE
 * (default: this repository's `origin`) or brings up to date, builds the
 * browser bundle once, and serves the desk on loopback (127.0.0.1 and [::1]).
 * Clerks sign in with accounts from the clerks file (default `.desk/clerks.json`);
 * it refuses to start without one. When ready it prints one line:
 * `编辑台：http://localhost:PORT/`.
 *
 * 复制到公众号 reads the published site: the site's own address, or `--live` (a release
 * folder on this machine, or another address). With `--publisher` (the resident
 * publisher's `.releases/publisher.json`, a path or an address) a save says 已上线 once
 * the publisher has published it.
 *
 * `npm run desk -- --add-clerk NAME` (asks for the password), `--remove-clerk NAME`
 * and `--list-clerks` manage the accounts and exit.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { t } from '../src/i18n/zh-CN.ts';
import { deskConfig } from '../src/lib/desk/decap-config.ts';
import { checkContent } from '../src/lib/check/check-all.ts';
import { readEnv } from '../src/env.ts';
import { filesIn, readContent } from '../src/node/content-files.ts';
import { addClerk, listClerks, removeClerk, requireClerks } from './lib/desk/access/clerk-commands.ts';
import { readNewPassword } from './lib/desk/access/read-password.ts';
import { parsePublicUrl } from './lib/desk/access/request-checks.ts';
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
    options: {
      remote: { type: 'string' },
      dir: { type: 'string' },
      branch: { type: 'string' },
      port: { type: 'string' },
      clerks: { type: 'string' },
      'public-url': { type: 'string' },
      live: { type: 'string' },
      publisher: { type: 'string' },
      'add-clerk': { type: 'string' },
      'remove-clerk': { type: 'string' },
      'list-clerks': { type: 'boolean' },
    },
  });
  const clerksFile = resolve(values.clerks ?? join(root, '.desk', 'clerks.json'));
  if (values['add-clerk'] !== undefined) return console.log(await addClerk(clerksFile, values['add-clerk'], (name, min) => readNewPassword(name, min)));
  if (values['remove-clerk'] !== undefined) return console.log(removeClerk(clerksFile, values['remove-clerk']));
  if (values['list-clerks'] === true) return console.log(listClerks(clerksFile));
  // Both refusals before the clone and the bundle, which take a while.
  requireClerks(clerksFile, values.clerks);
  const publicUrl = values['public-url'];
  if (publicUrl !== undefined) parsePublicUrl(publicUrl);
  const remote = values.remote ?? originOf(root);
  const dir = resolve(values.dir ?? join(root, '.desk', 'site'));
  const branch = values.branch ?? 'main';
  const port = Number(values.port ?? 4330);
  // Publish states (定时, 草稿) and the year a new article is filed under follow SITE_NOW when set.
  const { clock, siteNow } = readEnv();
  await ensureClone({ remote, dir, branch });
  const repo = openDeskRepo({ repoDir: dir, branch, now: clock });
  // Interrupted saves recovered, the remote caught up with, waiting saves pushed: said, never fatal.
  for (const line of await readyClone(repo)) console.log(line);
  keepPushing(repo);
  const bundlePath = await buildDeskBundle(join(root, '.desk', 'bundle'));
  const topics = knownTopics(join(dir, 'content'), clock());
  const page = deskPage(deskConfig({ topics, branch }), await readPreviewCss(root), siteNow);
  const server = await startDeskServer({
    repoDir: dir,
    branch,
    port,
    page,
    bundlePath,
    clerksFile,
    publicUrl,
    repo,
    live: values.live,
    publisher: values.publisher,
  });
  // localhost only when both loopback addresses are the desk's (listen.ts says why).
  console.log(t('desk.ready', { url: server.url }));
}

/** Topics clerks pick from: those in topics.yaml and those articles use, by their current names. */
function knownTopics(contentDir: string, now: Date): string[] {
  const { content } = checkContent(readContent(contentDir, contentDir), { now, ...filesIn(contentDir) });
  const used = content.news.flatMap((n) => n.data.topics ?? []).map((name) => content.topics.resolve(name).name);
  return [...new Set([...content.topics.names(), ...used])].sort((a, b) => a.localeCompare(b, 'zh-CN'));
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
