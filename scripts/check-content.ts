/**
 * `npm run content:check [DIR] [-- --fix]`: checks all content and prints one
 * line per problem, `<file>: <field>: <message>`. Exits 1 on any error, 0
 * otherwise. With `--fix` it first repairs what it can (other encodings, HEIC
 * photos, photos on other sites, photos saved in the wrong format), says what
 * it did, then checks again.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { t } from '../src/i18n/zh-CN.ts';
import { readEnv } from '../src/env.ts';
import { applyFixes } from './lib/fix/apply-fixes.ts';
import { runContentCheck } from './lib/run-check.ts';

const MAX_FIX_ROUNDS = 3;

try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { fix: { type: 'boolean' } } });
  const env = readEnv();
  const dirArg = positionals[0];
  const contentDir = dirArg ? resolve(process.cwd(), dirArg) : env.contentDir;
  if (values.fix) {
    // A converted file may show problems of its own (a GBK article's remote photos): fix again, a few rounds at most.
    let total = 0;
    const failed = new Set<string>();
    for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
      const { problems } = runContentCheck(contentDir, env.now, process.cwd(), () => {});
      const report = await applyFixes(problems, contentDir, process.cwd(), failed);
      for (const line of report.lines) console.log(line);
      for (const key of report.failed) failed.add(key);
      const done = report.done;
      total += done;
      if (done === 0) break;
    }
    console.log(total === 0 ? t('fix.none') : t('fix.done', { count: total }));
  }
  const { errors } = runContentCheck(contentDir, env.now, process.cwd());
  process.exitCode = errors > 0 ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
