/**
 * The build never publishes a file content:check reports: each case from
 * tests/support/editor-files.ts, alone beside the small site, stops the build
 * with the case's file named, and nothing reaches the output folder.
 */
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ERROR_CASES, outsideFile, writeEditorFiles } from '../support/editor-files.ts';
import { ROOT, runBuild, tempDir } from '../support/build.ts';

describe.each(ERROR_CASES)('a build with %s', (name) => {
  test('stops before publishing, naming the file', async () => {
    const dir = tempDir('editor-case');
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'tests/fixtures/site-small'), content, { recursive: true });
    // Nothing listens on port 9: the remote photo cannot be fetched, as in a build with no network.
    await writeEditorFiles(content, 'http://127.0.0.1:9');
    for (const other of readdirSync(join(content, 'news/2024'))) {
      if (other.endsWith('.md') && ERROR_CASES.some((c) => c === other) && other !== name) rmSync(join(content, 'news/2024', other));
    }
    const out = join(dir, 'dist');
    const run = runBuild({ CONTENT_DIR: content, OUT_DIR: out, SITE_NOW: '2026-11-22T12:00:00+08:00' });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(new RegExp(`content/news/2024/${name.replace('.', '\\.')}: [^:]+: (?!提醒)`));
    expect(run.output).toContain('构建失败，dist/ 保持原样。');
    expect(existsSync(out)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
    rmSync(outsideFile(content), { force: true });
    rmSync(outsideFile(content, 'jpg'), { force: true });
  });
});
