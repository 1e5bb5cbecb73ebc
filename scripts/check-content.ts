/**
 * `npm run content:check [DIR]`: checks all content and prints one line per
 * problem, `<file>: <field>: <message>`. Exits 1 on any error, 0 otherwise.
 */
import { resolve } from 'node:path';
import { runContentCheck } from './lib/run-check.ts';
import { resolveBuildEnv } from '../src/node/content-files.ts';

try {
  const env = resolveBuildEnv(process.env, process.cwd());
  const dirArg = process.argv[2];
  const contentDir = dirArg ? resolve(process.cwd(), dirArg) : env.contentDir;
  const { errors } = runContentCheck(contentDir, env.now, process.cwd());
  process.exitCode = errors > 0 ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
