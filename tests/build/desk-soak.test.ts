/**
 * The desk under a day's worth of trouble at once: 200 saves from 4 clerks,
 * requests given up at random, the desk killed (kill -9) now and then, and a
 * remote that refuses pushes for a while. Afterwards every save the desk
 * called 已发布 is on the remote, every 待推送 one gets there once the remote
 * takes pushes again, and the desk's clone is clean.
 */
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ensureClone } from '../../scripts/lib/desk/git.ts';
import { BRANCH, deskApi, git, makeRemote, persistParams, signIn, startDeskProcess, stopProcess, type DeskProcess } from '../support/desk-harness.ts';

const SAVES = 200;
const CLIENTS = 4;

test('200 saves from 4 clients with random interruptions and a remote that sometimes refuses', async () => {
  const remote = await makeRemote('desk-soak');
  const refuse = join(remote.bare, 'refuse');
  writeFileSync(
    join(remote.bare, 'hooks/pre-receive'),
    '#!/bin/sh\nif [ -e "$GIT_DIR/refuse" ]; then echo "remote is refusing pushes" >&2; exit 1; fi\nexit 0\n',
  );
  chmodSync(join(remote.bare, 'hooks/pre-receive'), 0o755);
  const dir = join(remote.dir, 'desk');
  await ensureClone({ remote: remote.bare, dir, branch: BRANCH });

  const published: string[] = [];
  const pending: string[] = [];
  const outcomes = new Map<string, number>();
  let desk: DeskProcess = await startDeskProcess({ repoDir: dir, clerksFile: remote.clerksFile, pushEveryMs: 60_000 });
  let restarting: Promise<void> | undefined;
  let done = 0;

  const restart = async () => {
    await stopProcess(desk.child, 'SIGKILL');
    desk = await startDeskProcess({ repoDir: dir, clerksFile: remote.clerksFile, pushEveryMs: 60_000 });
  };

  const client = async (n: number) => {
    const path = `content/news/2026/soak-${n}.md`;
    // Sessions live in the desk's memory: after a restart the clerk signs in again.
    let session: { desk: DeskProcess; headers: Record<string, string> } | undefined;
    while (done < SAVES) {
      const i = done++;
      if (i % 23 === 22) rmSync(refuse, { force: true });
      if (i % 37 === 36) writeFileSync(refuse, '');
      if (i % 50 === 49 && restarting === undefined) restarting = restart().finally(() => (restarting = undefined));
      await restarting;
      const controller = new AbortController();
      const giveUp = Math.random() < 0.15 ? setTimeout(() => controller.abort(), Math.random() * 200) : undefined;
      const raw = `---\ntitle: 压力测试 ${n} 第 ${i} 次\ndraft: true\n---\n第 ${i} 次保存的正文。\n`;
      if (session?.desk !== desk) {
        const current = desk;
        const headers = await signIn(current.port, `文员${n}`).catch(() => undefined);
        if (headers === undefined) {
          outcomes.set('sign-in failed', (outcomes.get('sign-in failed') ?? 0) + 1);
          continue;
        }
        session = { desk: current, headers };
      }
      const answer = await deskApi(desk.port, session.headers)('persistEntry', persistParams(path, raw), { signal: controller.signal }).catch(() => undefined);
      clearTimeout(giveUp);
      const body = answer?.body as { state?: string; save?: string } | undefined;
      const kind = answer === undefined ? 'interrupted' : `${answer.status} ${body?.state ?? ''}`;
      outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
      if (answer?.status === 200 && body?.save !== undefined) (body.state === 'published' ? published : pending).push(body.save);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
  await restarting;

  const onRemote = () => git(remote.dir, '--git-dir', remote.bare, 'log', '--format=%B', BRANCH);
  // Every 已发布 save is on the remote already, whatever happened after it.
  const now = onRemote();
  expect(published.filter((s) => !now.includes(`Desk-Save: ${s}`))).toEqual([]);

  // The remote takes pushes again; a restart (as every morning) pushes what waits.
  rmSync(refuse, { force: true });
  await stopProcess(desk.child);
  desk = await startDeskProcess({ repoDir: dir, clerksFile: remote.clerksFile });
  await stopProcess(desk.child);
  const after = onRemote();
  expect(pending.filter((s) => !after.includes(`Desk-Save: ${s}`))).toEqual([]);
  expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  expect(git(dir, 'rev-parse', 'HEAD')).toBe(git(remote.dir, '--git-dir', remote.bare, 'rev-parse', BRANCH));
  console.log('desk soak outcomes', Object.fromEntries(outcomes));
  expect(published.length + pending.length).toBeGreaterThan(SAVES / 2);
  expect(pending.length).toBeGreaterThan(0);
}, 600_000);
