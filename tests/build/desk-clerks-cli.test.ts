/** `npm run desk`'s account commands, as a site owner runs them (a child process each, hence the build tier). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { ROOT } from '../support/build.ts';

describe('the clerks file from the command line', () => {
  const fresh = () => join(mkdtempSync(join(tmpdir(), 'shequ-clerks-')), 'sub', 'clerks.json');

  test('npm run desk -- --add-clerk reads the password from a pipe, and the desk will not start without accounts', () => {
    const file = fresh();
    const run = (args: string[], input = '') =>
      spawnSync(process.execPath, ['scripts/desk.ts', '--clerks', file, ...args], { cwd: ROOT, input, encoding: 'utf8' });
    const added = run(['--add-clerk', '王五'], 'wang-wu-password\nignored\n');
    expect(added.stdout.trim()).toBe(t('desk.clerks.added', { name: '王五', file }));
    expect(run(['--list-clerks']).stdout.trim()).toBe(t('desk.clerks.list', { file, names: '王五' }));
    expect(run(['--remove-clerk', '王五']).status).toBe(0);
    const refused = run(['--remote', '/nonexistent']);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(t('desk.clerks.none', { file, command: `npm run desk -- --clerks ${file} --add-clerk 您的姓名` }));
  });
});
