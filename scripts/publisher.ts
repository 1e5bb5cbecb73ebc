/**
 * `npm run publisher`: the resident publisher (scripts/lib/publisher/service.ts). It
 * publishes at once on start (catching up after a stop or a crash), then on every change.
 *   --pull SECONDS   pull the checkout every SECONDS while idle (default 0: never)
 *   --sweep MINUTES  publish anyway every MINUTES (default 10)
 * Content, output and clock as for `npm run build` (CONTENT_DIR, OUT_DIR, SITE_NOW).
 */
import { parseArgs } from 'node:util';
import { EnvError, readEnv } from '../src/env.ts';
import { startPublisher } from './lib/publisher/service.ts';

/** Exit status asking the service manager for a restart (systemd: `RestartForceExitStatus=75`). */
const RESTART = 75;

try {
  const { values } = parseArgs({ options: { pull: { type: 'string', default: '0' }, sweep: { type: 'string', default: '10' } } });
  const number = (name: string, text: string) => {
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) throw new EnvError(`--${name} ${text}: not a number of ${name === 'pull' ? 'seconds' : 'minutes'}`);
    return value;
  };
  const publisher = startPublisher({
    root: process.cwd(),
    env: readEnv(),
    pullEvery: number('pull', values.pull),
    sweepEvery: Math.max(1, number('sweep', values.sweep)),
    onCodeChanged: () => {
      publisher.stop();
      process.exit(RESTART);
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      // The live site is whole at every instant (releases are published by one rename); an unfinished publish is redone at the next start.
      publisher.stop();
      process.exit(0);
    });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
