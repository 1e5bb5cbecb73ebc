/**
 * A desk for a browser test: a bare remote seeded with the sample content, a
 * clerk account made as a site owner makes it, and `npm run desk`'s script on
 * a free port, signed in from a 1366×768 page.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { childEnv, ROOT, tempDir } from '../../build/helpers.ts';
import { launchBrowser } from './browser.ts';

export const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

export interface TestDesk {
  dir: string;
  remote: string;
  /** The desk's own clone, where saves are written. */
  clone: string;
  url: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export const CLERK = '张三';
export const PASSWORD = 'zhang-san-2025';

export async function startDesk(label: string, viewport = { width: 1366, height: 768 }): Promise<TestDesk> {
  const dir = tempDir(label);
  const remote = join(dir, 'remote.git');
  const clone = join(dir, 'desk-clone');
  const clerks = join(dir, 'clerks.json');
  const seed = join(dir, 'seed');
  mkdirSync(seed);
  cpSync(join(ROOT, 'content'), join(seed, 'content'), { recursive: true });
  git(seed, 'init', '-q', '-b', 'main');
  git(seed, '-c', 'user.name=站长', '-c', 'user.email=site@localhost', 'add', '.');
  git(seed, '-c', 'user.name=站长', '-c', 'user.email=site@localhost', 'commit', '-q', '-m', 'sample');
  git(dir, 'clone', '-q', '--bare', seed, remote);

  const added = spawnSync(process.execPath, ['scripts/desk.ts', '--clerks', clerks, '--add-clerk', CLERK], { cwd: ROOT, env: childEnv({}), input: `${PASSWORD}\n`, encoding: 'utf8' });
  if (!(added.stdout + added.stderr).includes(`已添加编辑账号“${CLERK}”`)) throw new Error(`no clerk account:\n${added.stdout}${added.stderr}`);
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
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(url);
  const dialog = page.getByRole('dialog', { name: '登录编辑台' });
  await dialog.getByRole('textbox', { name: '姓名' }).fill(CLERK);
  await dialog.getByLabel('密码').fill(PASSWORD);
  await dialog.getByRole('button', { name: '进入编辑台' }).click();
  // Decap's own 登录 button of the proxy backend.
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('新闻').first().waitFor();
  return {
    dir,
    remote,
    clone,
    url,
    browser,
    page,
    async close() {
      await browser.close();
      desk.kill();
    },
  };
}
