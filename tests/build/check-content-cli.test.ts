/** `npm run content:check` as an editor runs it (a child process each, hence the build tier); the checker itself: tests/unit/check-content.test.ts. */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/check-all.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { checkedSiteModel } from '../../src/lib/site/checked-model.ts';
import { placeholderProblems } from '../../src/lib/site/identity.ts';
import { filesIn, readContent } from '../../src/node/content-files.ts';
import { SITE } from '../../src/site.config.ts';
import { siteReminders } from '../../scripts/lib/run-check.ts';
import { ROOT } from '../support/build.ts';

const NOW = new Date('2026-11-22T00:00:00+08:00');

function check(dir: string) {
  const contentDir = `${ROOT}${dir}`;
  return checkContent(readContent(contentDir, ROOT), { now: NOW, ...filesIn(contentDir) });
}

describe('npm run content:check', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/check-content.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SITE_NOW: '2026-11-22T00:00:00+08:00' },
    });

  test('exits 1 on a folder with errors and prints the same lines as the checker', () => {
    const run = cli('tests/fixtures/check-errors');
    expect(run.status).toBe(1);
    // The site's own identity comes first (the sample config still holds placeholders), the update 提醒 last.
    const identity = placeholderProblems(SITE, 'src/site.config.ts');
    const { content } = check('tests/fixtures/check-errors');
    const reminders = siteReminders(checkedSiteModel(content, NOW), NOW, `${ROOT}tests/fixtures/check-errors`, ROOT);
    const expected = [...identity, ...check('tests/fixtures/check-errors').problems, ...reminders].map(formatProblem);
    expect(run.stdout.trim().split('\n').slice(0, -1)).toEqual(expected);
    expect(run.stdout).toContain(`检查了 18 个文件：18 个错误，${8 + identity.length + reminders.length} 个提醒`);
  });

  test('reminds the site owner of every placeholder left in the site config, without failing', () => {
    const run = cli();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`src/site.config.ts: icp: 提醒：站点信息还是示例值“${SITE.icp}”`);
    expect(run.stdout).toContain('src/site.config.ts: url: 提醒：');
  });

  test('exits 0 on the sample content', () => {
    expect(cli().status).toBe(0);
  });

  test('names the folder when it does not exist', () => {
    const run = cli('no/such/folder');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('找不到内容文件夹');
  });

  test('refuses a SITE_NOW it cannot read', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SITE_NOW: 'tomorrow' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SITE_NOW=tomorrow');
  });
});
