/** What the desk's build tests share: a bare remote with a clone, a clerk account, and signed-in requests. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { addClerk } from '../../scripts/lib/desk/access/clerk-commands.ts';
import { ensureClone } from '../../scripts/lib/desk/git.ts';
import { seededRemote } from './seeded-remote.ts';

export const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

export interface DeskFixture {
  bare: string;
  desk: string;
  bundlePath: string;
  clerksFile: string;
}

/** A bare remote seeded with `fixture`'s content, the desk's clone of it, a bundle stub and one account. */
export async function deskFixture(
  dir: string,
  branch: string,
  clerk: { name: string; password: string },
  fixture = 'tests/fixtures/site-small',
): Promise<DeskFixture> {
  const { bare } = seededRemote(dir, { branch, content: fixture });
  const desk = join(dir, 'desk');
  await ensureClone({ remote: bare, dir: desk, branch });
  const bundlePath = join(dir, 'desk.js');
  writeFileSync(bundlePath, 'window.DESK = 1;');
  const clerksFile = join(dir, 'clerks.json');
  await addClerk(clerksFile, clerk.name, async () => clerk.password);
  return { bare, desk, bundlePath, clerksFile };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** One HTTP request to 127.0.0.1:`port` with exactly these headers (Host and Origin included). */
export function call(port: number, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { ...headers, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text || 'null');
          } catch {
            // not JSON: kept as text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The page's own headers for a desk seen at `origin` (`http://host:port`). */
export const pageHeaders = (origin: string) => ({ host: new URL(origin).host, origin });

/** Signs in through `port` as the page at `origin` would; returns the cookie and token to send after. */
export async function signInAt(port: number, origin: string, name: string, password: string): Promise<{ cookie: string; csrf: string; answer: Answer }> {
  const answer = await call(port, 'POST', '/api/session', pageHeaders(origin), { name, password });
  const setCookie = String(answer.headers['set-cookie'] ?? '');
  return { cookie: setCookie.split(';')[0] ?? '', csrf: (answer.body as { csrf?: string } | null)?.csrf ?? '', answer };
}
