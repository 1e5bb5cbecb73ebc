/** Runs `npm run portal`'s script as a child process with a portal configuration: for the district tests and the benchmark. */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PortalMember } from '../../../src/lib/district/config.ts';
import { cleanChildEnv } from '../run-build.ts';
import { ROOT } from '../repo-root.ts';

export interface PortalRun {
  status: number | null;
  /** The report (stderr) and the summary line (stdout). */
  output: string;
}

/**
 * Writes the portal's SITE_CONFIG file in `dir` and builds the portal into `<dir>/dist`, its saved copies in `<dir>/.portal`.
 * Asynchronous, so members served from the caller's own process (the fault tests) can answer meanwhile.
 */
export async function runPortal(dir: string, site: { name: string; url: string; members: readonly PortalMember[] }, now: string): Promise<PortalRun> {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'portal.json');
  writeFileSync(
    config,
    JSON.stringify({
      name: site.name,
      url: site.url,
      member: { level: 'district' },
      district: { members: site.members.map(({ id, name, level, url }) => ({ id, name, level, url })) },
    }),
  );
  const child = spawn(process.execPath, ['scripts/portal.ts'], {
    cwd: ROOT,
    env: cleanChildEnv({ SITE_CONFIG: config, OUT_DIR: join(dir, 'dist'), SITE_NOW: now }),
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, output };
}
