import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanChildEnv, ROOT } from '../support/build.ts';

const PORT = 4397;
const BASE = `http://127.0.0.1:${PORT}`;

describe('npm run dev previews unpublished articles for editors', () => {
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: cleanChildEnv({ PREVIEW_DRAFTS: '1', CONTENT_DIR: join(ROOT, 'tests/fixtures/site-small'), SITE_NOW: '2026-11-22T12:00:00+08:00' }),
    stdio: 'ignore',
  });

  beforeAll(async () => {
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${BASE}/`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('astro dev did not start');
  });
  afterAll(() => {
    server.kill();
  });

  test('a draft shows the 草稿 banner and its missing photo as a placeholder, not an error page', async () => {
    const res = await fetch(`${BASE}/news/draft-zxqv-marker/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('草稿：本文尚未发布');
    expect(html).toContain('缺少图片：./images/not-here.jpg');
  });

  test('a scheduled article shows when it will be published, in China time', async () => {
    const html = await (await fetch(`${BASE}/news/scheduled-zxqv-marker/`)).text();
    expect(html).toContain('定时发布：本文将于 2027年1月1日 08:00 发布');
  });
});
