/**
 * A desk for a browser test: a bare remote seeded with the sample content, a
 * clerk account made as a site owner makes it (`--add-clerk`, the password
 * piped in), and `npm run desk`'s script on a free port.
 *
 *   startDesk(label, clerk?)      the desk process → { dir, remote, clone, clerks, url, stop }
 *   signIn(page, clerk?, pw?)     our sign-in form, then Decap's list
 *   openDesk(browser, label, options?)  both, in a page of `browser` (1366×768 unless told)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { cleanChildEnv, ROOT, tempDir } from '../../support/build.ts';
import { seededRemote } from '../../support/seeded-remote.ts';

export const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

export const CLERK = '张三';
export const PASSWORD = 'zhang-san-2025';

export interface RunningDesk {
  dir: string;
  remote: string;
  /** The desk's own clone, where saves are written. */
  clone: string;
  /** The accounts file. */
  clerks: string;
  url: string;
  stop: () => void;
}

export async function startDesk(label: string, clerk = CLERK, extraArgs: readonly string[] = []): Promise<RunningDesk> {
  const dir = tempDir(label);
  const clone = join(dir, 'desk-clone');
  const clerks = join(dir, 'clerks.json');
  const { bare: remote } = seededRemote(dir, { content: 'content', committer: '站长' });

  const added = spawnSync(process.execPath, ['scripts/desk.ts', '--clerks', clerks, '--add-clerk', clerk], {
    cwd: ROOT,
    env: cleanChildEnv({}),
    input: `${PASSWORD}\n`,
    encoding: 'utf8',
  });
  if (!(added.stdout + added.stderr).includes(`已添加编辑账号“${clerk}”`)) throw new Error(`no clerk account:\n${added.stdout}${added.stderr}`);
  const desk = spawn(process.execPath, ['scripts/desk.ts', '--remote', remote, '--dir', clone, '--port', '0', '--clerks', clerks, ...extraArgs], {
    cwd: ROOT,
    env: cleanChildEnv({}),
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`desk did not start:\n${out}`)), 90_000);
    const read = (d: Buffer) => {
      out += d.toString();
      // localhost when both 127.0.0.1 and [::1] are the desk's; 127.0.0.1 on a machine without IPv6.
      const line = /^编辑台：(http:\/\/(?:localhost|127\.0\.0\.1):\d+\/)$/m.exec(out);
      if (line?.[1]) {
        clearTimeout(timer);
        resolve(line[1]);
      }
    };
    desk.stdout?.on('data', read);
    desk.stderr?.on('data', read);
  });
  return { dir, remote, clone, clerks, url, stop: () => desk.kill() };
}

/** Signs in on a page showing the desk; resolves once Decap's list is there (no second 登录 page). */
export async function signIn(page: Page, clerk = CLERK, password = PASSWORD): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '登录编辑台' });
  await dialog.getByRole('textbox', { name: '姓名' }).fill(clerk);
  await dialog.getByLabel('密码').fill(password);
  await dialog.getByRole('button', { name: '进入编辑台' }).click();
  await page.getByText('新闻').first().waitFor();
}

export interface TestDesk extends RunningDesk {
  page: Page;
  close(): Promise<void>;
}

export async function openDesk(
  browser: Browser,
  label: string,
  { viewport = { width: 1366, height: 768 }, clerk = CLERK, args = [] as readonly string[], permissions = [] as string[] } = {},
): Promise<TestDesk> {
  const desk = await startDesk(label, clerk, args);
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', permissions });
  const page = await context.newPage();
  await page.goto(desk.url);
  await signIn(page, clerk);
  return {
    ...desk,
    page,
    async close() {
      await context.close();
      desk.stop();
    },
  };
}
