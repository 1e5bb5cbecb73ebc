/**
 * `npm run portal`: the district portal (docs/district.md). Fetches every member's manifest and
 * feed (`district.members` in the site configuration, usually from the `SITE_CONFIG` file), keeps
 * the last good copy of each in the state folder, reports each member's problems the way
 * content:check reports a file's, builds the portal's pages with Astro (src/portal/) and
 * publishes them to OUT_DIR atomically, as `npm run build` does. A member that is down or serves
 * garbage does not stop the portal; only a configuration with no members does.
 *
 *   npm run portal [-- --state <folder>]   (default: .portal/ beside OUT_DIR)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { childEnv, readEnv } from '../src/env.ts';
import { t } from '../src/i18n/zh-CN.ts';
import { formatChinaDateTime } from '../src/lib/china-time.ts';
import { SITE } from '../src/site.config.ts';
import { acquireBuildLock, createStaging, discardStaging, publishStaging, waitForLock } from './lib/build/release.ts';
import { memberData } from './lib/portal/member-data.ts';
import { portalReport } from './lib/portal/report.ts';
import type { PortalDataFile } from '../src/portal/portal-data.ts';

const env = readEnv();
const { values } = parseArgs({ options: { state: { type: 'string' } } });
const members = SITE.district?.members ?? [];
if (members.length === 0) {
  console.error(t('portal.noDistrict'));
  process.exit(1);
}
const stateDir = values.state ?? join(dirname(env.outDir), '.portal');

let unlock: () => void;
try {
  // One portal build at a time for this output (a second one is told who holds it), before anything is fetched or saved.
  unlock = acquireBuildLock(env.outDir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const started = performance.now();
mkdirSync(stateDir, { recursive: true });
// Data files of builds killed before they could remove theirs.
for (const name of readdirSync(stateDir)) if (/^build-\d+\.json$/.test(name)) rmSync(join(stateDir, name), { force: true });

// All members at once: each waits on its own network, and one slow member does not hold up the rest.
const data = await Promise.all(members.map((m) => memberData(m, join(stateDir, 'members'), env.now)));
for (const line of portalReport(data, (iso) => formatChinaDateTime(new Date(iso)))) console.error(line);
const fetched = performance.now();

const staging = createStaging(env.outDir);
const dataFile = join(stateDir, `build-${process.pid}.json`);
try {
  const file: PortalDataFile = {
    now: env.now.toISOString(),
    members: data.map((d) => ({ ...d, items: d.items.map((i) => ({ ...i, publishedAt: i.publishedAt.toISOString() })) })),
  };
  writeFileSync(dataFile, JSON.stringify(file));
  mkdirSync('node_modules/.portal-root', { recursive: true });
  // Astro writes its prerender bundle under the checkout's .astro/ whatever the root: one astro build per checkout at a time,
  // the same lock the site's pipeline takes (scripts/lib/build/start-build.ts).
  const unlockAstro = await waitForLock(join(process.cwd(), '.astro', 'build.lock'), () =>
    console.error('[portal] waiting for another build in this checkout to finish astro build'),
  );
  const astro = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'src/portal/astro.config.mjs', '--outDir', staging, '--silent'],
    {
      stdio: 'inherit',
      env: childEnv({ SHEQU_PORTAL_DATA: dataFile }),
    },
  );
  unlockAstro();
  if (astro.status !== 0) throw new Error(t('build.astroFailed', { reason: t('build.exitCode', { code: String(astro.status) }) }));
  // Astro finishes with 0 pages when it cannot find them: never publish an empty portal.
  if (!existsSync(join(staging, 'index.html'))) throw new Error(t('build.astroFailed', { reason: 'no index.html' }));
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 17);
  const release = publishStaging(env.outDir, staging, `${stamp}-${process.pid}`);
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(2);
  console.log(
    `[portal] fetched ${members.length} members in ${seconds(started, fetched)}s, built and published ${release} in ${seconds(fetched, performance.now())}s`,
  );
} catch (error) {
  discardStaging(staging);
  console.error((error as Error).message);
  console.error(t('build.failed'));
  process.exitCode = 1;
} finally {
  rmSync(dataFile, { force: true });
  unlock();
}
