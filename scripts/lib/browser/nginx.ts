/**
 * Serves a built site with the production nginx config from deploy/nginx/, on
 * loopback, for the browser tests, the desk's nginx test and the screenshots:
 * the same server a site owner runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

/** The deploy config's snippet paths pointed at copies in `dir` of deploy/nginx/'s files, themselves pointed the same way. */
function snippets(conf: string, dir: string): string {
  return conf.replace(/\/etc\/nginx\/snippets\/shequ-([a-z-]+)\.conf/g, (_, name: string) => {
    const copy = join(dir, `${name}.conf`);
    // Comments name the file's own Debian path: left out, so a snippet never includes itself.
    if (!existsSync(copy)) writeFileSync(copy, snippets(readFileSync(join(ROOT, `deploy/nginx/${name}.conf`), 'utf8').replace(/^\s*#.*$/gm, ''), dir));
    return copy;
  });
}

/**
 * deploy/nginx/district.conf on loopback: the portal at `/` and each member under its path (its
 * block repeated per member), `root` a fresh folder of links to their dists, as the file says.
 * The portal's header CSP allows loopback origins where it allows https ones.
 */
export function loopbackDistrictConfig(portalDist: string, members: readonly { path: string; dist: string }[], port: number): string {
  const root = mkdtempSync(join(tmpdir(), 'shequ-district-'));
  // Links to the dist links themselves, so a rebuild (of the portal, or a member) is served at once.
  symlinkSync(resolve(portalDist), join(root, 'portal'));
  for (const m of members) symlinkSync(resolve(m.dist), join(root, m.path));
  const conf = readFileSync(join(ROOT, 'deploy/nginx/district.conf'), 'utf8');
  const block = /\n {4}# A member served by path[^\n]*\n( {4}location \/minghu\/ \{[\s\S]*?\n {4}\})/.exec(conf)?.[1];
  if (!block) throw new Error('deploy/nginx/district.conf: no member block (location /minghu/)');
  const blocks = members.map((m) => block.replaceAll('/minghu/', `/${m.path}/`)).join('\n');
  // The portal's header CSP allows https origins; members on loopback are http ones.
  const dir = mkdtempSync(join(tmpdir(), 'shequ-snippets-'));
  writeFileSync(
    join(dir, 'portal-security-headers.conf'),
    readFileSync(join(ROOT, 'deploy/nginx/portal-security-headers.conf'), 'utf8').replaceAll(' https:', ' http://127.0.0.1:*'),
  );
  return snippets(
    conf
      .replace(block, blocks)
      .replace(/^\s*listen \[::\]:80;\n/m, '')
      .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
      .replace(/root \/var\/www\/district\/portal;/, `root ${join(root, 'portal')};`)
      .replace(/root \/var\/www\/district;/, `root ${root};`),
    dir,
  ).replace(/^# [^\n]*\n/gm, '');
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
