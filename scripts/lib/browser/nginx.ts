/**
 * Serves a built site with the production nginx config from deploy/nginx/, on
 * loopback, for the browser tests, the desk's nginx test and the screenshots:
 * the same server a site owner runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../repo-root.ts';
import type { RunningServer } from './static-server.ts';

/** A port nobody listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The deploy config with its root, listen address and snippet path pointed at this run, on loopback. */
export function loopbackSiteConfig(dist: string, port: number): string {
  return readFileSync(join(ROOT, 'deploy/nginx/shequ.conf'), 'utf8')
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${realpathSync(dist)};`)
    .replaceAll('/etc/nginx/snippets/shequ-security-headers.conf', join(ROOT, 'deploy/nginx/security-headers.conf'));
}

export async function serveWithNginx(dist: string): Promise<RunningServer> {
  const port = await freePort();
  return startNginx(loopbackSiteConfig(dist, port), port);
}

/**
 * Real nginx in the foreground with `servers` (server blocks listening on
 * 127.0.0.1:`port`), its pid, logs and temporary files in a fresh folder;
 * answers once it serves `/`.
 */
export async function startNginx(servers: string, port: number): Promise<RunningServer & { prefix: string }> {
  const prefix = mkdtempSync(join(tmpdir(), 'shequ-nginx-'));
  const conf = join(prefix, 'nginx.conf');
  // As root, nginx's workers would switch to `nobody`, who cannot read the test's files.
  const asRoot = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(
    conf,
    asRoot +
      [
        'daemon off;',
        'worker_processes 2;',
        `pid ${prefix}/nginx.pid;`,
        `error_log ${prefix}/error.log warn;`,
        'events { worker_connections 256; }',
        'http {',
        ' include /etc/nginx/mime.types;',
        ' access_log off;',
        ` client_body_temp_path ${prefix}/body;`,
        ` proxy_temp_path ${prefix}/proxy;`,
        servers,
        '}',
        '',
      ].join('\n'),
  );
  const binary = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await fetch(`${url}/`);
      return { url, prefix, close: async () => void child.kill('SIGQUIT') };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`nginx did not start: ${stderr}`);
}
