/** The one way tests make a site's git remote: a bare repository seeded with a content folder. */
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.ts';

export interface SeededRemote {
  bare: string;
  /** The clone the seed commit was made in, `origin` set to the bare remote; it commits as `committer`. */
  seed: string;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/**
 * `dir`/remote.git on `branch`, holding `content` (a folder of the repo) under
 * content/ in one commit, and the clone that made it (`dir`/`seedName`).
 */
export function seededRemote(
  dir: string,
  { branch = 'main', content = 'tests/fixtures/site-small', seedName = 'seed', committer = '种子' } = {},
): SeededRemote {
  const bare = join(dir, 'remote.git');
  const seed = join(dir, seedName);
  git(dir, 'init', '--quiet', '--bare', '-b', branch, bare);
  git(dir, 'init', '--quiet', '-b', branch, seed);
  cpSync(join(ROOT, content), join(seed, 'content'), { recursive: true });
  git(seed, 'config', 'user.name', committer);
  git(seed, 'config', 'user.email', 'seed@localhost');
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'seed');
  git(seed, 'remote', 'add', 'origin', bare);
  git(seed, 'push', '--quiet', 'origin', `HEAD:${branch}`);
  return { bare, seed };
}
