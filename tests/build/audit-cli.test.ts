import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commitAt, git } from '../support/dated-git.ts';
import { cleanChildEnv, ROOT, tempDir } from '../support/build.ts';

const SITE_NOW = '2026-11-22T12:00:00+08:00';

function audit(args: readonly string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['scripts/audit.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: cleanChildEnv({ SITE_NOW, ...env }) });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const unescape = (html: string): string =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('npm run audit', () => {
  test('the sample site passes its own audit with --strict', () => {
    const out = tempDir('audit-sample');
    const run = audit(['--strict', '--html', join(out, 'audit.html'), '--dist', join(out, 'no-dist')]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('通过：没有触犯单项否决项');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('未构建，未检查链接');
  });

  describe('a content folder built to break each single-veto rule', () => {
    // Launch in January carries the 2024 articles over; the notice is committed in June, dated March.
    const repo = tempDir('audit-veto');
    cpSync(join(ROOT, 'tests/fixtures/audit-veto'), join(repo, 'content'), { recursive: true });
    git(repo, ['init', '-q']);
    commitAt(repo, ['content/communities', 'content/news/2024'], '2026-01-10T10:00:00+08:00', 'launch');
    commitAt(repo, ['content/news/2026'], '2026-06-01T10:00:00+08:00', 'notice');
    const html = join(repo, 'reports', 'audit.html');
    // The office names its launch (the sample's site.config names the sample's own).
    const launch = ['--launch', '2026-01-10 10:00'];
    const run = audit(['--strict', ...launch, '--html', html, '--dist', join(repo, 'dist')], { CONTENT_DIR: join(repo, 'content') });

    test('fails with --strict and names each rule it breaks', () => {
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('不通过：触犯 5 项单项否决');
      for (const line of [
        '· 首页超过 14 天没有新信息',
        '· 应更新而未更新的栏目 10 个（10 个即否决）',
        '· 空白栏目 8 个（5 个即否决）', // and the site's two nav columns (通知公告, 政策文件), which no article here uses
        '· 严重错别字 1 处',
        '· 发稿日期早于提交时间一天以上（伪造发稿日期）1 篇',
        '扣分项：失效链接 1 个',
      ])
        expect(run.stdout).toContain(line);
      expect(run.stdout).toContain('上线时迁移的 10 篇不核对发稿日期');
      expect(run.stdout).toMatch(/content\/news\/2026\/buji-tongzhi\.md：发稿时间 2026年3月1日 09:00，提交时间 2026年6月1日 10:00，早了 92 天/);
      expect(run.stdout).toMatch(/buji-tongzhi\.md：正文第 \d+ 行：“再接再励”应为“再接再厉”/);
    });

    test('without --strict it reports the same and exits 0', () => {
      const lenient = audit([...launch, '--html', html, '--dist', join(repo, 'dist')], { CONTENT_DIR: join(repo, 'content') });
      expect(lenient.status).toBe(0);
      expect(lenient.stdout).toContain('不通过：触犯 5 项单项否决');
    });

    test('writes the same findings to a self-contained HTML page', () => {
      expect(existsSync(html)).toBe(true);
      const page = readFileSync(html, 'utf8');
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).not.toMatch(/<script|<link|src=/i);
      const text = unescape(page);
      const findings = run.stdout.split('\n').filter((l) => l.startsWith('·') || l.includes('：发稿时间') || l.includes('应为'));
      expect(findings.length).toBeGreaterThanOrEqual(7);
      for (const line of findings) expect(text).toContain(line);
    });
  });

  test('refuses to write the report inside the published site', () => {
    const run = audit(['--html', 'dist/audit.html']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('报告不能写进网站目录');
  });
});
