/**
 * `npm run desk` over its own clone of a bare remote holding the sample content,
 * with one clerk account (张三), for a browser test to sign in to.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { childEnv, ROOT, tempDir } from '../../build/helpers.ts';

export interface RunningDesk {
  url: string;
  /** The desk's clone (where saves are committed). */
  clone: string;
  stop: () => void;
}

export const CLERK = '张三';
export const PASSWORD = 'zhang-san-2025';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

export async function startDesk(name: string): Promise<RunningDesk> {
  const dir = tempDir(name);
  const seed = join(dir, 'seed');
  const remote = join(dir, 'remote.git');
  const clone = join(dir, 'desk-clone');
  const clerks = join(dir, 'clerks.json');
  mkdirSync(seed);
  cpSync(join(ROOT, 'content'), join(seed, 'content'), { recursive: true });
  git(seed, 'init', '-q', '-b', 'main');
  git(seed, '-c', 'user.name=站长', '-c', 'user.email=site@localhost', 'add', '.');
  git(seed, '-c', 'user.name=站长', '-c', 'user.email=site@localhost', 'commit', '-q', '-m', 'sample');
  git(dir, 'clone', '-q', '--bare', seed, remote);
  const added = spawnSync(process.execPath, ['scripts/desk.ts', '--clerks', clerks, '--add-clerk', CLERK], { cwd: ROOT, env: childEnv({}), input: `${PASSWORD}\n`, encoding: 'utf8' });
  if (added.status !== 0) throw new Error(added.stdout + added.stderr);
  const desk: ChildProcess = spawn(process.execPath, ['scripts/desk.ts', '--remote', remote, '--dir', clone, '--port', '0', '--clerks', clerks], { cwd: ROOT, env: childEnv({}) });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`desk did not start:\n${out}`)), 90_000);
    const read = (d: Buffer) => {
      out += d.toString();
      const line = /^编辑台：(http:\/\/(?:localhost|127\.0\.0\.1):\d+\/)$/m.exec(out);
      if (line?.[1]) {
        clearTimeout(timer);
        resolve(line[1]);
      }
    };
    desk.stdout?.on('data', read);
    desk.stderr?.on('data', read);
  });
  return { url, clone, stop: () => desk.kill() };
}

/** Signs in as the test clerk on a page showing the desk. */
export async function signIn(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '登录编辑台' });
  await dialog.getByRole('textbox', { name: '姓名' }).fill(CLERK);
  await dialog.getByLabel('密码').fill(PASSWORD);
  await dialog.getByRole('button', { name: '进入编辑台' }).click();
  // Decap's own login screen of the proxy backend.
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('新闻').first().waitFor();
}
