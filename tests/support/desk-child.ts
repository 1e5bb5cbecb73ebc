/**
 * The desk's server alone, as tests start it in a process they may kill:
 * `desk-child.ts REPO BRANCH PORT NETWORK_MS PUSH_EVERY_MS CLERKS_FILE`. Prints the
 * start-up report, then `PORT <n>`.
 */
import { openDeskRepo } from '../../scripts/lib/desk/repo.ts';
import { startDeskServer } from '../../scripts/lib/desk/server.ts';
import { keepPushing, readyClone } from '../../scripts/lib/desk/startup.ts';

const [repoDir = '', branch = 'main', port = '0', networkMs = '5000', pushEveryMs = '300', clerksFile = ''] = process.argv.slice(2);
const repo = openDeskRepo({ repoDir, branch, timeouts: { networkMs: Number(networkMs) } });
for (const line of await readyClone(repo)) console.log(line);
keepPushing(repo, Number(pushEveryMs));
const server = await startDeskServer({
  repoDir,
  branch,
  port: Number(port),
  page: '<!doctype html><title>desk</title>',
  bundlePath: import.meta.filename,
  clerksFile,
  repo,
});
console.log(`PORT ${server.port}`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
