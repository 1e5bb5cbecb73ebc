/**
 * The baseline: a plain Hugo site over the same corpus, then the Pagefind CLI
 * over Hugo's output (the usual way a Hugo site gets search).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from '../../../src/env.ts';
import { HUGO_BASELINE } from './corpus.ts';
import { measure, tail, type ProcessRun } from './measure.ts';

export interface BaselineRun {
  hugo: ProcessRun;
  pagefind: ProcessRun;
  publicDir: string;
}

function hugoVersion(): string | undefined {
  const run = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/** Hugo's version line; installs Debian's `hugo` (0.111 on bookworm) when it is missing. */
export function ensureHugo(log: (line: string) => void): string {
  const found = hugoVersion();
  if (found) return found;
  log('[bench] hugo not found: installing it with apt-get');
  const options = { stdio: 'inherit', env: childEnv({}, { DEBIAN_FRONTEND: 'noninteractive' }) } as const;
  const apt = (...args: string[]) => (process.getuid?.() === 0 ? spawnSync('apt-get', args, options) : spawnSync('sudo', ['apt-get', ...args], options));
  if (apt('install', '-y', 'hugo').status !== 0) {
    apt('update');
    apt('install', '-y', 'hugo');
  }
  const installed = hugoVersion();
  if (!installed) throw new Error('hugo is not installed and apt-get could not install it: run `apt-get install -y hugo`');
  return installed;
}

/** The Pagefind CLI binary from the npm package (it only ships the extended build, which we run directly). */
export function pagefindBinary(root: string): string {
  return join(root, 'node_modules', '@pagefind', `${process.platform}-${process.arch}`, 'bin', 'pagefind_extended');
}

/**
 * One cold baseline build in `work`: a fresh copy of the Hugo site (Hugo writes
 * `resources/` beside its config, and the shared folder must stay untouched),
 * a fresh cache and output folder, then Pagefind over the output.
 */
export async function buildBaseline(root: string, work: string, contentDir: string, label: string, logDir: string): Promise<BaselineRun> {
  const site = join(work, `hugo-site-${label}`);
  const publicDir = join(work, `hugo-public-${label}`);
  const cacheDir = join(work, `hugo-cache-${label}`);
  for (const dir of [site, publicDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, HUGO_BASELINE), site, { recursive: true });
  const hugo = await measure('hugo', ['--source', site, '--contentDir', contentDir, '--destination', publicDir, '--cacheDir', cacheDir], {
    cwd: work,
    env: childEnv(),
    log: join(logDir, `${label}-hugo.log`),
  });
  if (hugo.exitCode !== 0) throw new Error(`hugo failed (${hugo.exitCode}):\n${tail(hugo)}`);
  const pagefind = await measure(pagefindBinary(root), ['--site', publicDir], { cwd: work, env: childEnv(), log: join(logDir, `${label}-pagefind.log`) });
  if (pagefind.exitCode !== 0) throw new Error(`pagefind failed (${pagefind.exitCode}):\n${tail(pagefind)}`);
  return { hugo, pagefind, publicDir };
}
